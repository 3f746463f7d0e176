/**
 * Schema helpers: local `$ref` / `$defs` resolution, `allOf` merging, nullable `anyOf`/`oneOf`
 * unwrapping and scope resolution. Pure functions over plain JSON; results are cached per
 * schema object, so a 2,000-field form resolves each node once. `$ref`s are followed one node at
 * a time, never expanded ahead, so recursive schemas (a tree, a person's children) resolve.
 *
 * @example
 * const sub = resolveScope(root, '#/properties/address/properties/city');
 */
import { parsePointer } from '../json/pointer.js';
import type { JsonSchema, UiSchema } from './types.js';

const resolved = new WeakMap<JsonSchema, JsonSchema>();
const propertiesCache = new WeakMap<JsonSchema, Record<string, JsonSchema>>();
const requiredCache = new WeakMap<JsonSchema, Set<string>>();
/** Resolved schema → the schema it was resolved from (its `allOf` parts and `if`s intact). */
const origins = new WeakMap<JsonSchema, JsonSchema>();
const branchesCache = new WeakMap<JsonSchema, JsonSchema[] | null>();
const conditionalCache = new WeakMap<object, boolean>();

/**
 * True when `name` is in the object schema's `required` list (a cached set per schema).
 *
 * @example
 * isRequired({ required: ['a'] }, 'a'); // true
 */
export function isRequired(schema: JsonSchema, name: string): boolean {
  let set = requiredCache.get(schema);
  if (!set) requiredCache.set(schema, (set = new Set(schema.required ?? [])));
  return set.has(name);
}

/**
 * Follows a local reference (`#/$defs/x`, `#/definitions/x`, any `#/…` pointer) in `root`.
 * Throws with the reference when it points nowhere: a broken definition is a programmer error.
 *
 * @example
 * deref(root, '#/$defs/address');
 */
export function deref(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#')) {
    throw new Error(`<dui-form> only resolves local references; "${ref}" is external: inline it in $defs.`);
  }
  let cur: unknown = root;
  for (const s of parsePointer(ref.slice(1))) {
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[s] : undefined;
  }
  if (!cur || typeof cur !== 'object') throw new Error(`<dui-form>: "$ref": "${ref}" points to nothing.`);
  return cur as JsonSchema;
}

function mergeInto(target: JsonSchema, part: JsonSchema): void {
  for (const [k, v] of Object.entries(part)) {
    if (k === 'properties')
      target.properties = { ...target.properties, ...(v as Record<string, JsonSchema>) };
    else if (k === 'required')
      target.required = [...new Set([...(target.required ?? []), ...(v as string[])])];
    else if (!(k in target)) target[k] = v;
  }
}

const isNullSchema = (s: JsonSchema) => s.type === 'null' || s.const === null;

/**
 * Returns the schema with `$ref` followed, `allOf` merged (properties and required united) and a
 * nullable `anyOf`/`oneOf` (`[{ type: 'string' }, { type: 'null' }]`) reduced to its non-null
 * branch; `type: ['string', 'null']` becomes `'string'`. The input is never mutated.
 *
 * @example
 * resolveSchema(root, { $ref: '#/$defs/person' }).properties;
 */
export function resolveSchema(root: JsonSchema, schema: JsonSchema | boolean | undefined): JsonSchema {
  if (schema === undefined || schema === true) return {};
  if (schema === false) return { not: {} };
  const hit = resolved.get(schema);
  if (hit) return hit;
  let out: JsonSchema = schema;
  const seen = new Set<string>();
  while (out.$ref) {
    if (seen.has(out.$ref)) throw new Error(`<dui-form>: "$ref" cycle through "${out.$ref}".`);
    seen.add(out.$ref);
    const { $ref, ...rest } = out;
    out = { ...deref(root, $ref), ...rest };
  }
  if (out.allOf) {
    const { allOf, ...rest } = out;
    const merged: JsonSchema = { ...rest };
    for (const part of allOf) mergeInto(merged, resolveSchema(root, part));
    out = merged;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = out[key];
    if (list && list.length === 2 && list.some(isNullSchema)) {
      const { [key]: _drop, ...rest } = out;
      out = {
        ...rest,
        ...resolveSchema(
          root,
          list.find((s) => !isNullSchema(s)),
        ),
      };
    }
  }
  if (Array.isArray(out.type)) {
    const types = out.type.filter((t) => t !== 'null');
    if (types.length === 1) out = { ...out, type: types[0] };
  }
  resolved.set(schema, out);
  if (out !== schema && !origins.has(out)) origins.set(out, schema);
  return out;
}

/**
 * The schema a resolved schema came from (before `$ref` and `allOf` merging), so readers that
 * need every `allOf` part (each may carry its own `if`) can walk it; the schema itself otherwise.
 *
 * @example
 * schemaOrigin(resolveSchema(root, { $ref: '#/$defs/person' })); // { $ref: '#/$defs/person' }
 */
export function schemaOrigin(schema: JsonSchema): JsonSchema {
  return origins.get(schema) ?? schema;
}

/**
 * A schema that scopes inside an array item or a `oneOf` branch resolve against: the resolved
 * node with the root's `$defs`, remembering where it came from.
 *
 * @example
 * const scopeSchema = nestedScopeSchema(root, resolveSchema(root, schema.items));
 */
export function nestedScopeSchema(root: JsonSchema, node: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...node };
  // Only defined keys: the condition evaluator walks this schema too.
  if (root.$defs) out.$defs = root.$defs;
  if (root.definitions) out.definitions = root.definitions;
  origins.set(out, schemaOrigin(node));
  return out;
}

/**
 * The resolved branches of an object schema's `oneOf` (or `anyOf`) when every branch is an
 * object (declares `properties` or `type: 'object'`): the case the branch selector renders.
 * `undefined` for enum-like `oneOf`s of `const`, nullable pairs and `required`-only branches.
 *
 * @example
 * objectBranches(root, { oneOf: [{ properties: { a: {} } }, { properties: { b: {} } }] })?.length; // 2
 */
export function objectBranches(root: JsonSchema, schema: JsonSchema): JsonSchema[] | undefined {
  const hit = branchesCache.get(schema);
  if (hit !== undefined) return hit ?? undefined;
  const list = schema.oneOf ?? schema.anyOf;
  let out: JsonSchema[] | null = null;
  if (Array.isArray(list) && list.length > 0) {
    const branches = list.map((b) => resolveSchema(root, b));
    if (branches.every((b) => b.type === 'object' || (b.properties && !b.type))) out = branches;
  }
  branchesCache.set(schema, out);
  return out ?? undefined;
}

/** Keywords a scope passes through that hold several subschemas, named by the next segment. */
const HELD = /^(?:anyOf|oneOf|allOf|prefixItems|patternProperties|dependentSchemas)$/;

/**
 * The subschema a JSON Forms scope designates, resolved, or `undefined` when nothing is there.
 * A scope walks `properties` (also those an `if`/`then`/`else` or a `oneOf` branch declares),
 * compositions by index (`anyOf/1`), `if`/`then`/`else`, `$defs`/`definitions`, `items` and
 * `additionalProperties`, following `$ref`s on the way.
 *
 * @example
 * findScope(root, '#/properties/payment/oneOf/1/properties/iban'); // { type: 'string', … }
 */
export function findScope(root: JsonSchema, scope: string): JsonSchema | undefined {
  let parts: string[];
  try {
    parts = parsePointer(scope.replace(/^#\/?$|^#/, ''));
  } catch {
    return undefined;
  }
  let cur: JsonSchema | undefined = resolveSchema(root, root);
  for (let i = 0; i < parts.length && cur; i++) {
    const key = parts[i];
    let next: unknown;
    if (key === 'properties' && i + 1 < parts.length) {
      const name = parts[++i];
      // UI schemas written before the branch selector may address a branch's property directly.
      next =
        objectProperties(root, cur)[name] ??
        objectBranches(root, cur)?.find((b) => b.properties?.[name])?.properties?.[name];
    } else {
      // Compositions, `then`/`else` read the schema as written (before `allOf` merging); `$defs` the root.
      const defs = key === '$defs' || key === 'definitions';
      next = (defs ? root : schemaOrigin(cur))[key] ?? cur[key];
      if ((defs || HELD.test(key)) && i + 1 < parts.length)
        next = (next as Record<string, unknown>)?.[parts[++i]];
    }
    cur =
      next === true || (next && typeof next === 'object')
        ? resolveSchema(root, next as JsonSchema)
        : undefined;
  }
  return cur;
}

/**
 * Like {@link findScope}, but throws, naming the scope, when nothing is there.
 *
 * @example
 * resolveScope(root, '#/properties/address/properties/city'); // { type: 'string', … }
 */
export function resolveScope(root: JsonSchema, scope: string): JsonSchema {
  const found = findScope(root, scope);
  if (!found) throw new Error(`<dui-form>: the scope "${scope}" designates nothing in the schema.`);
  return found;
}

/**
 * Every property an object schema can hold: its own plus those its `if`/`then`/`else` branches
 * and its non-object `oneOf`/`anyOf` branches add (first definition wins). Object branches are
 * not flattened: the branch selector renders the chosen one (see {@link objectBranches}).
 *
 * @example
 * Object.keys(objectProperties(root, resolveScope(root, '#')));
 */
export function objectProperties(root: JsonSchema, schema: JsonSchema): Record<string, JsonSchema> {
  // Cached: every Control of an object looks its property up here (2,000 lookups, one copy).
  const hit = propertiesCache.get(schema);
  if (hit) return hit;
  const out: Record<string, JsonSchema> = { ...schema.properties };
  propertiesCache.set(schema, out);
  const combinators = objectBranches(root, schema) ? [] : [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  const branches = [schema.then, schema.else, ...combinators];
  for (const b of branches) {
    if (!b) continue;
    for (const [k, v] of Object.entries(resolveSchema(root, b).properties ?? {})) {
      if (!(k in out) || Object.keys(out[k]).length === 0) out[k] = v;
    }
  }
  return out;
}

/** The property name a scope ends with (`#/properties/birthDate` → `birthDate`), or `''`. */
export function scopeName(scope: string): string {
  const m = /\/properties\/([^/]+)$/.exec(scope);
  return m ? parsePointer('/' + m[1])[0] : '';
}

/**
 * The scope of the object that holds the property a scope designates (compositions and
 * `then`/`else` between them belong to the object: `#/properties/a/then/properties/b` → `#/properties/a`).
 */
export function parentScope(scope: string): string {
  return (
    scope
      .replace(/\/properties\/[^/]+$/, '')
      .replace(/(?:\/(?:anyOf|oneOf|allOf)\/\d+|\/then|\/else)+$/, '') || '#'
  );
}

/**
 * True when the object holding the property a scope designates lists it in `required` (a
 * `then`/`else` that may require it is the state's to judge: see `controlRequirement`).
 *
 * @example
 * requiredByScope({ required: ['name'], properties: { name: {} } }, '#/properties/name'); // true
 */
export function requiredByScope(root: JsonSchema, scope: string): boolean {
  const name = scopeName(scope);
  const parent = name ? findScope(root, parentScope(scope)) : undefined;
  return !!parent && isRequired(parent, name);
}

/**
 * Whether a control is read-only: inside a read-only form or element, `readOnly` in its schema,
 * or `options.readonly` (JSON Forms).
 *
 * @example
 * readOnlyControl(false, { readOnly: true }, { type: 'Control', scope: '#/properties/id' }); // true
 */
export function readOnlyControl(inherited: boolean, schema: JsonSchema, ui: UiSchema): boolean {
  return inherited || !!schema.readOnly || ui.options?.readonly === true;
}

/**
 * True when a schema holds an `if` with a `then` or an `else` anywhere (cached): only then can a
 * field be required by the data of the moment.
 *
 * @example
 * hasConditionalRequired({ if: {}, then: { required: ['a'] } }); // true
 */
export function hasConditionalRequired(node: unknown, depth = 0): boolean {
  if (!node || typeof node !== 'object' || depth > 64) return false;
  const known = conditionalCache.get(node);
  if (known !== undefined) return known;
  const o = node as Record<string, unknown>;
  const found =
    ('if' in o && ('then' in o || 'else' in o)) ||
    Object.values(o).some((v) => hasConditionalRequired(v, depth + 1));
  conditionalCache.set(node, found);
  return found;
}

/** The first type of a schema (`integer`, `string`…), inferring `object`/`array`/enum cases. */
export function schemaType(s: JsonSchema): string | undefined {
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null');
  if (s.properties) return 'object';
  if (s.items) return 'array';
  if (s.enum?.length) return typeof s.enum[0];
  if (s.oneOf?.every((o) => 'const' in o)) return typeof s.oneOf[0].const;
  return undefined;
}

/**
 * True for an array whose items are enum values (`enum`, or `oneOf`/`anyOf` of `const`s, through
 * a `$ref`): a multi-select, rendered as a group of checkboxes.
 *
 * @example
 * isEnumArray(root, { type: 'array', items: { enum: ['a', 'b'] } }); // true
 */
export function isEnumArray(root: JsonSchema, s: JsonSchema): boolean {
  const items =
    s.items && !Array.isArray(s.items) && schemaType(s) === 'array' && resolveSchema(root, s.items);
  const consts = (l?: JsonSchema[]) => !!l?.length && l.every((o) => 'const' in o);
  return !!items && (Array.isArray(items.enum) || consts(items.oneOf) || consts(items.anyOf));
}
