// The JSON Forms compatibility corpus: cases written from JSON Forms' documentation (layouts,
// Label, rules and every condition shape, scopes, options, combinators), each mounted in
// Chromium and checked for what must render and behave; then the element's state of every
// control, its calculated values and submitted data are compared with the DOM-free model's
// (`evaluateForm`), and the errors it shows with the server's verdict (`checkResponse`).
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { Harness } from './form/corpus-harness.js';
import { combinatorCases } from './form/corpus/combinators.js';
import { controlCases } from './form/corpus/controls.js';
import { layoutCases } from './form/corpus/layouts.js';
import { ruleCases } from './form/corpus/rules.js';
import { scopeCases } from './form/corpus/scopes.js';
import type { CompatCase } from './form/corpus/types.js';
import { compareWithModel } from './form/differential.js';
import { axeViolations, mount } from './form/helpers.js';

const cases: CompatCase[] = [
  ...layoutCases,
  ...ruleCases,
  ...scopeCases,
  ...controlCases,
  ...combinatorCases,
];

async function run(c: CompatCase): Promise<string | undefined> {
  try {
    const form = await mount({ schema: c.schema, uischema: c.uischema, data: c.data }, c.props ?? {});
    const h = new Harness(form);
    await c.check(h);
    await h.settle();
    await compareWithModel(form, c.schema, c.uischema, { labels: c.props?.labels as never, verdict: true });
    const violations = await axeViolations(form);
    if (violations.length) throw new Error(violations.join('\n'));
    // And from no data at all (the schema's defaults): required fields missing, rules at rest.
    const empty = await mount({ schema: c.schema, uischema: c.uischema }, c.props ?? {});
    await compareWithModel(empty, c.schema, c.uischema, { labels: c.props?.labels as never, verdict: true });
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
