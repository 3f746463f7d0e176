import { expect } from 'chai';
import type { DuiSupportPlan } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { NOW } from './fixtures/data.js';

async function plan(locale = 'fr') {
  const backend = createFixtureBackend();
  const el = await mount<DuiSupportPlan>('<dui-support-plan file-id="uf-001"></dui-support-plan>', backend, {
    locale,
  });
  el.now = NOW;
  await settle(el);
  return { el, root: shadow(el), backend };
}

const click = (root: ShadowRoot, selector: string) => root.querySelector<HTMLElement>(selector)!.click();
function type(root: ShadowRoot, selector: string, value: string, event = 'change') {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(event));
}

describe('<dui-support-plan>', () => {
  it('shows the latest version: expectations, SERAFIN-PH needs, objectives, actions, reviews', async () => {
    const { root } = await plan();
    const text = root.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Proposé');
    expect(text).to.contain('Recevoir plus souvent la visite de sa fille');
    expect(text).to.contain('exprimée par l’entourage');
    expect(text).to.contain('1.2.1.3 —');
    expect(text).to.contain('Garder le lien avec sa famille');
    expect(text).to.contain('Appels vidéo accompagnés');
    expect(text).to.contain('Nora Blanc');
    // the intermediate review of 1 March is past and not done
    expect(root.querySelector('.late')!.textContent).to.contain('en retard');
  });

  it('shows an older version from the picker', async () => {
    const { el, root } = await plan();
    const select = root.querySelector<HTMLSelectElement>('#version')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(root.textContent).to.contain('Accepté');
    expect(root.textContent).not.to.contain('Garder le lien');
  });

  it('compares two versions side by side with changes marked in words', async () => {
    const { el, root } = await plan();
    click(root, '[data-action=compare]');
    await settle(el);
    expect(root.querySelector('[data-action=compare]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(root.querySelector('[data-changes]')!.textContent).to.match(
      /\d+ modification\(s\) entre les deux versions/,
    );
    const right = root.querySelector('[data-side=right]')!;
    const left = root.querySelector('[data-side=left]')!;
    const added = [...right.querySelectorAll('[data-mark=added]')].map((n) => n.textContent);
    expect(added.join(' ')).to.contain('Garder le lien avec sa famille');
    expect(added.join(' ')).to.contain('(ajouté)');
    const changed = [...right.querySelectorAll('[data-mark=changed]')].map((n) => n.textContent);
    expect(changed.some((c) => c.includes('Maintenir la marche avec déambulateur'))).to.equal(true);
    expect(changed.some((c) => c.includes('3 fois par semaine'))).to.equal(true);
    expect(
      [...left.querySelectorAll('[data-mark=changed]')].some((n) =>
        n.textContent.includes('2 fois par semaine'),
      ),
    ).to.equal(true);
  });

  it('says two identical versions are identical', async () => {
    const { el, root } = await plan();
    click(root, '[data-action=compare]');
    await settle(el);
    const left = root.querySelector<HTMLSelectElement>('#left')!;
    left.value = '2';
    left.dispatchEvent(new Event('change'));
    await settle(el);
    expect(root.querySelector('[data-changes]')!.textContent).to.contain(
      'Les deux versions sont identiques.',
    );
  });

  it('saves a new version with needs picked in the SERAFIN-PH picker', async () => {
    const { el, root, backend } = await plan();
    const saved: number[] = [];
    el.addEventListener('dui-plan-saved', (e) => saved.push(e.detail.plan.version));
    click(root, '[data-action=edit]');
    await settle(el);
    type(root, '#need-search', 'sensori', 'input');
    await settle(el);
    const box = root.querySelector<HTMLInputElement>('[data-picker] input[value="1.1.2"]')!;
    expect(box).to.not.equal(null);
    box.click();
    await settle(el);
    expect(root.querySelector('[data-picker] [role=status]')!.textContent).to.contain(
      '4 besoin(s) choisi(s)',
    );
    type(root, '#o-1-target', '2026-09-30');
    await settle(el);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(el);
    expect(saved).to.deep.equal([3]);
    const input = backend.calls.find((c) => c.method === 'saveSupportPlan')!.args[1] as {
      needs: { code: string }[];
      objectives: { targetDate?: string }[];
    };
    expect(input.needs.map((n) => n.code)).to.include('1.1.2');
    expect(input.objectives[1].targetDate).to.equal('2026-09-30');
    expect(root.querySelector('[role=status]')!.textContent).to.contain('Version 3 enregistrée.');
  });

  it('shows a refusal next to the field it names, and keeps the draft', async () => {
    const { el, root } = await plan();
    click(root, '[data-action=edit]');
    await settle(el);
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent.includes('Ajouter un objectif'))!
      .click();
    await settle(el);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(el);
    expect(root.querySelector('[role=alert]')!.textContent).to.contain(
      'L’intitulé de l’objectif est obligatoire.',
    );
    const title = root.querySelector<HTMLInputElement>('#o-2-title')!;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(title.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'obligatoire',
    );
    expect(root.querySelector('#o-1-title')).to.not.equal(null);
  });

  it('records the person’s opinion and disagreement', async () => {
    const { el, root, backend } = await plan();
    root.querySelector<HTMLInputElement>('[data-agreement] input[value=no]')!.click();
    await settle(el);
    // A disagreement asks for no "how", only the opinion expressed.
    expect(root.querySelector('[data-method]')).to.equal(null);
    type(root, '#opinion', 'Je veux plus de sorties', 'input');
    root.querySelector<HTMLButtonElement>('[data-agreement] button[type=submit]')!.click();
    await settle(el);
    const call = backend.calls.find((c) => c.method === 'agreeSupportPlan')!;
    expect(call.args[2]).to.deep.equal({
      party: 'person',
      agreed: false,
      on: '2026-03-10',
      opinion: 'Je veux plus de sorties',
    });
    expect(root.textContent).to.contain('Désaccord exprimé');
    expect(root.textContent).to.contain('« Je veux plus de sorties »');
  });

  it('speaks English', async () => {
    const { root } = await plan('en');
    expect(root.querySelector('h2')!.textContent).to.equal('Support plan');
    expect(root.textContent).to.contain('expressed by the family');
  });

  it('has no axe-core violations in view, compare and edit modes', async () => {
    const { el, root } = await plan();
    expect(await axeViolations()).to.deep.equal([]);
    click(root, '[data-action=compare]');
    await settle(el);
    expect(await axeViolations()).to.deep.equal([]);
    click(root, '[data-action=edit]');
    await settle(el);
    expect(await axeViolations()).to.deep.equal([]);
  });
});
