/**
 * Helpers of the branch-selector tests (`oneOf`/`anyOf` of objects in `<dui-form>`).
 */
import { sendKeys } from '@web/test-runner-commands';
import type { DuiFormChangeDetail } from '../../../packages/components/src/events/dui-form-events.js';
import type { DuiForm } from '../../../packages/components/src/dui-form/dui-form.component.js';
import { $, $$ } from './helpers.js';

/** The branch radios. @example radios(form)[1].click(); */
export const radios = (form: DuiForm) => $$(form, '.combinator-choice input[type=radio]');

/** Every label text, without the required star. @example labels(form) // ['Nom', …] */
export const labels = (form: DuiForm) =>
  $$<HTMLLabelElement>(form, 'label').map((l) => l.textContent.replace(' *', ''));

/** Records the `dui-change` details from now on. @example const seen = changes(form); */
export const changes = (form: DuiForm) => {
  const seen: DuiFormChangeDetail[] = [];
  form.addEventListener('dui-change', (e) => seen.push(e.detail));
  return seen;
};

/** The in-form confirmation of a branch switch. @example confirmBox(form).hidden */
export const confirmBox = (form: DuiForm) => $<HTMLElement>(form, '.combinator-confirm');

/** Shift+Tab. @example await backTab(); */
export const backTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};

/** The `representative` object of the fixture's data. @example rep(form.value).kind */
export const rep = (d: unknown) => (d as { representative: Record<string, unknown> }).representative;
