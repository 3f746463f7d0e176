/**
 * The default UI schema for a JSON Schema, used when the host gives none (and for array items
 * without a `detail`): one Control per property, in schema order. Properties that only an
 * `if`/`then`/`else` branch declares get a rule, so they show exactly when their branch applies.
 *
 * @example
 * generateUiSchema({ type: 'object', properties: { name: { type: 'string' } } });
 * // { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }] }
 */
import type { Condition } from '@duikit/core';
import { resolveSchema } from './schema.js';
import type { ControlElement, JsonSchema, LayoutElement, UiSchema } from './types.js';

const escape = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * A VerticalLayout of Controls for an object schema (at `scope`, `#` for the root), or a single
 * Control for any other schema.
 *
 * @example
 * generateUiSchema(schema, schema, '#/properties/address');
 */
export function generateUiSchema(root: JsonSchema, schema: JsonSchema = root, scope = '#'): UiSchema {
  const s = resolveSchema(root, schema);
  if (!s.properties && !s.then && !s.else) {
    return { type: 'Control', scope } satisfies ControlElement;
  }
  const elements: UiSchema[] = [];
  const own = new Set(Object.keys(s.properties ?? {}));
  const prefix = scope === '#' ? '#' : scope;
  for (const name of own) elements.push({ type: 'Control', scope: `${prefix}/properties/${escape(name)}` });
  if (s.if && (s.then || s.else)) {
    const condition: Condition = { scope: prefix === '#' ? '#' : prefix, schema: s.if };
    const branch = (b: JsonSchema | undefined, effect: 'SHOW' | 'HIDE') => {
      for (const name of Object.keys(resolveSchema(root, b).properties ?? {})) {
        if (own.has(name)) continue;
        own.add(name);
        elements.push({
          type: 'Control',
          scope: `${prefix}/properties/${escape(name)}`,
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
