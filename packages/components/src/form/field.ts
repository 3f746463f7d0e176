/**
 * The scaffold every field shares: a wrapper, a label (or a fieldset legend for radio and
 * checkbox groups), an optional hint and an error message created on first use, all in the
 * form's one shadow tree so `for`, `aria-describedby` and `aria-invalid` link them natively.
 * Templates are cloned rather than built node by node: cloning is the cheapest way to make DOM.
 *
 * @example
 * const field = createField(ctx, 'input');
 * field.control.type = 'email';
 */
import {
  choiceOptions,
  controlDescription,
  controlLabel,
  labelShown,
  type ChoiceOption,
} from '@duikit/core/form/labels';
import type { JsonSchema } from '@duikit/core/form/types';
import { hasConditionalRequired } from '@duikit/core/form/schema';
import type { RenderContext, RequiredMark } from './contracts.js';

const templates = new Map<string, HTMLTemplateElement>();

function template(key: string, html: string): HTMLTemplateElement {
  let t = templates.get(key);
  if (!t) {
    t = document.createElement('template');
    t.innerHTML = html;
    templates.set(key, t);
  }
  return t;
}

const CONTROL_HTML: Record<string, string> = {
  input: '<input class="control" part="control">',
  textarea: '<textarea class="control" part="control textarea" rows="4"></textarea>',
  select: '<select class="control" part="control select"></select>',
  checkbox: '<input class="check" part="control checkbox" type="checkbox">',
};

/** What {@link createField} returns. */
export interface Field<E extends HTMLElement = HTMLElement> {
  el: HTMLElement;
  control: E;
  id: string;
  label: string;
  /** Shows or clears the message and updates `aria-invalid` / `aria-describedby`. */
  setError: (message: string | undefined) => void;
  /** Where the form model's state shows a `required` a `then`/`else` decides (bindControl). */
  mark?: RequiredMark;
}

/** A deterministic id from a data pointer, unique within the form's shadow root. */
export function fieldId(ctx: RenderContext, suffix = ''): string {
  const base =
    'f' + ctx.path.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '-' : '_' + c.charCodeAt(0).toString(16)));
  return ctx.engine.uniqueId(base + suffix);
}

/**
 * The label of a Control: the host's label catalogue, the UI schema's, the schema's `x-label` or
 * `title`, else the property's key as written (core's `controlLabel`, as the server words it).
 */
export function labelOf(ctx: RenderContext): string {
  const fallback = ctx.path.split('/').pop() ?? '';
  return controlLabel(ctx.uischema, ctx.schema, labelOptions(ctx), fallback);
}

const labelOptions = (ctx: RenderContext) => ({ locale: ctx.locale, lookup: ctx.engine.options.lookup });

/**
 * The choices of a Control, worded by the host's catalogue first (per choice: `<key>.<code>`),
 * then by the schema (core's `choiceOptions`). `schema` is the enum-like schema (an array's items).
 *
 * @example
 * const options = choicesOf(ctx, ctx.schema);
 */
export function choicesOf(ctx: RenderContext, schema: JsonSchema): ChoiceOption[] {
  const lookup = ctx.engine.options.lookup;
  return choiceOptions(schema, ctx.locale, lookup && ((k) => lookup(ctx.uischema, ctx.schema, k)));
}

/** The hint: the catalogue's description, `options.hint`, else the schema's `description`. */
export function hintOf(ctx: RenderContext): string | undefined {
  return controlDescription(ctx.uischema, ctx.schema, labelOptions(ctx));
}

/**
 * Builds a labelled field around a native control (`input`, `textarea`, `select`, `checkbox`),
 * or a `<fieldset>` with a `<legend>` for a group (`group`): the caller fills the group.
 *
 * @example
 * const { el, control } = createField<HTMLInputElement>(ctx, 'input');
 */
export function createField<E extends HTMLElement = HTMLElement>(
  ctx: RenderContext,
  kind: 'input' | 'textarea' | 'select' | 'checkbox' | 'group',
): Field<E> {
  const label = labelOf(ctx);
  const hint = hintOf(ctx);
  const id = fieldId(ctx);
  const group = kind === 'group';
  const html = group
    ? '<fieldset class="field group" part="field"><legend class="label" part="label"></legend><div class="options"></div></fieldset>'
    : kind === 'checkbox'
      ? `<div class="field check-field" part="field">${CONTROL_HTML.checkbox}<label class="label" part="label"></label></div>`
      : `<div class="field" part="field"><label class="label" part="label"></label>${CONTROL_HTML[kind]}</div>`;
  const el = template(kind, html).content.firstElementChild!.cloneNode(true) as HTMLElement;
  const labelEl = el.querySelector('.label')!;
  const control = (group ? el.querySelector('.options') : el.querySelector('.control, .check')) as E;
  labelEl.textContent = label;
  if (!labelShown(ctx.uischema)) labelEl.classList.add('visually-hidden');
  if (ctx.required && ctx.uischema.options?.hideRequiredAsterisk !== true) {
    const star = document.createElement('span');
    star.className = 'req';
    star.ariaHidden = 'true';
    star.textContent = ' *';
    labelEl.append(star);
  }
  const described: string[] = [];
  if (hint) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.setAttribute('part', 'hint');
    p.id = id + '-hint';
    p.textContent = hint;
    if (group) labelEl.after(p);
    else if (kind === 'checkbox') el.append(p);
    else labelEl.after(p);
    described.push(p.id);
    // JSON Forms' `showUnfocusedDescription: false`: seen only while the field has focus, still
    // read by assistive technologies (aria-describedby). By default DUI Kit always shows it.
    if (ctx.uischema.options?.showUnfocusedDescription === false) el.classList.add('hint-on-focus');
  }
  // The element that carries aria-describedby/aria-invalid: the control, or the fieldset.
  const target: HTMLElement = group ? el : control;
  if (!group) {
    control.id = id;
    labelEl.setAttribute('for', id);
    if (ctx.required) control.ariaRequired = 'true';
  }
  if (described.length) target.setAttribute('aria-describedby', described.join(' '));
  let errorEl: HTMLElement | undefined;
  const setError = (message: string | undefined) => {
    if (message === undefined) {
      if (!errorEl || errorEl.hidden) return;
      errorEl.hidden = true;
      el.classList.remove('invalid');
      target.removeAttribute('aria-invalid');
      for (const i of group ? el.querySelectorAll('input') : []) i.removeAttribute('aria-invalid');
      return;
    }
    if (!errorEl) {
      errorEl = document.createElement('p');
      errorEl.className = 'error';
      errorEl.setAttribute('part', 'error');
      errorEl.id = id + '-error';
      el.append(errorEl);
      target.setAttribute('aria-describedby', [...described, errorEl.id].join(' '));
    }
    errorEl.hidden = false;
    errorEl.textContent = message;
    el.classList.add('invalid');
    target.ariaInvalid = 'true';
    for (const i of group ? el.querySelectorAll('input') : []) i.ariaInvalid = 'true';
  };
  // A `then`/`else` may require the field: its star and aria-required follow the data.
  const mark =
    !ctx.required && ctx.uischema.type === 'Control' && hasConditionalRequired(ctx.root)
      ? { label: labelEl, aria: () => (!group ? control : el.role === 'radiogroup' ? el : null) }
      : undefined;
  return { el, control, id, label, setError, mark };
}

/**
 * A form button (`type=button`, never a submit) with its `part` names: `button <part>`.
 * `small` for the compact buttons of array items; `label` when the text alone is ambiguous.
 *
 * @example
 * formButton(t('form.next'), 'next');
 * formButton(t('form.array.remove'), 'remove', { small: true, label: 'Retirer le contact n° 2' });
 */
export function formButton(text: string, part: string, opts: { small?: boolean; label?: string } = {}) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = opts.small ? `btn btn-small ${part}` : `btn ${part}`;
  b.setAttribute('part', `button ${part}`);
  b.textContent = text;
  if (opts.label) b.ariaLabel = opts.label;
  return b;
}
