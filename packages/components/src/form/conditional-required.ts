/**
 * Live required marks from `if`/`then`/`else`: a field that a `then` (or `else`) makes required
 * shows the star and `aria-required="true"` exactly while its branch applies. At bind time each
 * control looks up the clauses of its parent object (its own `if`s and those of its `allOf`
 * parts, at any depth, relative to the array item it sits in); on a change only the clauses whose
 * `if` reads the changed path are evaluated again, with core's CSP-safe condition evaluator.
 * Forms whose schema holds no `if` pay one scan of the schema and nothing per keystroke, and
 * never load this module (see required-watch.ts).
 *
 * @example
 * bindRequired(ctx, labelEl, () => control); // through watchRequired, in createField
 */
import type { Condition } from '@duikit/core';
import { scopeToPointer, toPointer } from '@duikit/core/base';
import type { RenderContext } from './contracts.js';
import type { FormEngine } from './engine.js';
import { deref, parentScope, resolveSchema, resolveScope, schemaOrigin, scopeName } from './schema.js';
import type { JsonSchema } from './types.js';

/** One `if` with the names its `then` and `else` make required. */
interface Clause {
  id: number;
  condition: Condition;
  then: Set<string>;
  else: Set<string>;
  /** Property names the `if` reads, or `undefined` when it reads the whole object. */
  reads?: string[];
}

interface Mark {
  name: string;
  /** Pointer of the object the clauses apply to. */
  base: string;
  clauses: Clause[];
  deps: string[];
  label: Element;
  aria: () => HTMLElement | null;
  star?: HTMLElement;
  on: boolean;
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

/** Every `if`/`then`/`else` of an object schema, its `allOf` parts included (cached). */
function clausesOf(root: JsonSchema, object: JsonSchema): Clause[] {
  let list = clauseCache.get(object);
  if (!list) {
    collect(root, schemaOrigin(object), (list = []), 0);
    clauseCache.set(object, list);
  }
  return list;
}

const related = (a: string, b: string) => (a + '/').startsWith(b + '/') || (b + '/').startsWith(a + '/');

/** The conditional marks of one form (created on the first control that needs one). */
export class ConditionalRequired {
  private marks = new Set<Mark>();
  private waiting = false;

  constructor(private engine: FormEngine) {}

  /** Adds a mark and shows its current state; returns its disposer. */
  add(mark: Mark): () => void {
    this.marks.add(mark);
    this.apply(mark, new Map());
    return () => this.marks.delete(mark);
  }

  /** A value changed: re-evaluates the clauses whose `if` reads it. */
  changed(path: string): void {
    const memo = new Map<string, boolean>();
    for (const m of this.marks) if (m.deps.some((d) => related(d, path))) this.apply(m, memo);
  }

  /** Re-evaluates every mark (the host set data, the evaluator arrived). */
  applyAll(): void {
    const memo = new Map<string, boolean>();
    for (const m of this.marks) this.apply(m, memo);
  }

  private apply(m: Mark, memo: Map<string, boolean>): void {
    let on = false;
    for (const c of m.clauses) {
      const key = `${c.id}\u0000${m.base}`;
      const holds = memo.get(key) ?? this.engine.holds(c.condition, m.base);
      if (holds === undefined) {
        // The evaluator is loading (the first `holds` started it): apply every mark once it is in.
        if (!this.waiting) void this.engine.conditionsReady.then(() => this.applyAll());
        this.waiting = true;
        return;
      }
      memo.set(key, holds);
      if ((holds ? c.then : c.else).has(m.name)) on = true;
    }
    if (m.on === on) return;
    m.on = on;
    if (on) {
      m.star ??= Object.assign(document.createElement('span'), { className: 'req', textContent: ' *' });
      m.star.ariaHidden = 'true';
      m.label.append(m.star);
    } else m.star?.remove();
    const target = m.aria();
    if (target && on) target.ariaRequired = 'true';
    else target?.removeAttribute('aria-required');
  }
}

/**
 * Binds the live required mark of a Control that its schema does not always require: does
 * nothing unless an `if`/`then`/`else` of its parent object can require it. Reached through
 * `watchRequired` (required-watch.ts), which loads this module only for schemas with an `if`.
 *
 * @example
 * bindRequired(ctx, labelEl, () => (isRadioGroup ? fieldset : input));
 */
export function bindRequired(ctx: RenderContext, label: Element, aria: () => HTMLElement | null): void {
  if (ctx.uischema.type !== 'Control') return;
  const scope = ctx.uischema.scope;
  const name = scopeName(scope);
  if (!name) return;
  const parent = parentScope(scope);
  const clauses = clausesOf(ctx.scopeSchema, resolveScope(ctx.scopeSchema, parent)).filter(
    (c) => c.then.has(name) || c.else.has(name),
  );
  if (!clauses.length) return;
  const base = ctx.base + scopeToPointer(parent);
  const deps = clauses.some((c) => !c.reads)
    ? [base]
    : [...new Set(clauses.flatMap((c) => c.reads!.map((r) => base + toPointer([r]))))];
  const engine = ctx.engine;
  const set = (engine.conditional ??= new ConditionalRequired(engine)) as ConditionalRequired;
  ctx.onDispose(set.add({ name, base, clauses, deps, label, aria, on: false }));
}
