/**
 * Choice controls: an enum (or `oneOf` of `const`/`title`) as a `<select>` or, with
 * `options.format: 'radio'`, as radios in a fieldset; a boolean as a checkbox (or a switch with
 * `options.toggle`); an array of unique enum values as checkboxes in a fieldset.
 *
 * @example
 * // { type: 'Control', scope: '#/properties/sex', options: { format: 'radio' } }
 */
import type { RenderContext, Renderer } from '../contracts.js';
import { bindControl } from '../bind.js';
import { createField } from '../field.js';
import type { JsonSchema } from '../types.js';
import { optionKey } from '../value.js';

/** The `{ value, label }` options of an enum schema. */
export function enumOptions(s: JsonSchema): { value: unknown; label: string }[] {
  if (Array.isArray(s.enum)) return s.enum.map((v) => ({ value: v, label: String(v) }));
  const list = s.oneOf ?? s.anyOf ?? [];
  return list.map((o) => ({ value: o.const, label: o.title ?? String(o.const) }));
}

/** Renders an enum as a `<select>` with an empty first option. */
export const selectRenderer: Renderer = (ctx) => {
  const field = createField<HTMLSelectElement>(ctx, 'select');
  const select = field.control;
  const options = enumOptions(ctx.schema);
  const values = options.map((o) => o.value);
  const empty = new Option(ctx.t('form.select.placeholder'), '');
  select.append(empty, ...options.map((o, i) => new Option(o.label, String(i))));
  if (ctx.readonly) {
    // A read-only select stays focusable and readable; changes are refused.
    select.ariaReadOnly = 'true';
    select.addEventListener('keydown', (e) => e.key !== 'Tab' && e.preventDefault());
    select.addEventListener('mousedown', (e) => e.preventDefault());
  }
  select.addEventListener('change', () =>
    ctx.engine.input(ctx.path, select.value === '' ? undefined : values[Number(select.value)]),
  );
  return bindControl(ctx, field, { setValue: (v) => (select.value = optionKey(values, v)) });
};

function choiceGroup(ctx: RenderContext, multiple: boolean) {
  const field = createField<HTMLDivElement>(ctx, 'group');
  const schema = multiple ? (ctx.schema.items ?? {}) : ctx.schema;
  const options = enumOptions(schema);
  const inputs = options.map((o, i) => {
    const id = `${field.id}-${i}`;
    const wrap = document.createElement('div');
    wrap.className = 'option';
    const input = document.createElement('input');
    input.type = multiple ? 'checkbox' : 'radio';
    input.className = 'check';
    input.setAttribute('part', multiple ? 'control checkbox' : 'control radio');
    input.name = field.id;
    input.id = id;
    input.value = String(i);
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = o.label;
    wrap.append(input, label);
    field.control.append(wrap);
    return input;
  });
  field.el.setAttribute('role', multiple ? 'group' : 'radiogroup');
  // ARIA allows aria-required and aria-readonly on a radiogroup, not on a group: for
  // checkboxes the read-only state goes on each checkbox.
  if (ctx.required && !multiple) field.el.ariaRequired = 'true';
  if (ctx.readonly) {
    if (multiple) for (const i of inputs) i.ariaReadOnly = 'true';
    else field.el.ariaReadOnly = 'true';
    for (const i of inputs) i.addEventListener('click', (e) => e.preventDefault());
  }
  return { field, options, inputs };
}

/** Renders an enum as radios in a fieldset. */
export const radioRenderer: Renderer = (ctx) => {
  const { field, options, inputs } = choiceGroup(ctx, false);
  for (const input of inputs) {
    input.addEventListener('change', () => ctx.engine.input(ctx.path, options[Number(input.value)].value));
  }
  return bindControl(ctx, field, {
    setValue: (v) => inputs.forEach((input, i) => (input.checked = options[i].value === v)),
    setEnabled: (on) => inputs.forEach((i) => (i.disabled = !on)),
    focus: () => (inputs.find((i) => i.checked) ?? inputs[0])?.focus(),
  });
};

/** Renders an array of unique enum values as checkboxes in a fieldset. */
export const multiCheckboxRenderer: Renderer = (ctx) => {
  const { field, options, inputs } = choiceGroup(ctx, true);
  const collect = () => {
    const picked = options.filter((_, i) => inputs[i].checked).map((o) => o.value);
    return picked.length ? picked : undefined;
  };
  for (const input of inputs) input.addEventListener('change', () => ctx.engine.input(ctx.path, collect()));
  return bindControl(ctx, field, {
    setValue: (v) => {
      const set = Array.isArray(v) ? v : [];
      inputs.forEach((input, i) => (input.checked = set.includes(options[i].value)));
    },
    setEnabled: (on) => inputs.forEach((i) => (i.disabled = !on)),
    focus: () => inputs[0]?.focus(),
  });
};

/** Renders a boolean as a checkbox, or a switch (`role="switch"`) with `options.toggle`. */
export const booleanRenderer: Renderer = (ctx) => {
  const field = createField<HTMLInputElement>(ctx, 'checkbox');
  const box = field.control;
  if (ctx.uischema.options?.toggle) box.setAttribute('role', 'switch');
  if (ctx.readonly) {
    box.ariaReadOnly = 'true';
    box.addEventListener('click', (e) => e.preventDefault());
  }
  box.addEventListener('change', () => ctx.engine.input(ctx.path, box.checked));
  return bindControl(ctx, field, { setValue: (v) => (box.checked = v === true) });
};
