/**
 * What `<dui-form>` does on a submit or `validate()`: show every error, build the error summary
 * (links to each field, errors without a field listed as text), focus it, and fire `dui-submit`
 * or `dui-invalid`. Loaded by the first submit of the page: a form being filled in never pays
 * for it.
 *
 * @example
 * const m = await import('./dui-form.submit.js');
 * await m.submit(lifecycle);
 */
import { emit } from '../events/emit.js';
import type { FormError } from '../events/dui-form-events.js';
import type { FormLifecycle } from './dui-form.lifecycle.js';

/**
 * Fills the error summary with the errors shown now.
 *
 * @example
 * updateSummary(lifecycle);
 */
export function updateSummary(lifecycle: FormLifecycle): void {
  const host = lifecycle.host;
  const engine = host.engine!;
  host.summary = engine.display.shownControls();
  // Errors with no field to show them (root-level rules) are listed without a link.
  host.summaryExtra = engine.errors().filter((e) => !engine.display.owner(e.path));
  const items = host.summary.map((c) => {
    const a = document.createElement('a');
    a.href = `#${c.id}`;
    a.textContent = `${c.label} : ${engine.display.messageOf(c)}`;
    // A summary link focuses its field (showing its wizard step first).
    a.addEventListener('click', (e) => {
      e.preventDefault();
      host.engine?.focusControl(c);
    });
    const li = document.createElement('li');
    li.append(a);
    return li;
  });
  for (const e of host.summaryExtra) {
    const li = document.createElement('li');
    li.textContent = e.message;
    items.push(li);
  }
  host.summaryList.replaceChildren(...items);
}

/**
 * Shows every error and the summary; returns the errors.
 *
 * @example
 * const errors = validateAll(lifecycle);
 */
export function validateAll(lifecycle: FormLifecycle): FormError[] {
  const engine = lifecycle.host.engine;
  if (!engine) return [];
  engine.display.showAll();
  updateSummary(lifecycle);
  lifecycle.syncForm();
  return engine.errors();
}

const focusSummary = async (lifecycle: FormLifecycle) => {
  await lifecycle.host.updateComplete;
  lifecycle.host.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
};

/**
 * Submit: errors → summary focused and `dui-invalid`; none → `dui-submit`, then the enclosing
 * native form's submit unless the host prevented it.
 *
 * @example
 * await submit(lifecycle); // true when dui-submit fired
 */
export async function submit(lifecycle: FormLifecycle): Promise<boolean> {
  const host = lifecycle.host;
  const errors = validateAll(lifecycle);
  const data = host.engine?.submittedData();
  if (errors.length) {
    await focusSummary(lifecycle);
    emit(host, 'dui-invalid', { data, errors });
    return false;
  }
  const event = emit(host, 'dui-submit', { data, errors: [], path: '' }, { cancelable: true });
  if (!event.defaultPrevented) host.internals.form?.requestSubmit();
  return true;
}

/**
 * The enclosing native form found the element invalid: show why.
 *
 * @example
 * await reportInvalid(lifecycle);
 */
export async function reportInvalid(lifecycle: FormLifecycle): Promise<void> {
  validateAll(lifecycle);
  await focusSummary(lifecycle);
}
