/**
 * Choices as a group of inputs in a fieldset: an enum as radios (`options.format: 'radio'`), an
 * array of unique enum values as checkboxes. Loaded on first use: a form of selects never
 * downloads it.
 *
 * @example
 * // { type: 'Control', scope: '#/properties/sex', options: { format: 'radio' } }
 */
import type { RenderContext, Renderer } from '../contracts.js';
import { bindControl } from '../bind.js';
import { choicesOf, createField } from '../field.js';
import { resolveSchema } from '@duikit/core/form/schema';

function choiceGroup(ctx: RenderContext, multiple: boolean) {
  const field = createField<HTMLDivElement>(ctx, 'group');
  const schema = multiple ? resolveSchema(ctx.scopeSchema, ctx.schema.items) : ctx.schema;
  const options = choicesOf(ctx, schema);
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
