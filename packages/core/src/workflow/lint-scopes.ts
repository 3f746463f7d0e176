/**
 * Does a scope designate something? A guard, a deadline's cancel condition or an action reads
 * `{ context, event, params, userFile, now }`; a scope that designates nothing is evaluated as
 * `undefined`, so the guard is silently always false. Each root is checked against what declares
 * it: the instance data (the initial `context` and every path an action writes), the event's
 * payload schema (or its task's form), the declared parameters, the user file's JSON Schema.
 */
import { schemaDefs, schemas } from '../generated/schemas.js';
import { problem, suggesting } from './problem.js';
import type { WorkflowDefinition, WorkflowProblem } from './types.js';
import { listStates, asList } from './walk.js';

type Schema = Record<string, unknown> | boolean;

/** What the scopes of one definition may designate. */
export interface ScopeEnv {
  def: WorkflowDefinition;
  /** Declared parameter names. */
  params: Set<string>;
  /** Paths (segments) of the instance data: initial context and action writes. */
  dataPaths: string[][];
  /** A form's JSON Schema by `id@version` (task forms are the payload of `submitsTask` events). */
  formSchema?: (ref: string) => unknown;
}

/** Where a scope is read: the event that arrives (when one is known) and the task form there. */
export interface ScopeSite {
  event?: string;
  form?: string;
}

const byId = new Map<string, Schema>();
function schemaById(id: string): Schema | undefined {
  if (byId.size === 0)
    for (const s of [...Object.values(schemas), ...Object.values(schemaDefs)])
      byId.set(String((s as { $id?: unknown }).$id), s);
  return byId.get(id);
}

/** Follows a `$ref` relative to the schema document's `$id` (local or across the schemas folder). */
function follow(
  ref: string,
  base: string,
  root: Schema,
): { schema: Schema; base: string; root: Schema } | undefined {
  const url = new URL(ref, base);
  const hash = decodeURIComponent(url.hash.slice(1));
  url.hash = '';
  const docId = url.href;
  const doc = docId === base ? root : schemaById(docId);
  if (doc === undefined) return undefined;
  let cur: unknown = doc;
  for (const seg of hash.split('/').filter(Boolean))
    cur = (cur as Record<string, unknown> | undefined)?.[seg];
  return cur === undefined ? undefined : { schema: cur as Schema, base: docId, root: doc };
}

/**
 * The first of `names` a schema does not declare, or undefined when it declares them all (an
 * open object, `additionalProperties` or `patternProperties` declare any name).
 */
export function missingName(
  schema: Schema,
  names: readonly string[],
  base = 'https://duikit.dev/schemas/local.json',
  root: Schema = schema,
): string | undefined {
  if (names.length === 0 || typeof schema === 'boolean') return undefined;
  const [name, ...rest] = names;
  const candidates: { schema: Schema; base: string; root: Schema }[] = [];
  const visit = (s: Schema, b: string, r: Schema, depth: number): boolean => {
    if (typeof s === 'boolean' || depth > 20) return true;
    if (typeof s.$ref === 'string') {
      const next = follow(s.$ref, b, r);
      if (!next || visit(next.schema, next.base, next.root, depth + 1)) return true;
    }
    const props = s.properties as Record<string, Schema> | undefined;
    if (props && name in props) candidates.push({ schema: props[name], base: b, root: r });
    if (s.items && /^\d+$/.test(name)) candidates.push({ schema: s.items as Schema, base: b, root: r });
    if (s.patternProperties || (s.additionalProperties !== undefined && s.additionalProperties !== false))
      return true;
    let open = !props && !s.items && !s.$ref && !s.allOf && !s.anyOf && !s.oneOf && !s.enum && !s.const;
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
      for (const sub of (s[key] as Schema[] | undefined) ?? []) if (visit(sub, b, r, depth + 1)) open = true;
    return open && !(s.type && s.type !== 'object' && s.type !== 'array');
  };
  if (visit(schema, base, root, 0) && candidates.length === 0) return undefined;
  if (candidates.length === 0) return name;
  const deeper = candidates.map((c) => missingName(c.schema, rest, c.base, c.root));
  return deeper.includes(undefined) ? undefined : deeper[0];
}

/** Every path the instance data may hold: the initial context's and the actions' writes. */
export function dataPaths(def: WorkflowDefinition): string[][] {
  const out: string[][] = [['documents']];
  const walk = (v: unknown, at: string[]) => {
    if (at.length) out.push(at);
    if (v && typeof v === 'object' && !Array.isArray(v))
      for (const [k, child] of Object.entries(v)) walk(child, [...at, k]);
  };
  walk(def.context ?? {}, []);
  for (const e of listStates(def)) {
    const s = e.state;
    const transitions = [
      ...Object.values(s.on ?? {}).flatMap((t) => asList(t)),
      ...asList(s.onDone),
      ...asList(s.always),
    ];
    const actions = [...(s.entry ?? []), ...(s.exit ?? []), ...transitions.flatMap((t) => t.actions ?? [])];
    for (const a of actions) {
      const path = typeof a === 'object' ? a.params?.path : undefined;
      if (typeof path === 'string' && path.startsWith('/')) out.push(path.slice(1).split('/'));
    }
  }
  return out;
}

const startsWith = (a: readonly string[], b: readonly string[]) => b.every((s, i) => a[i] === s);

/**
 * Problems of one scope (as segments from the guard root), located at `at`.
 *
 * @example
 * scopeProblems(env, ['params', 'noSuchParam'], '/states/a/on/GO/guard/scope', '#/properties/params/properties/noSuchParam', {});
 */
export function scopeProblems(
  env: ScopeEnv,
  segments: readonly string[],
  at: string,
  scope: string,
  site: ScopeSite,
): WorkflowProblem[] {
  const [root, ...rest] = segments;
  const fail = (key: string, params: Record<string, string> = {}) => [
    problem(at, 'unknown-scope', `workflow.lint.scope.${key}`, { scope, ...params }),
  ];
  if (root === 'params') {
    if (rest.length === 0) return [];
    if (!env.params.has(rest[0]))
      return [suggesting(fail('param', { param: rest[0] })[0], rest[0], env.params)];
    return rest.length > 1 ? fail('scalar') : [];
  }
  if (root === 'now') return rest.length ? fail('scalar') : [];
  if (root === 'context') {
    if (rest.length === 0 || env.dataPaths.some((p) => startsWith(rest, p) || startsWith(p, rest))) return [];
    return fail('context', { path: `/${rest.join('/')}` });
  }
  if (root === 'userFile') {
    const missing = missingName(schemas.userFile, rest, String(schemas.userFile.$id));
    return missing ? fail('user-file', { name: missing }) : [];
  }
  if (root === 'event') {
    if (rest.length === 0 || rest[0] === 'type' || rest[0] === 'actor') return [];
    if (rest[0] !== 'payload') return fail('event-field');
    return payloadProblems(env, rest.slice(1), site, fail);
  }
  return fail('root');
}

function payloadProblems(
  env: ScopeEnv,
  names: string[],
  site: ScopeSite,
  fail: (key: string, params?: Record<string, string>) => WorkflowProblem[],
): WorkflowProblem[] {
  const schemaOf = (event: string, form?: string): Schema | undefined | null => {
    const ev = env.def.events[event];
    if (!ev) return undefined; // reported as an unknown event elsewhere
    if (ev.payload) return ev.payload;
    if (ev.submitsTask) {
      const found = form && env.formSchema ? env.formSchema(form) : undefined;
      return found === undefined ? undefined : (found as Schema);
    }
    return null;
  };
  if (site.event) {
    const schema = schemaOf(site.event, site.form);
    if (schema === undefined || names.length === 0) return [];
    if (schema === null) return fail('no-payload', { event: site.event });
    const missing = missingName(schema, names);
    return missing ? fail('payload', { event: site.event, name: missing }) : [];
  }
  // No particular event (entry, exit, always, onDone): some event must declare the field.
  const any = Object.keys(env.def.events).some((event) => {
    const schema = schemaOf(event, site.form);
    return schema === undefined || (schema !== null && !missingName(schema, names));
  });
  return any ? [] : fail('no-event');
}
