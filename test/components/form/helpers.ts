/**
 * Test helpers for `<dui-form>`: mount a fixture, find inputs in its shadow root, type.
 */
import '../../../packages/components/src/dui-form/dui-form.js';
import type { DuiForm } from '../../../packages/components/src/dui-form/dui-form.component.js';
import type { FormFixture } from '../../../stories/fixtures/forms/index.js';

export async function mount(
  f: Partial<FormFixture> & Pick<FormFixture, 'schema'>,
  props: Partial<DuiForm> = {},
): Promise<DuiForm> {
  document.body.innerHTML = '<main><h1>Test</h1></main>';
  const form = document.createElement('dui-form');
  Object.assign(form, { locale: 'fr', schema: f.schema, uischema: f.uischema, data: f.data, ...props });
  document.querySelector('main')!.append(form);
  await form.whenReady();
  return form;
}

export const $ = <E extends Element = HTMLInputElement>(form: DuiForm, sel: string) =>
  form.shadowRoot!.querySelector<E>(sel)!;
export const $$ = <E extends Element = HTMLInputElement>(form: DuiForm, sel: string) => [
  ...form.shadowRoot!.querySelectorAll<E>(sel),
];

/** The control labelled `text` (by its `<label for>`). */
export function byLabel<E extends HTMLElement = HTMLInputElement>(form: DuiForm, text: string): E {
  const label = $$<HTMLLabelElement>(form, 'label').find(
    (l) => l.textContent.replace(' *', '').trim() === text,
  );
  if (!label) throw new Error(`no label "${text}"`);
  return form.shadowRoot!.getElementById(label.htmlFor) as E;
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function blur(input: HTMLElement): void {
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
}

/** Waits until the form's validator is compiled (runtime ajv loads lazily). */
export async function ready(form: DuiForm): Promise<void> {
  await form.whenReady();
  if (!form.engine?.validator) throw new Error('validator never became ready');
}

export async function axeViolations(el: Element): Promise<string[]> {
  const result = await (
    window as unknown as {
      axe: {
        run(
          e: Element,
          o: object,
        ): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }>;
      };
    }
  ).axe.run(el, {
    resultTypes: ['violations'],
    rules: {
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`);
}
