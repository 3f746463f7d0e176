/**
 * Helpers of the parts of a form that load on first use (arrays, maps, recursive objects) and of
 * the headless model: kept apart from schema.ts so a page's first chunk does not carry them.
 *
 * @example
 * itemDefault(root, { type: 'integer' }, false); // 0
 */
import { resolveSchema, schemaOrigin, schemaType } from './schema.js';
import type { JsonSchema } from './types.js';

/**
 * The `$ref` a schema node was reached through (`#/$defs/person`), if any: an object met again
 * through the same reference below itself is recursive, and opens only when it holds data.
 *
 * @example
 * refOf(resolveSchema(root, { $ref: '#/$defs/node' })); // '#/$defs/node'
 */
export function refOf(schema: JsonSchema): string | undefined {
  const origin = schemaOrigin(schema);
  return typeof origin.$ref === 'string' ? origin.$ref : undefined;
}

/**
 * The value schema of a map (an object whose `additionalProperties` is a schema), or
 * `undefined` for objects without one.
 *
 * @example
 * mapValues(root, { type: 'object', additionalProperties: { type: 'string' } }); // { type: 'string' }
 */
export function mapValues(root: JsonSchema, schema: JsonSchema): JsonSchema | undefined {
  const extra = schema.additionalProperties ?? schema.patternProperties;
  if (!extra || typeof extra !== 'object') return undefined;
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    return resolveSchema(root, schema.additionalProperties as JsonSchema);
  const first = Object.values(schema.patternProperties as Record<string, JsonSchema>)[0];
  return first ? resolveSchema(root, first) : undefined;
}

/**
 * A new array item: the item schema's `default`, else (for objects) its properties' defaults,
 * else what JSON Forms starts an item with: `''`, `0`, `false`, `[]`, or `null`.
 *
 * @example
 * itemDefault(root, { type: 'string', default: 'x' }, false); // 'x'
 */
export function itemDefault(root: JsonSchema, item: JsonSchema, isObject: boolean): unknown {
  const s = resolveSchema(root, item);
  if (s.default !== undefined) return structuredClone(s.default);
  if (isObject) return objectDefaults(root, s);
  const type = schemaType(s);
  if (type === 'string') return '';
  if (type === 'number' || type === 'integer') return 0;
  if (type === 'boolean') return false;
  return type === 'array' ? [] : null;
}

/** An object's properties' defaults, one level down (nested objects with defaults included). */
function objectDefaults(root: JsonSchema, s: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(s.properties ?? {})) {
    const p = resolveSchema(root, raw);
    if (p.default !== undefined) out[name] = structuredClone(p.default);
    else if (schemaType(p) === 'object' && p.properties) {
      const nested = objectDefaults(root, p);
      if (Object.keys(nested).length) out[name] = nested;
    }
  }
  return out;
}
