/**
 * The default UI schema for a JSON Schema, used when the host gives none (and for array items
 * without a `detail`): one Control per property, in schema order. Properties that only an
 * `if`/`then`/`else` branch declares get a rule, so they show exactly when their branch applies.
 * An object with a `oneOf`/`anyOf` of objects is one Control: the branch selector renders it.
 *
 * @example
 * generateUiSchema({ type: 'object', properties: { name: { type: 'string' } } });
 * // { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }] }
 */
import type { Condition } from '../conditions/types.js';
import { toPointer } from '../json/pointer.js';
import { objectBranches, resolveSchema } from './schema.js';
import type { ControlElement, JsonSchema, LayoutElement, UiSchema } from './types.js';

/**
 * A VerticalLayout of Controls for an object schema (at `scope`, `#` for the root), or a single
 * Control for any other schema. `ownOnly` lists an object's own properties even when it has
 * object branches (the branch selector renders those itself).
 *
 * @example
 * generateUiSchema(schema, schema, '#/properties/address');
 */
export function generateUiSchema(
  root: JsonSchema,
  schema: JsonSchema = root,
  scope = '#',
  ownOnly = false,
): UiSchema {
  const s = resolveSchema(root, schema);
  if ((!s.properties && !s.then && !s.else) || (!ownOnly && objectBranches(root, s))) {
    return { type: 'Control', scope } satisfies ControlElement;
  }
  const elements: UiSchema[] = [];
  const own = new Set(Object.keys(s.properties ?? {}));
  const prefix = scope === '#' ? '#' : scope;
  for (const name of own) elements.push({ type: 'Control', scope: prefix + toPointer(['properties', name]) });
  if (s.if && (s.then || s.else)) {
    const condition: Condition = { scope: prefix === '#' ? '#' : prefix, schema: s.if };
    const branch = (b: JsonSchema | undefined, effect: 'SHOW' | 'HIDE') => {
      for (const name of Object.keys(resolveSchema(root, b).properties ?? {})) {
        if (own.has(name)) continue;
        own.add(name);
        elements.push({
          type: 'Control',
          scope: prefix + toPointer(['properties', name]),
          rule: { effect, condition },
        });
      }
    };
    if (s.then) branch(s.then, 'SHOW');
    if (s.else) branch(s.else, 'HIDE');
  }
  return { type: 'VerticalLayout', elements } satisfies LayoutElement;
}

/**
 * The UI schema a `detail` option asks for on an array of objects: the given one, or a
 * generated one scoped to the item (`#`).
 *
 * @example
 * itemUiSchema(root, itemSchema, control.options?.detail);
 */
export function itemUiSchema(root: JsonSchema, item: JsonSchema, detail: unknown): UiSchema {
  if (detail && typeof detail === 'object') return detail as UiSchema;
  return generateUiSchema(root, item, '#');
}

/**
 * The UI schema of one branch of a `oneOf`/`anyOf` of objects, scoped to the branch (`#`): the
 * `options.detail` given for it (an array by branch index, or a record by index or title), else
 * a generated layout without the `const` discriminators (written on switch) and without the
 * properties the object declares outside its branches (`skip`).
 *
 * @example
 * branchUiSchema(scopeSchema, branch, 1, control.options?.detail, new Set(['id']));
 */
export function branchUiSchema(
  root: JsonSchema,
  branch: JsonSchema,
  index: number,
  detail: unknown,
  skip: ReadonlySet<string>,
): UiSchema {
  const given = Array.isArray(detail)
    ? (detail[index] as unknown)
    : detail && typeof detail === 'object' && !('type' in detail)
      ? ((detail as Record<string, unknown>)[String(index)] ??
        (branch.title ? (detail as Record<string, unknown>)[branch.title] : undefined))
      : undefined;
  if (given && typeof given === 'object') return given as UiSchema;
  const elements: UiSchema[] = [];
  for (const [name, raw] of Object.entries(branch.properties ?? {})) {
    if (skip.has(name) || 'const' in resolveSchema(root, raw)) continue;
    elements.push({ type: 'Control', scope: '#' + toPointer(['properties', name]) });
  }
  return { type: 'VerticalLayout', elements } satisfies LayoutElement;
}
