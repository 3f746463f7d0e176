/**
 * What a compatibility case can ask of a mounted `<dui-form>`, in a person's terms: a field by
 * its label (or legend), whether a rule hides or disables it, what it holds, typing, choosing,
 * clicking, submitting. Wizard steps and tab panels a person has not opened count as shown: only
 * rules hide.
 */
import type { DuiForm } from '../../../packages/components/src/dui-form/dui-form.component.js';
import type { FormError } from '../../../packages/components/src/events/dui-form-events.js';

const text = (el: Element) => (el.textContent ?? '').replace(/\s*\*\s*$/, '').trim();

/** True when a rule (not a wizard step or tab panel) hides the element or an ancestor. */
export function ruleHidden(el: Element | null): boolean {
  for (let p = el; p; p = p.parentElement) {
    if (p instanceof HTMLElement && p.hidden && !p.matches('section.step, [role=tabpanel], .loading'))
      return true;
  }
  return false;
}

/** The harness handed to each case's `check`. */
export class Harness {
  constructor(readonly form: DuiForm) {}

  private root() {
    return this.form.shadowRoot!;
  }

  /** Every label and legend text, in document order. */
  labels(): string[] {
    return [...this.root().querySelectorAll('label, legend')].map(text).filter(Boolean);
  }

  /** The field (wrapper) whose label or legend reads `label`. */
  field(label: string): HTMLElement {
    const found = [...this.root().querySelectorAll('label, legend')].find((l) => text(l) === label);
    if (!found) throw new Error(`no field labelled « ${label} » (labels: ${this.labels().join(' | ')})`);
    return (found.closest('.field, fieldset') ?? found.parentElement) as HTMLElement;
  }

  /** The control labelled `label` (input, select, textarea), or the field's first one. */
  control<E extends HTMLElement = HTMLInputElement>(label: string): E {
    const l = [...this.root().querySelectorAll('label')].find((x) => text(x) === label);
    const byFor = l?.htmlFor ? this.root().getElementById(l.htmlFor) : null;
    return (byFor ?? this.field(label).querySelector('input, select, textarea, button')) as E;
  }

  has(label: string): boolean {
    return this.labels().includes(label);
  }

  shown(label: string): boolean {
    return !ruleHidden(this.field(label));
  }

  enabled(label: string): boolean {
    return !this.control(label).matches(':disabled');
  }

  required(label: string): boolean {
    const f = this.field(label);
    return !!f.querySelector(':scope > label .req, :scope > legend .req');
  }

  value(label: string): string {
    return (this.control<HTMLInputElement>(label).value ?? '').toString();
  }

  type(label: string, value: string): void {
    const input = this.control<HTMLInputElement>(label);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Chooses an option of a select by its text. */
  choose(label: string, option: string): void {
    const select = this.control<HTMLSelectElement>(label);
    const o = [...select.options].find((x) => x.text === option);
    if (!o) throw new Error(`no option « ${option} » in « ${label} »`);
    select.value = o.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Clicks the radio, checkbox or button whose label or text is `name`. */
  click(name: string): void {
    const root = this.root();
    const label = [...root.querySelectorAll('label')].find((l) => text(l) === name);
    const target = label?.htmlFor
      ? root.getElementById(label.htmlFor)
      : [...root.querySelectorAll('button')].find((b) => text(b) === name || b.ariaLabel === name);
    if (!target) throw new Error(`nothing to click named « ${name} »`);
    target.click();
  }

  count(selector: string): number {
    return this.root().querySelectorAll(selector).length;
  }

  data<T = Record<string, unknown>>(): T {
    return this.form.value as T;
  }

  async settle(): Promise<void> {
    await this.form.updateComplete;
    await this.form.whenReady();
  }

  /** Submits; resolves with what `dui-submit` or `dui-invalid` carried. */
  async submit(): Promise<{ ok: boolean; data: unknown; errors: FormError[] }> {
    let seen: { ok: boolean; data: unknown; errors: FormError[] } | undefined;
    const ok = (e: Event) => (seen = { ok: true, ...(e as CustomEvent).detail });
    const ko = (e: Event) => (seen = { ok: false, ...(e as CustomEvent).detail });
    this.form.addEventListener('dui-submit', ok, { once: true });
    this.form.addEventListener('dui-invalid', ko, { once: true });
    await this.form.submit();
    this.form.removeEventListener('dui-submit', ok);
    this.form.removeEventListener('dui-invalid', ko);
    if (!seen) throw new Error('neither dui-submit nor dui-invalid fired');
    return seen;
  }
}
