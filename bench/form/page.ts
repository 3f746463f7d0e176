/**
 * The benchmark page script (bundled with esbuild by bench/form.bench.ts): mounts `<dui-form>`
 * or a plain-DOM baseline that builds the same labelled inputs by hand, and times mount,
 * keystrokes and validate-all to the next painted frame.
 */
import '../../packages/components/src/dui-form/dui-form.js';
import type { DuiForm } from '../../packages/components/src/dui-form/dui-form.component.js';
import { generatedForm } from '../../stories/fixtures/forms/generated.js';
import { baselineMount, baselineValidate } from './baseline.js';
import validator from 'virtual:validator';

/** Resolves after the next frame has painted. */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

let form: DuiForm | undefined;
let base: ReturnType<typeof baselineMount> | undefined;

async function mount(kind: 'dui' | 'baseline', n: number): Promise<number> {
  const fixture = generatedForm(n);
  const t0 = performance.now();
  if (kind === 'baseline') {
    base = baselineMount(document.body, fixture);
  } else {
    form = document.createElement('dui-form');
    form.locale = 'fr';
    form.validator = validator;
    form.schema = fixture.schema;
    form.uischema = fixture.uischema;
    form.data = fixture.data;
    document.body.append(form);
    await form.updateComplete;
    const count = form.shadowRoot!.querySelectorAll('input, select, textarea').length;
    if (count !== n) throw new Error(`expected ${n} controls, found ${count}`);
  }
  await painted();
  return performance.now() - t0;
}

async function ready(): Promise<void> {
  for (let i = 0; i < 400 && form && !form.engine?.validator; i++)
    await new Promise((r) => setTimeout(r, 25));
}

/** Types one character into a text field in the middle of the form; ms to the painted frame. */
async function keystroke(kind: 'dui' | 'baseline', i: number): Promise<number> {
  const root: ParentNode = kind === 'dui' ? form!.shadowRoot! : document.body;
  const inputs = root.querySelectorAll<HTMLInputElement>('input[type=text]');
  const input = inputs[Math.floor(inputs.length / 2) + (i % 5)];
  const t0 = performance.now();
  input.value += 'a';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await painted();
  return performance.now() - t0;
}

/** Sets data with 10% invalid values, then shows every error; ms until messages are painted. */
async function validateAll(kind: 'dui' | 'baseline', n: number): Promise<{ ms: number; shown: number }> {
  const bad = generatedForm(n, { invalidRatio: 0.1 });
  if (kind === 'baseline') {
    base!.setData(bad.data as Record<string, unknown>);
    const t0 = performance.now();
    const shown = baselineValidate(base!, bad.schema);
    await painted();
    return { ms: performance.now() - t0, shown };
  }
  form!.data = bad.data;
  await form!.updateComplete;
  const t0 = performance.now();
  const errors = await form!.validate();
  await form!.updateComplete;
  await painted();
  const ms = performance.now() - t0;
  const shown = form!.shadowRoot!.querySelectorAll('.error:not([hidden])').length;
  if (shown === 0) throw new Error(`no message shown (${errors.length} errors)`);
  return { ms, shown };
}

Object.assign(window, { bench: { mount, ready, keystroke, validateAll } });
