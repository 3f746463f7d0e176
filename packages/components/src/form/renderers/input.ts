/**
 * Text-like controls: text, textarea (`options.multi`), email, URL, number and integer (with
 * min, max and step from the schema; a slider with `options.slider` when both bounds are
 * given, as JSON Forms), date, time and date-time — each a native input, so the browser's own
 * keyboard, autofill and assistive-technology support apply.
 *
 * @example
 * // { type: 'Control', scope: '#/properties/age' } over { type: 'integer', minimum: 0 }
 * // renders <input type="number" inputmode="numeric" min="0" step="1">
 */
import type { RenderContext, Renderer } from '../contracts.js';
import { bindControl } from '../bind.js';
import { createField } from '../field.js';
import { schemaType } from '@duikit/core/form/schema';
import { formatModel, parseView, Unparseable } from '@duikit/core/form/value';

const INPUT_TYPES: Record<string, string> = {
  date: 'date',
  time: 'time',
  'date-time': 'datetime-local',
  email: 'email',
  uri: 'url',
  url: 'url',
  tel: 'tel',
};

/** Renders a text, textarea, number, date, time or date-time control. */
export const inputRenderer: Renderer = (ctx) => {
  const { schema, uischema, engine, path } = ctx;
  const opts = uischema.options ?? {};
  const multi = opts.multi === true;
  const field = createField<HTMLInputElement>(ctx, multi ? 'textarea' : 'input');
  const input = field.control;
  const type = schemaType(schema);
  const numeric = type === 'number' || type === 'integer';
  let slider: ((v: unknown) => void) | undefined;
  if (!multi) {
    if (numeric) {
      const min = schema.minimum ?? schema.exclusiveMinimum;
      const max = schema.maximum ?? schema.exclusiveMaximum;
      const range = opts.slider === true && min !== undefined && max !== undefined;
      input.type = range ? 'range' : 'number';
      if (!range) input.inputMode = type === 'integer' ? 'numeric' : 'decimal';
      if (min !== undefined) input.min = String(min);
      if (max !== undefined) input.max = String(max);
      input.step = schema.multipleOf ? String(schema.multipleOf) : type === 'integer' ? '1' : 'any';
      if (range) slider = sliderValue(ctx, input, field.el);
    } else {
      input.type = INPUT_TYPES[(opts.format as string) ?? schema.format ?? ''] ?? 'text';
    }
  }
  if (schema.maxLength !== undefined) {
    input.maxLength = schema.maxLength;
    // JSON Forms' `trim`: as wide as its longest value, not the whole line (CSSOM: CSP-safe).
    if (opts.trim === true) input.style.maxWidth = `${schema.maxLength + 3}ch`;
  }
  if (opts.placeholder) input.placeholder = opts.placeholder;
  if (opts.autocomplete) input.autocomplete = opts.autocomplete as AutoFill;
  if (ctx.readonly || opts.calculate) input.readOnly = true;
  input.addEventListener('input', () => {
    let value = parseView(input.value, schema);
    // A number input reports '' for text it cannot parse: keep what was typed as unparseable.
    if (value === undefined && numeric && input.validity.badInput) value = new Unparseable('?');
    engine.input(path, value);
    slider?.(value);
  });
  return bindControl(ctx, field, {
    setValue: (v) => {
      const view = formatModel(v, schema);
      if (input.value !== view) input.value = view;
      slider?.(v);
    },
  });
};

/**
 * JSON Forms' `options.slider`: a native `input type=range` (arrow keys, Page Up/Down, Home/End;
 * its value announced by assistive technologies), its bounds and step from the schema, and the
 * value shown beside it. A range always shows a position: until the data holds a value it sits at
 * the schema's `default` (or the minimum), reads « — » and is announced as having none. A
 * read-only slider stays focusable and readable; changes are refused. Returns what shows a value.
 */
function sliderValue(ctx: RenderContext, input: HTMLInputElement, el: HTMLElement): (v: unknown) => void {
  input.classList.add('slider');
  el.classList.add('slider-field');
  const out = document.createElement('output');
  out.className = 'slider-value';
  out.setAttribute('part', 'slider-value');
  out.htmlFor.add(input.id);
  // The range announces its own value: the visible copy is not read twice.
  out.ariaHidden = 'true';
  input.after(out);
  if (ctx.readonly || ctx.uischema.options?.calculate) {
    input.ariaReadOnly = 'true';
    input.addEventListener('keydown', (e) => e.key !== 'Tab' && e.preventDefault());
    input.addEventListener('pointerdown', (e) => e.preventDefault());
  }
  return (v) => {
    const set = typeof v === 'number';
    const start = ctx.schema.default;
    if (!set) input.value = typeof start === 'number' ? String(start) : input.min;
    out.textContent = set ? v.toLocaleString(ctx.locale) : '—';
    if (set) input.removeAttribute('aria-valuetext');
    else input.ariaValueText = ctx.t('form.slider.unset');
  };
}
