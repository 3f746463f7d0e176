/**
 * The workflow linter: everything that must be true before an instance runs. XState silently
 * ignores unknown action names and fails on unknown guards only when evaluated (STACK.md G7), so
 * every name is checked here, each problem located by a JSON Pointer into the file.
 */
import { conditionProblems } from '../conditions/lint.js';
import type { Condition } from '../conditions/types.js';
import { scopeToSegments, toPointer } from '../json/pointer.js';
import { actionNames, guardNames, type WorkflowRegistries } from './compile.js';
import { lintActionParams } from './lint-actions.js';
import { deadEnds, unhandledDeadlineEvents, unreachableStates } from './lint-graph.js';
import { lintParameters, parameterNames } from './lint-params.js';
import { dataPaths, scopeProblems, type ScopeEnv, type ScopeSite } from './lint-scopes.js';
import { lintStateNode, type LintScope } from './lint-state.js';
import { problem, suggesting } from './problem.js';
import { checkSchema } from './schema-check.js';
import { schemaProblems } from './schema-lint.js';
import type { WorkflowDefinition, WorkflowProblem, WorkflowTransition } from './types.js';
import { listStates, resolveTarget } from './walk.js';

/** The role ids of the standard access policy. */
export const STANDARD_ROLES: readonly string[] = [
  'director',
  'coordinating-physician',
  'head-nurse',
  'nurse',
  'psychologist',
  'educator',
  'social-worker',
  'secretariat',
  'person',
  'legal-representative',
];

/** What the linter checks names against. */
export interface LintOptions extends WorkflowRegistries {
  /** Known forms as `id@version`; omitted = form references are not checked. */
  forms?: Iterable<string>;
  /** Known workflow definitions as `id@version` (for `startWorkflow`); omitted = not checked. */
  workflows?: Iterable<string>;
  /** Role ids of the host's access policy (default {@link STANDARD_ROLES}). */
  roles?: readonly string[];
  /** A form's JSON Schema by `id@version`: what a `submitsTask` event's payload scopes may read. */
  formSchema?: (ref: string) => unknown;
}

/**
 * Checks a declarative condition's shape and that each embedded schema is well formed.
 *
 * @example
 * lintCondition({ type: 'AND', conditions: [] }, '/states/a/on/GO/guard');
 */
export function lintCondition(
  condition: unknown,
  at: string,
  scopes?: { env: ScopeEnv; site: ScopeSite },
): WorkflowProblem[] {
  const out: WorkflowProblem[] = conditionProblems(condition, at).map((p) => ({ ...p, code: 'condition' }));
  const visit = (c: Condition, ptr: string) => {
    if (c.type === 'AND' || c.type === 'OR')
      c.conditions.forEach((x, i) => visit(x, `${ptr}/conditions/${i}`));
    else if (c.type === 'NOT') visit(c.condition, `${ptr}/condition`);
    else {
      if (scopes)
        out.push(
          ...scopeProblems(scopes.env, scopeToSegments(c.scope), `${ptr}/scope`, c.scope, scopes.site),
        );
      if (c.type !== 'LEAF' && typeof c.schema === 'object')
        out.push(...schemaProblems(c.schema, `${ptr}/schema`));
    }
  };
  if (out.length === 0) visit(condition as Condition, at);
  return out;
}

function lintTransition(
  scope: LintScope,
  t: WorkflowTransition,
  from: string,
  at: string,
  site: ScopeSite,
): WorkflowProblem[] {
  const out: WorkflowProblem[] = [];
  if (t.target !== undefined && !resolveTarget(scope.def, from, t.target)) {
    const p = problem(`${at}/target`, 'unknown-target', 'workflow.lint.unknown-target', {
      target: t.target,
      from,
    });
    out.push(suggesting(p, t.target, stateNames(scope.def)));
  }
  if (typeof t.guard === 'string' || (t.guard && 'name' in t.guard)) {
    const name = typeof t.guard === 'string' ? t.guard : t.guard.name;
    const ptr = typeof t.guard === 'string' ? `${at}/guard` : `${at}/guard/name`;
    if (!scope.guards.has(name)) {
      const p = problem(ptr, 'unknown-guard', 'workflow.lint.unknown-guard', {
        name,
        known: [...scope.guards].join(', '),
      });
      out.push(suggesting(p, name, scope.guards));
    }
  } else if (t.guard) {
    out.push(...lintCondition(t.guard, `${at}/guard`, { env: scope.scopes, site }));
  }
  out.push(...scope.lintActions(t.actions, `${at}/actions`, site));
  (t.roles ?? []).forEach((r, i) => out.push(...scope.lintRole(r, `${at}/roles/${i}`)));
  return out;
}

const stateNames = (def: WorkflowDefinition) => listStates(def).map((e) => e.segments.at(-1)!);

/** Reads an action's pointer parameters (`from`) as scopes: they must designate something too. */
function actionScopes(env: ScopeEnv, params: Record<string, unknown>, at: string, site: ScopeSite) {
  const from = params.from;
  if (typeof from !== 'string' || !from.startsWith('/')) return [];
  return scopeProblems(env, from.slice(1).split('/'), `${at}/from`, from, site);
}

function lintDefinition(def: WorkflowDefinition, opts: LintOptions): WorkflowProblem[] {
  const roles = new Set(opts.roles ?? STANDARD_ROLES);
  const workflows = opts.workflows ? new Set(opts.workflows) : undefined;
  const actions = actionNames(opts);
  const out: WorkflowProblem[] = [];
  const scope: LintScope = {
    def,
    guards: guardNames(opts),
    forms: opts.forms ? new Set(opts.forms) : undefined,
    scopes: { def, params: parameterNames(def), dataPaths: dataPaths(def), formSchema: opts.formSchema },
    lintRole: (r, at) =>
      roles.has(r)
        ? []
        : [
            suggesting(
              problem(at, 'unknown-role', 'workflow.lint.unknown-role', {
                role: r,
                known: [...roles].join(', '),
              }),
              r,
              roles,
            ),
          ],
    lintTransition: (t, from, at, site = {}) => lintTransition(scope, t, from, at, site),
    lintActions: (list, at, site = {}) =>
      (list ?? []).flatMap((a, i) => {
        const name = typeof a === 'string' ? a : a.type;
        const ptr = typeof a === 'string' ? `${at}/${i}` : `${at}/${i}/type`;
        if (!actions.has(name)) {
          const p = problem(ptr, 'unknown-action', 'workflow.lint.unknown-action', {
            name,
            known: [...actions].join(', '),
          });
          return [suggesting(p, name, actions)];
        }
        const params = typeof a === 'string' ? {} : (a.params ?? {});
        return [
          ...lintActionParams(name, params, `${at}/${i}/params`, roles, workflows),
          ...(name === 'startWorkflow' ? [] : actionScopes(scope.scopes, params, `${at}/${i}/params`, site)),
        ];
      }),
  };
  if (!def.states[def.initial]) {
    const p = problem('/initial', 'unknown-target', 'workflow.lint.unknown-initial', {
      initial: def.initial,
    });
    out.push(suggesting(p, def.initial, Object.keys(def.states)));
  }
  out.push(...lintParameters(def));
  for (const [name, ev] of Object.entries(def.events)) {
    (ev.roles ?? []).forEach((r, i) => out.push(...scope.lintRole(r, `/events/${name}/roles/${i}`)));
    if (ev.payload) out.push(...schemaProblems(ev.payload, `/events/${name}/payload`));
    if (ev.system && ev.roles?.length)
      out.push(problem(`/events/${name}/roles`, 'system-roles', 'workflow.lint.system-roles'));
  }
  const deadlineIds = new Set<string>();
  for (const entry of listStates(def)) {
    try {
      out.push(...lintStateNode(scope, entry, deadlineIds));
    } catch {
      // A state the schema already rejected may not be walkable: its schema problems speak for it.
    }
  }
  const paths = new Set(listStates(def).map((s) => s.path));
  (def.migrations ?? []).forEach((m, i) => {
    for (const [oldPath, newPath] of Object.entries(m.states ?? {})) {
      if (!paths.has(newPath)) {
        const at = `/migrations/${i}/states/${toPointer([oldPath]).slice(1)}`;
        out.push(
          problem(at, 'unknown-target', 'workflow.lint.migration-target', {
            state: newPath,
            version: def.version,
          }),
        );
      }
    }
  });
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Lints a parsed workflow definition. An empty list means it can be compiled and run. Schema
 * problems and the checks a schema cannot make are reported together (the latter where the
 * structure allows them to run); graph checks (unreachable states, dead ends) come once the rest
 * is clean.
 *
 * @example
 * lintWorkflow(json, { forms: ['admission-request@1.0.0'] });
 * // [{ pointer: '/states/request/on/SUBMIT/0/guard', code: 'unknown-guard',
 * //    key: 'workflow.lint.unknown-guard', message: 'garde inconnue « isComplet » (connues : …)', … }]
 */
export function lintWorkflow(doc: unknown, opts: LintOptions = {}): WorkflowProblem[] {
  const structural = checkSchema('workflow', doc);
  if (!isObject(doc) || !isObject(doc.states) || !isObject(doc.events) || typeof doc.initial !== 'string')
    return structural;
  const def = doc as unknown as WorkflowDefinition;
  let semantic: WorkflowProblem[] = [];
  try {
    semantic = lintDefinition(def, opts);
  } catch (e) {
    // Only a file the schema rejects may trip the semantic checks; anything else is our bug.
    if (structural.length === 0) throw e;
  }
  // A place the schema rejects is said once, by the schema.
  const rejected = structural.map((p) => p.pointer);
  const fresh = semantic.filter(
    (p) => !rejected.some((r) => r !== '/' && (p.pointer === r || p.pointer.startsWith(`${r}/`))),
  );
  const out = [...structural, ...fresh];
  if (out.length === 0)
    out.push(...unreachableStates(def), ...deadEnds(def), ...unhandledDeadlineEvents(def));
  return out;
}
