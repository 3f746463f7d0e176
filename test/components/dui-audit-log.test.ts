import { expect } from 'chai';
import type { DuiAuditLog } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { jeanne, marcel, nurse } from './fixtures/data.js';
import { pick } from './fixtures/form-helpers.js';

async function log(backend = createFixtureBackend(), locale = 'fr') {
  const el = await mount<DuiAuditLog>('<dui-audit-log page-size="5"></dui-audit-log>', backend, { locale });
  el.persons = [jeanne, marcel];
  await settle(el);
  return { el, root: shadow(el), backend };
}

const seqs = (root: ShadowRoot) =>
  [...root.querySelectorAll('tr[data-seq]')].map((r) => Number(r.getAttribute('data-seq')));
const audits = (backend: ReturnType<typeof createFixtureBackend>) =>
  backend.calls.filter((c) => c.method === 'getAudit').map((c) => c.args[0]);
const submit = async (el: DuiAuditLog, root: ShadowRoot) => {
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await settle(el);
};

describe('<dui-audit-log>', () => {
  it('shows the newest entries first and pages to older ones with the cursor', async () => {
    const { el, root, backend } = await log();
    expect(seqs(root)).to.deep.equal([12, 11, 10, 9, 8]);
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent.includes('plus anciennes'))!;
    more.click();
    await settle(el);
    expect(seqs(root)).to.deep.equal([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    expect(audits(backend)[1]).to.deep.include({ cursor: '8', limit: 5 });
    more.click();
    await settle(el);
    expect(seqs(root)).to.have.length(12);
    expect(root.textContent).to.contain('Début du journal atteint.');
    expect(
      [...root.querySelectorAll('button')].some((b) => b.textContent.includes('plus anciennes')),
    ).to.equal(false);
  });

  it('writes entries in words: names, role titles, action titles, sentences, outcome', async () => {
    const { root } = await log();
    const refused = root.querySelector('tr[data-seq="10"]')!;
    expect(refused.className).to.contain('entry--refused');
    expect(refused.textContent).to.contain('Léa Morel');
    expect(refused.textContent).to.contain('Secrétariat');
    expect(refused.textContent).to.contain('Consultation');
    expect(refused.textContent).to.contain(
      'Léa Morel n’a pas pu consulter les données de santé de Mme Jeanne FICTIVE.',
    );
    expect(refused.textContent).to.contain('Données : Santé');
    expect(refused.textContent).to.contain('Refusé');
    const scheduler = root.querySelector('tr[data-seq="8"]')!;
    expect(scheduler.textContent).to.contain('Système');
    expect(root.textContent).not.to.match(/\b(pro-[a-z]+-\d+|uf-\d+|secretariat|director|health|read)\b/);
  });

  it('flags a break-the-glass entry with its reason', async () => {
    const { el, root } = await log();
    [...root.querySelectorAll('button')].find((b) => b.textContent.includes('plus anciennes'))!.click();
    await settle(el);
    const row = root.querySelector('tr[data-seq="5"]')!;
    expect(row.className).to.contain('entry--break-glass');
    expect(row.querySelector('.badge--error')!.textContent).to.contain('Bris de glace');
    expect(row.textContent).to.contain('Motif : Chute la nuit, médecin injoignable');
  });

  it('filters by professional, action, person and dates through its form', async () => {
    const { el, root, backend } = await log();
    pick(root.querySelector<HTMLSelectElement>('#professional')!, 'Inès Lambert (Infirmier)');
    await submit(el, root);
    expect(audits(backend).at(-1)).to.deep.equal({ professionalId: 'pro-ide-01', limit: 5 });
    expect(seqs(root)).to.deep.equal([5]);
    [...root.querySelectorAll('button')].find((b) => b.textContent.includes('Effacer'))!.click();
    await settle(el);
    pick(root.querySelector<HTMLSelectElement>('#action')!, 'Accès exceptionnel (bris de glace)');
    pick(root.querySelector<HTMLSelectElement>('#person')!, 'M. Marcel EXEMPLE');
    root.querySelector<HTMLInputElement>('#from')!.value = '2026-03-02';
    root.querySelector<HTMLInputElement>('#to')!.value = '2026-03-05';
    await submit(el, root);
    expect(audits(backend).at(-1)).to.deep.equal({
      userFileId: 'uf-002',
      actions: ['break-glass'],
      from: '2026-03-02',
      to: '2026-03-05',
      limit: 5,
    });
    expect(seqs(root)).to.deep.equal([5]);
    [...root.querySelectorAll('button')].find((b) => b.textContent.includes('Effacer'))!.click();
    await settle(el);
    expect(audits(backend).at(-1)).to.deep.equal({ limit: 5 });
    expect(seqs(root)).to.have.length(5);
  });

  it('refuses a reversed date range with a message on the field, and asks nothing', async () => {
    const { el, root, backend } = await log();
    const before = audits(backend).length;
    root.querySelector<HTMLInputElement>('#from')!.value = '2026-03-09';
    root.querySelector<HTMLInputElement>('#to')!.value = '2026-03-01';
    await submit(el, root);
    expect(audits(backend)).to.have.length(before);
    expect(root.querySelector('#range-error')!.textContent).to.contain('La date de début doit précéder');
    expect(root.activeElement).to.equal(root.querySelector('#to'));
  });

  it('says there is nothing when the filters match nothing', async () => {
    const { el, root } = await log();
    root.querySelector<HTMLInputElement>('#from')!.value = '2027-01-01';
    await submit(el, root);
    expect(root.textContent).to.contain('Aucune entrée ne correspond à ces filtres.');
  });

  it('shows the backend’s refusal', async () => {
    const { root } = await log(createFixtureBackend({ actor: nurse }));
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('réservé à la direction');
  });

  it('speaks English with an English locale', async () => {
    const { root } = await log(createFixtureBackend(), 'en');
    expect(root.querySelector('h2')!.textContent).to.equal('Audit trail');
    expect(root.querySelector('tr[data-seq="10"]')!.textContent).to.contain('Léa Morel could not read');
    const actions = [...root.querySelector<HTMLSelectElement>('#action')!.options].map((o) => o.text);
    expect(actions).to.include('Emergency access (break the glass)');
  });

  it('has no axe-core violations', async () => {
    await log();
    expect(await axeViolations()).to.deep.equal([]);
  });
});
