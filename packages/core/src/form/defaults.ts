/**
 * The data a form starts from when the host gives none: an empty object for an object schema,
 * filled with the `default`s the schema declares (nested objects too, and `$ref`s, without
 * looping through recursive ones). A host's data is never rewritten.
 *
 * @example
 * schemaDefaults({ type: 'object', properties: { country: { type: 'string', default: 'FR' } } });
 * // { country: 'FR' }
 */
import { resolveSchema, schemaType } from './schema.js';
import type { JsonSchema } from './types.js';

function defaultsOf(root: JsonSchema, raw: JsonSchema, depth: number): unknown {
  const s = resolveSchema(root, raw);
  if (s.default !== undefined) return structuredClone(s.default);
  if (depth > 8 || schemaType(s) !== 'object' || !s.properties) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(s.properties)) {
    const v = defaultsOf(root, sub, depth + 1);
    if (v !== undefined && !(depth > 0 && isEmptyObject(v))) out[name] = v;
  }
  return depth > 0 && Object.keys(out).length === 0 ? undefined : out;
}

const isEmptyObject = (v: unknown) =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;

/**
 * The starting data of a form over `root`: its `default`, else an object of the properties'
 * defaults (`{}` when none) for an object schema, else `undefined`.
 *
 * @example
 * schemaDefaults({ type: 'object', properties: { n: { type: 'integer' } } }); // {}
 */
export function schemaDefaults(root: JsonSchema): unknown {
  const s = resolveSchema(root, root);
  if (s.default !== undefined) return structuredClone(s.default);
  if (schemaType(s) !== 'object' && !s.properties && !s.oneOf && !s.anyOf && !s.allOf) return undefined;
  return defaultsOf(root, root, 0) ?? {};
}
