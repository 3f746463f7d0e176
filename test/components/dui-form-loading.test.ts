// What a form loads on first use: the renderers it needs (wizard, arrays…), with their strings
// and styles; a form without them carries none.
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import type { Rule } from '@duikit/core';
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';
import { registerCalculation } from '../../packages/components/src/form/calculations.js';
import { FormEngine } from '../../packages/components/src/form/engine.js';
import { FirstUse } from '../../packages/components/src/form/first-use.js';
import { registerLazyRenderer } from '../../packages/components/src/form/registry.js';
import { formatIs, rankWith } from '../../packages/components/src/form/testers.js';
import { formFixtures, generatedForm } from '../../stories/fixtures/forms/index.js';
import { $, $$, axeViolations, byLabel, mount } from './form/helpers.js';

const contacts: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Nom' },
    phones: { type: 'array', title: 'Téléphones', items: { type: 'string', title: 'Numéro' } },
  },
};

describe('<dui-form> parts loaded on first use', () => {
  it('keeps what the person typed while a renderer loads', async () => {
    document.body.innerHTML = '<main><h1>Test</h1></main>';
    const form = document.createElement('dui-form');
    const uischema = {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/name' },
        { type: 'Control', scope: '#/properties/phones' },
      ],
    };
    Object.assign(form, { locale: 'en', schema: contacts, uischema, data: { name: 'Dupont' } });
    document.querySelector('main')!.append(form);
    await new Promise((r) => setTimeout(r, 0));
    // The first form of the page that has an array: its renderer is still on its way.
    expect(form.shadowRoot!.querySelector('.loading')?.getAttribute('aria-busy')).to.equal('true');
    const name = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=text]')!;
    name.value = 'Durand';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect((form.value as { name: string }).name).to.equal('Durand');
    expect($<HTMLInputElement>(form, 'input[type=text]').value).to.equal('Durand');
    expect($$(form, 'button').some((b) => b.textContent.includes('Add'))).to.equal(true);
  });

  it('mounts an array once its renderer is here, with its strings and styles', async () => {
    const form = await mount({ schema: contacts, data: { name: 'Dupont', phones: ['0102030405'] } });
    expect($$(form, '.loading')).to.have.length(0);
    const add = $<HTMLButtonElement>(form, 'button.add');
    expect(add.textContent).to.contain('Ajouter');
    expect(getComputedStyle($<HTMLElement>(form, '.items')).listStyleType).to.equal('none');
    expect($<HTMLInputElement>(form, 'input[type=text]').value).to.equal('Dupont');
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('renders in place a widget first needed by an item added after the mount', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        residents: {
          type: 'array',
          title: 'Résidents',
          items: {
            type: 'object',
            properties: { ins: { type: 'string', format: 'ins', title: 'Matricule INS' } },
          },
        },
      },
    };
    const form = await mount({ schema, data: { residents: [] } });
    $<HTMLButtonElement>(form, 'button.add').click();
    await form.updateComplete;
    expect($$(form, '.loading')).to.have.length(0);
    const ins = $<HTMLInputElement>(form, '.items input');
    expect(ins.labels?.[0]?.textContent).to.contain('Matricule INS');
    ins.value = '255082A00101562';
    ins.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect((form.value as { residents: { ins?: string }[] }).residents[0].ins).to.equal('255082A00101562');
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('says so in place of a renderer that cannot be loaded, and tries again on the next mount', async () => {
    let attempts = 0;
    registerLazyRenderer(
      rankWith(50, formatIs('body-map')),
      () => {
        attempts++;
        return Promise.reject(new Error('offline'));
      },
      'body-map',
    );
    const schema: JsonSchema = {
      type: 'object',
      properties: { name: { type: 'string', title: 'Nom' }, map: { type: 'string', format: 'body-map' } },
    };
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args[0]);
    try {
      const form = await mount({ schema, data: { name: 'Dupont' } });
      const failed = $<HTMLElement>(form, '[role=alert].error');
      expect(failed.textContent).to.contain('n’a pas pu être chargée');
      expect(failed.hasAttribute('aria-busy')).to.equal(false);
      expect($<HTMLInputElement>(form, 'input[type=text]').value).to.equal('Dupont');
      expect(attempts).to.equal(1);
      expect(String(errors[0])).to.contain('"body-map" renderer could not be loaded');
      form.schema = { ...schema };
      await form.updateComplete;
      expect(attempts).to.equal(2);
    } finally {
      console.error = log;
      registerLazyRenderer(
        () => -1,
        () => Promise.reject(new Error('unused')),
        'body-map',
      );
    }
  });

  it('adopts no extra stylesheet for a form of plain fields', async () => {
    const plain = await mount({ schema: { type: 'object', properties: { a: { type: 'string' } } } });
    const withArray = await mount({ schema: contacts });
    expect(withArray.shadowRoot!.adoptedStyleSheets.length).to.equal(
      plain.shadowRoot!.adoptedStyleSheets.length + 1,
    );
  });
});

// Rules (with the condition evaluator) and calculated fields load on first use too. The dev server
// serves one file per module: Resource Timing lists what the page fetched (given room). These
// tests run in order: the first forms of the page with a rule or a calculated field are below.
performance.setResourceTimingBufferSize(10_000);
const fetched = (file: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(`/components/src/form/${file}.`));
const logicModules = ['model-state'];
const builtIns = 'sum, difference, product, average, min, max, count, concat, age, daysBetween';
const engineFor = (root: JsonSchema, data: unknown) =>
  Object.assign(new FormEngine({ root, t: (key) => key, locale: 'fr', onChange: () => undefined }), { data });

const scores: JsonSchema = {
  type: 'object',
  properties: {
    a: { type: 'integer', title: 'Item A' },
    b: { type: 'integer', title: 'Item B' },
    total: { type: 'integer', title: 'Total' },
    best: { type: 'string', title: 'Meilleur' },
    care: { type: 'boolean', title: 'Aidant' },
    who: { type: 'string', title: 'Qui' },
  },
};
const control = (scope: string, fn?: string, rule?: Rule): UiSchema => ({
  type: 'Control',
  scope: `#/properties/${scope}`,
  rule,
  options: fn ? { calculate: { function: fn, args: ['#/properties/a', '#/properties/b'] } } : {},
});
const onCare = (effect: Rule['effect']): Rule => ({
  effect,
  condition: { scope: '#/properties/care', schema: { const: true } },
});
const layout = (...elements: UiSchema[]): UiSchema => ({ type: 'VerticalLayout', elements });
const scoresUi = layout(control('a'), control('b'), control('total', 'sum'), control('best', 'max'));

describe('<dui-form> rules and calculated fields loaded on first use', () => {
  it('fetches no rule or calculation code for a form without them, and still names an unknown calculation at once', async () => {
    const { schema, uischema, data } = generatedForm(50);
    const form = await mount({ schema, uischema, data });
    expect($$(form, 'input, select, textarea')).to.have.length(50);
    expect(() => engineFor(scores, {}).mount(control('total', 'smu'))).to.throw(
      `<dui-form>: unknown calculation "smu". Known: ${builtIns}; add one with registerCalculation(name, fn).`,
    );
    expect(logicModules.filter(fetched)).to.deep.equal([]);
    // The list is complete: it holds the engine's own imports, which a rule or calculation
    // module imported statically by mistake would sit beside.
    expect(['engine', 'calculations', 'first-use', 'registry'].filter(fetched)).to.have.length(4);
  });

  it('hides what a rule may hide until the rule code is here, then applies every rule to the current data', async () => {
    const engine = engineFor(scores, { care: true });
    const [show, hide, disable] = (['SHOW', 'HIDE', 'DISABLE'] as const).map(onCare);
    const ui = layout(control('who', '', show), control('who', '', hide), control('care', '', disable));
    const [shown, hidden, disabled] = [...engine.mount(ui).el.children] as HTMLElement[];
    expect([shown.hidden, hidden.hidden, disabled.hidden]).to.deep.equal([true, true, false]);
    expect(fetched('model-state')).to.equal(false);
    // A change before the code is here is applied by the load, with the data at that time.
    engine.input('/care', false);
    await engine.conditionsReady;
    expect([shown.hidden, hidden.hidden]).to.deep.equal([true, false]);
    expect(disabled.querySelector('input')!.disabled).to.equal(false);
    engine.input('/care', true);
    expect([shown.hidden, hidden.hidden]).to.deep.equal([false, true]);
    expect(disabled.querySelector('input')!.disabled).to.equal(true);
    expect(fetched('model-state')).to.equal(true);

    const form = await mount(formFixtures.person); // and in a form
    const trusted = byLabel(form, 'Personne de confiance');
    expect(trusted.closest('.field')!.hasAttribute('hidden')).to.equal(true);
    byLabel(form, 'A désigné une personne de confiance').click();
    expect(trusted.closest('.field')!.hasAttribute('hidden')).to.equal(false);
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('computes calculated fields with the same code once it is here, the host’s functions first', async () => {
    // The rules above loaded the form model's state: calculations come with it, in one chunk.
    registerCalculation('max', (a, b) => `hôte ${String(a)}/${String(b)}`);
    const engine = engineFor(scores, { a: 2, b: 3, total: 99 });
    const node = engine.mount(scoresUi);
    const inputs = [...node.el.querySelectorAll('input')];
    // The code is here: the mount computes (a value in the data is never trusted), then each keystroke.
    expect([engine.get('/total'), inputs[2].value]).to.deep.equal([5, '5']);
    engine.input('/a', 4);
    expect(engine.get('/total')).to.equal(7);
    expect(inputs[2].value).to.equal('7');
    expect(engine.get('/best')).to.equal('hôte 4/3');
    expect(fetched('model-state')).to.equal(true);
    const functions = await import('@duikit/core/form/calculation-functions');
    expect([...functions.builtInCalculations.keys()].join(', ')).to.equal(builtIns);

    // Registered after the load: it wins too, in the next form.
    registerCalculation('sum', (a, b) => Number(a) * 100 + Number(b));
    const changes: string[] = [];
    document.body.innerHTML = '<main><h1>Test</h1></main>';
    const form = document.createElement('dui-form');
    form.addEventListener('dui-change', (e) => changes.push(e.detail.path));
    Object.assign(form, { locale: 'fr', schema: scores, uischema: scoresUi, data: { a: 1, b: 2 } });
    document.querySelector('main')!.append(form);
    await form.updateComplete;
    expect(byLabel(form, 'Total').value).to.equal('102');
    expect(changes).to.deep.equal([]);
    registerCalculation('sum', (...a) => a.reduce((s: number, n) => s + (typeof n === 'number' ? n : 0), 0));
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('says so before the content that needed code which cannot be loaded, without trying again in a loop', async () => {
    document.body.innerHTML = '<main><h1>Test</h1><div><p id="target">x</p></div></main>';
    const target = document.getElementById('target')!;
    let attempts = 0;
    const code = { load: () => Promise.reject(new Error(`offline ${++attempts}`)) };
    const [errors, log] = [[] as unknown[], console.error];
    console.error = (...args: unknown[]) => void errors.push(args[0]);
    const feature = new FirstUse<{ el: Element }>(engineFor({}, {}), code, 'rules', (s) => s.el);
    feature.add({ el: target });
    feature.add({ el: target });
    await feature.ready;
    await feature.load();
    console.error = log;
    expect(attempts).to.equal(1);
    expect(String(errors[0])).to.contain('the rules could not be loaded');
    const alert = target.previousElementSibling as HTMLElement;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.equal('form.loadFailed');
  });
});
