import { expect } from 'chai';
import type { AggirItemAnswers } from '@duikit/core';
import type { DuiAggirGrid } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';

import { discriminantAnswers, no, yes } from '../../stories/fixtures/aggir.js';

/** Every discriminant item rated A, with some overrides. */
const allA = (overrides: AggirItemAnswers = {}): AggirItemAnswers => ({
  ...discriminantAnswers('A'),
  ...overrides,
});

async function grid(attrs = 'file-id="uf-001"', locale = 'fr') {
  const backend = createFixtureBackend();
  const el = await mount<DuiAggirGrid>(
    `<dui-aggir-grid ${attrs} date="2026-03-10"></dui-aggir-grid>`,
    backend,
    { locale },
  );
  return { el, root: shadow(el), backend };
}

function pick(root: ShadowRoot, item: string, adverb: string, value: 'yes' | 'no' | '') {
  const select = root.querySelector<HTMLSelectElement>(
    `tr[data-item="${item}"] select[data-adverb="${adverb}"]`,
  )!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

const result = (root: ShadowRoot) =>
  root.querySelector('[data-result]')!.textContent.replace(/\s+/g, ' ').trim();

describe('<dui-aggir-grid>', () => {
  it('lists 17 discriminant items and 7 illustrative ones, each with four adverbs', async () => {
    const { root } = await grid();
    expect(root.querySelectorAll('tr[data-item]')).to.have.length(24);
    expect(root.querySelectorAll('select')).to.have.length(96);
    const first = root.querySelector('tr[data-item="coherence.communication"] select')!;
    expect(first.getAttribute('aria-label')).to.equal('Cohérence (communication) — Spontanément');
    expect(result(root)).to.contain('Encore 17 item(s) discriminant(s) à coter');
  });

  it('turns the four adverbs into a letter as they are answered', async () => {
    const { el, root } = await grid();
    const letter = () => root.querySelector('tr[data-item="transferts"] [data-letter]')!.textContent.trim();
    pick(root, 'transferts', 'spontanement', 'yes');
    await settle(el);
    expect(letter()).to.equal('—');
    for (const a of ['totalement', 'habituellement', 'correctement']) pick(root, 'transferts', a, 'yes');
    await settle(el);
    expect(letter()).to.equal('A');
    pick(root, 'transferts', 'habituellement', 'no');
    await settle(el);
    expect(letter()).to.equal('B');
    for (const a of ['spontanement', 'totalement', 'correctement']) pick(root, 'transferts', a, 'no');
    await settle(el);
    expect(letter()).to.equal('C');
  });

  it('combines sub-variables into the variable letter with the configured rules', async () => {
    const { el, root } = await grid();
    el.answers = allA({ 'alimentation.seServir': yes, 'alimentation.manger': no });
    await settle(el);
    const cell = () => root.querySelector('[data-variable="alimentation"]')!.textContent.trim();
    expect(cell()).to.equal('B'); // default: AC → B
    el.rules = {
      ...el.rules,
      alimentation: {
        rules: [
          { patterns: ['AA'], letter: 'A' },
          { patterns: ['C*', '*C'], letter: 'C' },
        ],
        otherwise: 'B',
      },
    };
    await settle(el);
    expect(cell()).to.equal('C');
  });

  it('computes the GIR live with the deciding group, score and rank', async () => {
    const { el, root } = await grid();
    const changes: (number | undefined)[] = [];
    el.addEventListener('dui-aggir-change', (e) => changes.push(e.detail.evaluation.result?.gir));
    el.answers = allA({ 'toilette.bas': no, 'habillage.haut': no, 'habillage.moyen': no });
    await settle(el);
    // toilette A+C → B, habillage C C A → B: the §4.4 case AABBAAAAAA.
    expect(result(root)).to.equal('GIR 4 Groupe H, score 4000, rang 11');
    pick(root, 'habillage.bas', 'spontanement', 'no');
    pick(root, 'habillage.bas', 'totalement', 'no');
    pick(root, 'habillage.bas', 'habituellement', 'no');
    pick(root, 'habillage.bas', 'correctement', 'no');
    await settle(el);
    // habillage CCC → C (AABCAAAAAA): E 100+400 = 500, F 100+500 = 600, G 200+300 = 500, H 2000+3000 = 5000.
    expect(result(root)).to.equal('GIR 4 Groupe H, score 5000, rang 11');
    expect(changes.at(-1)).to.equal(4);
  });

  it('does not mutate the answers object it was given', async () => {
    const { el, root } = await grid();
    const given = allA();
    el.answers = given;
    await settle(el);
    pick(root, 'transferts', 'spontanement', 'no');
    expect(given.transferts).to.deep.equal(yes);
  });

  it('saves the assessment through the backend', async () => {
    const { el, root, backend } = await grid();
    const saved: number[] = [];
    el.addEventListener('dui-aggir-saved', (e) => saved.push(e.detail.assessment.gir!.gir));
    el.answers = allA({ 'coherence.communication': no, 'orientation.temps': no });
    await settle(el);
    root.querySelector<HTMLButtonElement>('.save button')!.click();
    await settle(el);
    const call = backend.calls.find((c) => c.method === 'saveAggir')!;
    expect((call.args[1] as { date: string; result: { gir: number } }).date).to.equal('2026-03-10');
    expect(saved).to.deep.equal([2]);
    expect(root.querySelector('[role=status]')!.textContent).to.contain('Évaluation enregistrée (GIR 2).');
  });

  it('cannot save before the grid is complete', async () => {
    const { root } = await grid();
    expect(root.querySelector<HTMLButtonElement>('.save button')!.disabled).to.equal(true);
  });

  it('shows ratings without controls when readonly, in English', async () => {
    const { el, root } = await grid('readonly', 'en');
    el.answers = allA();
    await settle(el);
    expect(root.querySelectorAll('select')).to.have.length(0);
    expect(result(root)).to.equal('GIR 6 Group H, score 0, rank 13');
    expect(root.querySelector('.save')).to.equal(null);
  });

  it('has no axe-core violations', async () => {
    const { el } = await grid();
    el.answers = allA({ cuisine: no });
    await settle(el);
    expect(await axeViolations()).to.deep.equal([]);
  });
});
