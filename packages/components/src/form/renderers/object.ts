/**
 * A Control over an object: a Group of its properties, laid out by its `options.detail` or by
 * the layout generated from its schema. Loaded on first use, with the generator: a form whose UI
 * schema names every control never downloads either. A form given no UI schema at all is a
 * Control over its root (`#`), rendered as the generated layout itself, with no box around it.
 *
 * @example
 * // { type: 'Control', scope: '#/properties/address' } → <fieldset><legend>Adresse</legend>…
 */
import type { RenderedNode, Renderer } from '../contracts.js';
import { labelOf } from '../field.js';
import type { UiSchema } from '@duikit/core/form/types';
import { generateUiSchema } from '@duikit/core/form/uischema';
import { container } from './layout.js';

/** Renders a Control over a nested object (or the whole form) as a Group of its properties. */
export const objectRenderer: Renderer = (ctx): RenderedNode => {
  const scope = ctx.uischema.type === 'Control' ? ctx.uischema.scope : '#';
  const detail = ctx.uischema.options?.detail;
  const layout =
    detail && typeof detail === 'object' && 'type' in detail
      ? (detail as UiSchema)
      : generateUiSchema(ctx.scopeSchema, ctx.schema, scope);
  // Nested controls keep the enclosing base: their scopes are written from the same root.
  const child = ctx.render(layout, { schema: ctx.scopeSchema, path: ctx.base, readonly: ctx.readonly });
  if (scope === '#' && ctx.base === '') return child;
  const el = container(ctx, labelOf(ctx), 'group-box');
  el.append(child.el);
  return { el, controls: child.controls };
};
