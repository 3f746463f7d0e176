/**
 * A Control over an object: a Group of its properties, laid out by its `options.detail` or by
 * the layout generated from its schema; a map (`additionalProperties` as a schema) as named
 * entries to add, rename and remove; an object met again through its own `$ref` (a person's
 * `spouse` of type person) opens only when it holds data or the person asks. Loaded on first
 * use, with the generator. A form given no UI schema is a Control over its root (`#`), rendered
 * as the generated layout itself, with no box around it.
 *
 * @example
 * // { type: 'Control', scope: '#/properties/address' } → <fieldset><legend>Adresse</legend>…
 */
import { mapValues, refOf } from '@duikit/core/form/structure';
import type { UiSchema } from '@duikit/core/form/types';
import { generateUiSchema } from '@duikit/core/form/uischema';
import type { RenderContext, RenderedNode, Renderer } from '../contracts.js';
import { useExtras } from '../extras.js';
import { formButton, labelOf } from '../field.js';
import { container } from './layout.js';
import { mapRenderer } from './map.js';

/** Renders a Control over a nested object (or the whole form) as a Group of its properties. */
export const objectRenderer: Renderer = (ctx): RenderedNode => {
  const scope = ctx.uischema.type === 'Control' ? ctx.uischema.scope : '#';
  const detail = ctx.uischema.options?.detail;
  const given = detail && typeof detail === 'object' && 'type' in detail ? (detail as UiSchema) : undefined;
  const generated = generateUiSchema(ctx.scopeSchema, ctx.schema, scope);
  const values = mapValues(ctx.scopeSchema, ctx.schema);
  // An object with no property of its own: a map of named entries, or nothing to fill in.
  if (!given && generated.type === 'Control') {
    if (values) return mapRenderer(ctx, values);
    return { el: container(ctx, labelOf(ctx), 'group-box'), controls: [] };
  }
  const ref = refOf(ctx.schema);
  if (ref && ctx.refs?.includes(ref) && ctx.engine.get(ctx.path) === undefined) return closed(ctx);
  const refs = ref ? [...(ctx.refs ?? []), ref] : ctx.refs;
  // Nested controls keep the enclosing base: their scopes are written from the same root.
  const child = ctx.render(given ?? generated, {
    schema: ctx.scopeSchema,
    path: ctx.base,
    readonly: ctx.readonly,
    refs,
  });
  if (scope === '#' && ctx.base === '') return child;
  const el = container(ctx, labelOf(ctx), 'group-box');
  el.append(child.el);
  return { el, controls: child.controls };
};

/** A recursive object with no data yet: a button opens it (an empty object, then its fields). */
function closed(ctx: RenderContext): RenderedNode {
  useExtras(ctx.engine);
  const el = container(ctx, labelOf(ctx), 'group-box');
  const open = formButton(ctx.t('form.object.add', { label: labelOf(ctx) }), 'add', { small: true });
  open.disabled = ctx.readonly;
  open.addEventListener('click', () => {
    ctx.engine.input(ctx.path, {});
    const node = objectRenderer({ ...ctx, refs: [] });
    el.replaceWith(node.el);
    node.el.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });
  el.append(open);
  return { el, controls: [] };
}
