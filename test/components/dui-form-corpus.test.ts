// The JSON Forms compatibility corpus: cases written from JSON Forms' documentation (layouts,
// Label, rules and every condition shape, scopes, options, combinators), each mounted in
// Chromium and checked for what must render and behave; then the element's state of every
// control is compared with the DOM-free model's (`evaluateForm`), which the server judges with.
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { evaluateForm } from '@duikit/core/form';
import { Harness, ruleHidden } from './form/corpus-harness.js';
import { combinatorCases } from './form/corpus/combinators.js';
import { controlCases } from './form/corpus/controls.js';
import { layoutCases } from './form/corpus/layouts.js';
import { ruleCases } from './form/corpus/rules.js';
import { scopeCases } from './form/corpus/scopes.js';
import type { CompatCase } from './form/corpus/types.js';
import { axeViolations, mount } from './form/helpers.js';

const cases: CompatCase[] = [
  ...layoutCases,
  ...ruleCases,
  ...scopeCases,
  ...controlCases,
  ...combinatorCases,
];

/** The element's state per control path: what the model must say too. */
function elementStates(h: Harness) {
  const out = new Map<string, { visible: boolean; enabled: boolean; required: boolean }>();
  for (const [path, list] of h.form.engine!.controls) {
    const c = list[0];
    const control = c.el.matches('input, select, textarea')
      ? c.el
      : c.el.querySelector('input, select, textarea, button');
    const required =
      c.el.querySelector(':scope > label .req, :scope > legend .req, :scope.check-field .req') !== null ||
      c.el.ariaRequired === 'true' ||
      control?.getAttribute('aria-required') === 'true';
    out.set(path, {
      visible: !ruleHidden(c.el),
      enabled: !(control?.matches(':disabled') ?? false),
      required,
    });
  }
  return out;
}

async function run(c: CompatCase): Promise<string | undefined> {
  try {
    const form = await mount({ schema: c.schema, uischema: c.uischema, data: c.data }, c.props ?? {});
    const h = new Harness(form);
    await c.check(h);
    await h.settle();
    const model = evaluateForm(c.schema, c.uischema, form.value, { labels: c.props?.labels as never });
    const byPath = new Map(model.controls.map((s) => [s.path, s]));
    // A branch chosen in the element but not yet told by the data (an empty object) is the
    // person's choice of the moment: the data alone cannot say it, so the model leaves it open.
    const open = model.branches.filter((b) => !b.branch).map((b) => b.path + '/');
    for (const [path, state] of elementStates(h)) {
      if (open.some((p) => path.startsWith(p))) continue;
      const m = byPath.get(path);
      if (!m) throw new Error(`the model has no control at ${path}`);
      expect(
        { visible: m.visible, enabled: m.enabled, required: m.required },
        `model vs element at ${path}`,
      ).to.deep.equal(state);
    }
    const violations = await axeViolations(form);
    if (violations.length) throw new Error(violations.join('\n'));
    return undefined;
  } catch (err) {
    return `${c.id} (${c.doc}): ${(err as Error).message}`;
  }
}

describe('<dui-form> JSON Forms compatibility corpus', () => {
  it('renders and behaves as documented, and agrees with the headless model', async function () {
    this.timeout(120_000);
    expect(cases.length).to.be.at.least(60);
    expect(new Set(cases.map((c) => c.id)).size).to.equal(cases.length);
    const failures: string[] = [];
    for (const c of cases) {
      const failure = await run(c);
      if (failure) failures.push(failure);
    }
    console.log(`compatible: ${cases.length - failures.length}/${cases.length}`);
    expect(failures).to.deep.equal([]);
  });
});
