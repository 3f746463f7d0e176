/**
 * Choice controls: an enum (or `oneOf` of `const`s) as a `<select>` whose options read as core's
 * `choiceOptions` words them in the locale (`x-enumLabels`, `x-label`, `title`: never the code
 * when the schema names it); a boolean as a checkbox (or a switch with `options.toggle`). Radios
 * and checkbox groups are `choice-group.ts`, loaded on first use.
 *
 * @example
 * // { type: 'Control', scope: '#/properties/level' } → <select> with an empty first option
 */
import type { Renderer } from '../contracts.js';
import { bindControl } from '../bind.js';
import { choicesOf, createField } from '../field.js';
import { optionKey } from '@duikit/core/form/value';

/** Renders an enum as a `<select>` with an empty first option. */
export const selectRenderer: Renderer = (ctx) => {
  const field = createField<HTMLSelectElement>(ctx, 'select');
  const select = field.control;
  const options = choicesOf(ctx, ctx.schema);
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
