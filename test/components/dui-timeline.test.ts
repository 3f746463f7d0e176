import { expect } from 'chai';
import type { DuiTimeline } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';

async function timeline(attrs = '', locale = 'fr') {
  const backend = createFixtureBackend();
  const el = await mount<DuiTimeline>(`<dui-timeline file-id="uf-001" ${attrs}></dui-timeline>`, backend, {
    locale,
  });
  return { el, root: shadow(el), backend };
}

const titles = (root: ShadowRoot) => [...root.querySelectorAll('.title')].map((n) => n.textContent.trim());

describe('<dui-timeline>', () => {
  it('lists the history newest first with dates in the locale', async () => {
    const { root } = await timeline();
    expect(titles(root)).to.deep.equal([
      'Note de transmission',
      'Contrat de séjour remis',
      'Grille AGGIR : GIR 2',
      'Entrée dans l’établissement',
      'Demande d’admission reçue',
    ]);
    const time = root.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-02-12T16:45:00Z');
    expect(time.textContent).to.equal('12 févr. 2026, 17:45');
  });

  it('formats dates in English', async () => {
    const { root } = await timeline('', 'en');
    expect(root.querySelector('time')!.textContent).to.equal('12 Feb 2026, 17:45');
    expect(titles(root)[0]).to.equal('Handover note');
    expect(root.textContent).to.contain('by Léa Morel (Administrative office)');
  });

  it('names who acted, with the title of their role when the backend gives it', async () => {
    const { root } = await timeline();
    const entries = [...root.querySelectorAll('.entry')].map((e) => e.textContent.replace(/\s+/g, ' '));
    expect(entries.find((e) => e.includes('Demande d’admission reçue'))).to.contain(
      'par Léa Morel (Secrétariat)',
    );
    expect(entries.find((e) => e.includes('Contrat de séjour remis'))).to.contain('par Paul Garnier');
  });

  it('filters by kind through the checkboxes and asks the backend for those kinds', async () => {
    const { el, root, backend } = await timeline();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name=kind]')];
    for (const box of boxes.filter((b) => b.value !== 'document')) box.click();
    await settle(el);
    expect(titles(root)).to.deep.equal(['Contrat de séjour remis']);
    expect(backend.calls.at(-1)!.args[1]).to.deep.equal({ kinds: ['document'] });
  });

  it('filters by period', async () => {
    const { el, root } = await timeline('from="2026-02-05" to="2026-02-06"');
    await settle(el);
    expect(titles(root)).to.deep.equal(['Grille AGGIR : GIR 2', 'Entrée dans l’établissement']);
    const from = root.querySelector<HTMLInputElement>('#from')!;
    from.value = '2026-02-06';
    from.dispatchEvent(new Event('change'));
    await settle(el);
    expect(titles(root)).to.deep.equal(['Grille AGGIR : GIR 2']);
  });

  it('takes its kinds from the attribute', async () => {
    const { root } = await timeline('kinds="assessment"');
    expect(titles(root)).to.deep.equal(['Grille AGGIR : GIR 2']);
  });

  it('marks restricted entries', async () => {
    const { root } = await timeline();
    const first = root.querySelector('.entry')!;
    expect(first.querySelector('[part=restricted]')).to.not.equal(null);
  });

  it('says so when nothing matches', async () => {
    const { root } = await timeline('from="2030-01-01"');
    expect(root.textContent).to.contain('Aucun événement sur cette période.');
  });

  it('has no axe-core violations', async () => {
    await timeline();
    expect(await axeViolations()).to.deep.equal([]);
  });
});
