/**
 * Conditional `required` from `if`/`then`/`else`, apart from any DOM: the clauses of an object
 * schema (its own `if`s and those of its `allOf` parts, at any depth), what each `if` reads, and
 * whether a property is required for the data of the moment. The element's live required marks
 * and the headless model both use these, so a star on screen and the server's verdict agree.
 *
 * @example
 * const clauses = clausesFor(root, parentSchema, 'guardianName');
 * isRequiredNow(clauses, 'guardianName', (c) => evaluateCondition(c.condition, object));
 */
import type { Condition } from '../conditions/types.js';
import { scopeToPointer, toPointer } from '../json/pointer.js';
import {
  deref,
  findScope,
  isRequired,
  parentScope,
  schemaOrigin,
  scopeName,
  resolveSchema,
} from './schema.js';
import type { JsonSchema } from './types.js';

/** One `if` with the names its `then` and `else` make required. */
export interface Clause {
  id: number;
  condition: Condition;
  then: Set<string>;
  else: Set<string>;
  /** Property names the `if` reads, or `undefined` when it reads the whole object. */
  reads?: string[];
}

let clauseIds = 0;
const clauseCache = new WeakMap<JsonSchema, Clause[]>();
// Keywords of an `if` whose inputs are the listed property names; any other reads the object.
const NAMED = new Set(['properties', 'required', 'allOf', 'anyOf', 'oneOf', 'not', 'type', 'title']);

/** The property names an `if` reads; `undefined` when it may read anything in the object. */
function readsOf(s: unknown): string[] | undefined {
  if (typeof s === 'boolean') return [];
  if (!s || typeof s !== 'object') return undefined;
  const o = s as JsonSchema;
  if (Object.keys(o).some((k) => !NAMED.has(k))) return undefined;
  const names = [...Object.keys(o.properties ?? {}), ...(o.required ?? [])];
  for (const part of [...(o.allOf ?? []), ...(o.anyOf ?? []), ...(o.oneOf ?? []), o.not]) {
    if (part === undefined) continue;
    const more = readsOf(part);
    if (!more) return undefined;
    names.push(...more);
  }
  return [...new Set(names)];
}

function clause(root: JsonSchema, node: JsonSchema): Clause {
  const names = (b: JsonSchema | undefined) => new Set(b ? (resolveSchema(root, b).required ?? []) : []);
  const ifSchema = node.if as JsonSchema;
  // The `if` is evaluated on its own: it takes the root's `$defs` along for its `$ref`s.
  const schema =
    root.$defs || root.definitions
      ? { ...ifSchema, $defs: root.$defs, definitions: root.definitions }
      : ifSchema;
  return {
    id: clauseIds++,
    // An object not filled in yet fails the `if`, as when its `required` part is unmet.
    condition: { scope: '#', schema, failWhenUndefined: true },
    then: names(node.then),
    else: names(node.else),
    reads: readsOf(ifSchema),
  };
}

function collect(root: JsonSchema, node: JsonSchema | undefined, out: Clause[], depth: number): void {
  if (!node || typeof node !== 'object' || depth > 32) return;
  if (node.$ref) collect(root, deref(root, node.$ref), out, depth + 1);
  if (node.if !== undefined && (node.then || node.else)) out.push(clause(root, node));
  for (const part of node.allOf ?? []) collect(root, part, out, depth + 1);
}

/**
 * Every `if`/`then`/`else` of an object schema, its `allOf` parts included (cached).
 *
 * @example
 * clausesOf(root, resolveScope(root, '#')).length;
 */
export function clausesOf(root: JsonSchema, object: JsonSchema): Clause[] {
  let list = clauseCache.get(object);
  if (!list) {
    collect(root, schemaOrigin(object), (list = []), 0);
    clauseCache.set(object, list);
  }
  return list;
}

/**
 * The clauses of an object schema that can require the property `name`.
 *
 * @example
 * clausesFor(root, parent, 'guardianName');
 */
export function clausesFor(root: JsonSchema, object: JsonSchema, name: string): Clause[] {
  return clausesOf(root, object).filter((c) => c.then.has(name) || c.else.has(name));
}

/**
 * Whether the clauses require `name` now; `undefined` while a verdict is unknown (the evaluator
 * is loading in a page).
 *
 * @example
 * isRequiredNow(clauses, 'guardianName', (c) => evaluateCondition(c.condition, object));
 */
export function isRequiredNow(
  clauses: readonly Clause[],
  name: string,
  holds: (c: Clause) => boolean | undefined,
): boolean | undefined {
  let on = false;
  for (const c of clauses) {
    const verdict = holds(c);
    if (verdict === undefined) return undefined;
    if ((verdict ? c.then : c.else).has(name)) on = true;
  }
  return on;
}

/** What decides whether a control is required, for the form model's state (state.ts). */
export interface Requirement {
  /** The property's name in its object. */
  name: string;
  /** Pointer of the object that holds it. */
  object: string;
  /** Its object's `required` lists it: required whatever the data. */
  always: boolean;
  /** The `if`s whose `then` or `else` may require it. */
  clauses: Clause[];
  /** What the clauses read (absolute pointers). */
  deps: string[];
}

/**
 * The requirement of the control at `scope` (relative to `base`), or `undefined` when nothing
 * can require it.
 *
 * @example
 * controlRequirement(root, '#/properties/guardianName', '')?.clauses.length; // 1
 */
export function controlRequirement(root: JsonSchema, scope: string, base: string): Requirement | undefined {
  const name = scopeName(scope);
  const parent = name ? findScope(root, parentScope(scope)) : undefined;
  if (!parent) return undefined;
  const object = base + scopeToPointer(parentScope(scope));
  const always = isRequired(parent, name);
  const clauses = always ? [] : clausesFor(root, parent, name);
  if (!always && !clauses.length) return undefined;
  // An `if` that may read anything in its object depends on all of it.
  const deps = clauses.some((c) => !c.reads)
    ? [object]
    : [...new Set(clauses.flatMap((c) => c.reads!.map((r) => object + toPointer([r]))))];
  return { name, object, always, clauses, deps };
}
