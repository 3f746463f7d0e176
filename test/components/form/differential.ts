/**
 * The differential check between a mounted `<dui-form>` and the form model the server judges
 * with: for the data the form holds, every control's visible/enabled/required state as the page
 * shows it (DOM: `hidden`, `:disabled`, the star and `aria-required`) equals `evaluateForm`'s,
 * calculated values are the model's, the data a submit sends is the model's, and the errors the
 * page shows on `validate()` are the ones the server's `checkResponse` gives for that response.
 */
import { expect } from 'chai';
import { checkResponse, loadPayloadCompiler, translatorFor } from '@duikit/core';
import { getAtPointer } from '@duikit/core/base';
import { evaluateForm, type FormModelOptions } from '@duikit/core/form';
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';
import type { DuiForm } from '../../../packages/components/src/dui-form/dui-form.component.js';
import { ruleHidden } from './corpus-harness.js';

/** The element's state per control path, read from the DOM a person sees. */
export function elementStates(form: DuiForm) {
  const out = new Map<string, { visible: boolean; enabled: boolean; required: boolean }>();
  for (const [path, list] of form.engine!.controls) {
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

const key = (e: { path: string; keyword: string; message: string }) => `${e.path} ${e.keyword}: ${e.message}`;

/**
 * Compares the mounted form with the model (states, calculated values, submitted data) and, with
 * `verdict`, its `validate()` errors with the server's verdict on what it would submit.
 * Throws an assertion error naming the first difference.
 */
export async function compareWithModel(
  form: DuiForm,
  schema: JsonSchema,
  uischema: UiSchema | undefined,
  opts: FormModelOptions & { verdict?: boolean } = {},
): Promise<void> {
  const engine = form.engine!;
  const model = evaluateForm(schema, uischema, form.value, { labels: opts.labels });
  const byPath = new Map(model.controls.map((s) => [s.path, s]));
  // A branch chosen in the element but not yet told by the data (an empty object) is the
  // person's choice of the moment: the data alone cannot say it, so the model leaves it open.
  const open = model.branches.filter((b) => !b.branch).map((b) => b.path + '/');
  for (const [path, state] of elementStates(form)) {
    if (open.some((p) => path.startsWith(p))) continue;
    const m = byPath.get(path);
    if (!m) throw new Error(`the model has no control at ${path}`);
    expect(
      { visible: m.visible, enabled: m.enabled, required: m.required },
      `model vs element at ${path}`,
    ).to.deep.equal(state);
  }
  for (const c of model.controls.filter((x) => x.calculated))
    expect(engine.get(c.path), `calculated value at ${c.path}`).to.deep.equal(
      getAtPointer(model.data, c.path),
    );
  expect(engine.submittedData(), 'submitted data').to.deep.equal(model.submitted);
  if (!opts.verdict) return;
  await loadPayloadCompiler();
  const page = await form.validate();
  const locale = form.currentLocale.startsWith('en') ? 'en' : 'fr';
  const server = checkResponse(
    { schema, uischema } as never,
    engine.submittedData(),
    translatorFor(locale),
    locale,
  );
  expect(page.map(key).sort(), 'errors: page vs server').to.deep.equal(server.problems.map(key).sort());
  expect(server.data, 'stored response vs submitted data').to.deep.equal(engine.submittedData());
}
