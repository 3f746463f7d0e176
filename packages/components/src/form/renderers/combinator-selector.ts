/**
 * The branch chooser of a `oneOf`/`anyOf` of objects, in three forms: radios in a fieldset with
 * its legend (the default), a `<select>` past four branches, or an ARIA tab list with
 * `options.variant: 'tabs'` (arrow keys, Home and End move the focus; Enter or Space choose, so
 * a choice that needs confirmation is never made by moving around). It reports picks and shows
 * the chosen branch; the renderer decides whether a pick is applied.
 *
 * @example
 * const sel = branchSelector(ctx, 'radio', ['Personne physique', 'Organisme'], (i) => pick(i));
 */
import type { RenderContext } from '../contracts.js';
import { createField, type Field } from '../field.js';

/** What the renderer drives. */
export interface BranchSelector {
  field: Field;
  /** Shows branch `i` as chosen (`-1`: none). */
  show: (i: number) => void;
  focus: () => void;
  setEnabled: (on: boolean) => void;
}

/** Radios (default), a select, or tabs. */
export type SelectorKind = 'radio' | 'select' | 'tabs';

function refuse(el: HTMLElement, ...events: string[]): void {
  for (const name of events) el.addEventListener(name, (e) => e.preventDefault());
}

/**
 * Builds the chooser; `pick(i)` is called when a person chooses branch `i`.
 *
 * @example
 * branchSelector(ctx, 'select', labels, pick).field.el;
 */
export function branchSelector(
  ctx: RenderContext,
  kind: SelectorKind,
  labels: string[],
  pick: (i: number) => void,
  panelId: string,
): BranchSelector {
  if (kind === 'select') {
    const field = createField<HTMLSelectElement>(ctx, 'select');
    const select = field.control;
    select.append(
      new Option(ctx.t('form.select.placeholder'), ''),
      ...labels.map((l, i) => new Option(l, `${i}`)),
    );
    if (ctx.readonly) {
      select.ariaReadOnly = 'true';
      select.addEventListener('keydown', (e) => e.key !== 'Tab' && e.preventDefault());
      refuse(select, 'mousedown');
    }
    let current = -1;
    select.addEventListener('change', () =>
      select.value === '' ? show(current) : pick(Number(select.value)),
    );
    const show = (i: number) => {
      current = i;
      select.value = i < 0 ? '' : `${i}`;
    };
    return { field, show, focus: () => select.focus(), setEnabled: (on) => (select.disabled = !on) };
  }
  const field = createField<HTMLDivElement>(ctx, 'group');
  field.el.classList.add('combinator-choice');
  const tabs = kind === 'tabs';
  const buttons = labels.map((label, i) => {
    if (tabs) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn tab';
      b.setAttribute('part', 'button tab');
      b.setAttribute('role', 'tab');
      b.id = `${field.id}-${i}`;
      b.setAttribute('aria-controls', panelId);
      b.textContent = label;
      field.control.append(b);
      return b;
    }
    const wrap = document.createElement('div');
    wrap.className = 'option';
    const input = document.createElement('input');
    Object.assign(input, {
      type: 'radio',
      className: 'check',
      name: field.id,
      id: `${field.id}-${i}`,
      value: `${i}`,
    });
    input.setAttribute('part', 'control radio');
    const l = document.createElement('label');
    l.htmlFor = input.id;
    l.textContent = label;
    wrap.append(input, l);
    field.control.append(wrap);
    return input;
  });
  let current = -1;
  if (tabs) {
    field.control.className = 'tablist';
    field.control.setAttribute('role', 'tablist');
    field.control.setAttribute('part', 'tablist');
    field.control.addEventListener('click', (e) => {
      const i = buttons.indexOf((e.target as HTMLElement).closest('button')!);
      if (i >= 0 && !ctx.readonly) pick(i);
    });
    field.control.addEventListener('keydown', (e) => {
      const at = buttons.indexOf(e.target as HTMLButtonElement);
      const n = buttons.length;
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1 + n, Home: 0, End: n - 1 }[e.key];
      if (to === undefined || at < 0) return;
      e.preventDefault();
      roving(to % n);
      buttons[to % n].focus();
    });
  } else {
    field.el.setAttribute('role', 'radiogroup');
    if (ctx.required) field.el.ariaRequired = 'true';
    if (ctx.readonly) field.el.ariaReadOnly = 'true';
    for (const [i, input] of buttons.entries()) {
      if (ctx.readonly) refuse(input, 'click');
      input.addEventListener('change', () => pick(i));
    }
  }
  function roving(i: number) {
    buttons.forEach((b, j) => (b.tabIndex = j === i ? 0 : -1));
  }
  const show = (i: number) => {
    current = i;
    buttons.forEach((b, j) => {
      if (tabs) b.ariaSelected = String(j === i);
      else (b as HTMLInputElement).checked = j === i;
    });
    if (tabs) roving(Math.max(i, 0));
  };
  return {
    field,
    show,
    focus: () => buttons[Math.max(current, 0)]?.focus(),
    setEnabled: (on) => buttons.forEach((b) => ((b as HTMLInputElement).disabled = !on)),
  };
}
