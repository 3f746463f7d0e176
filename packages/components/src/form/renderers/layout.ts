/**
 * Layouts: VerticalLayout, HorizontalLayout, Group (a fieldset with its legend) and Label. A
 * layout whose rule can disable it is a `<fieldset>`, so disabling it disables every control
 * inside natively. (A Control over a nested object is `object.ts`, loaded on first use.)
 *
 * @example
 * // { type: 'Group', label: 'Adresse', elements: [...] } → <fieldset><legend>Adresse</legend>…
 */
import type { ControlBinding, RenderContext, Renderer } from '../contracts.js';
import { controlLabel } from '@duikit/core/form/labels';
import type { LayoutElement, UiSchema } from '@duikit/core/form/types';

/**
 * The element of a layout: a `<fieldset>` when it has a legend or a rule that can disable it.
 *
 * @example
 * const el = container(ctx, 'Adresse', 'group-box');
 */
export function container(ctx: RenderContext, legend: string | undefined, kind: string): HTMLElement {
  const effect = ctx.uischema.rule?.effect;
  const needsFieldset = legend !== undefined || effect === 'ENABLE' || effect === 'DISABLE';
  const el = document.createElement(needsFieldset ? 'fieldset' : 'div');
  el.className = kind;
  el.setAttribute('part', kind);
  if (legend !== undefined) {
    const l = document.createElement('legend');
    l.className = 'group-label';
    l.setAttribute('part', 'group-label');
    l.textContent = legend;
    el.append(l);
  }
  return el;
}

/** Renders children into `el` and collects their controls. */
export function renderChildren(ctx: RenderContext, el: HTMLElement, elements: UiSchema[]): ControlBinding[] {
  const controls: ControlBinding[] = [];
  const frag = document.createDocumentFragment();
  for (const child of elements) {
    const node = ctx.render(child);
    frag.append(node.el);
    for (const c of node.controls) controls.push(c);
  }
  el.append(frag);
  return controls;
}

/** Renders a VerticalLayout, HorizontalLayout, Group or Category. */
export const layoutRenderer: Renderer = (ctx) => {
  const ui = ctx.uischema as LayoutElement;
  // A Category met outside a Categorization (nested in a layout) is a Group with its title.
  const isGroup = ui.type === 'Group' || ui.type === 'Category';
  const kind = ui.type === 'HorizontalLayout' ? 'horizontal' : isGroup ? 'group-box' : 'vertical';
  const legend = isGroup
    ? controlLabel(ui, {}, { locale: ctx.locale, lookup: ctx.engine.options.lookup })
    : undefined;
  const el = container(ctx, legend, kind);
  return { el, controls: renderChildren(ctx, el, ui.elements ?? []) };
};

/** Renders a Label element as a paragraph. */
export const labelRenderer: Renderer = (ctx) => {
  const el = document.createElement('p');
  el.className = 'text';
  el.setAttribute('part', 'text');
  el.textContent = (ctx.uischema as { text?: string }).text ?? '';
  return { el, controls: [] };
};
