/**
 * The workflow linter: everything that must be true before an instance runs. XState silently
 * ignores unknown action names and fails on unknown guards only when evaluated (STACK.md G7), so
 * every name is checked here, each problem located by a JSON Pointer into the file.
 */
import { conditionProblems } from '../conditions/lint.js';
import type { Condition } from '../conditions/types.js';
import { toPointer } from '../json/pointer.js';
import { actionNames, guardNames, type WorkflowRegistries } from './compile.js';
import { lintActionParams } from './lint-actions.js';
import { deadEnds, unhandledDeadlineEvents, unreachableStates } from './lint-graph.js';
import { lintStateNode, type LintScope } from './lint-state.js';
import { problem } from './problem.js';
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
}

/**
 * Checks a declarative condition's shape and that each embedded schema is well formed.
 *
 * @example
 * lintCondition({ type: 'AND', conditions: [] }, '/states/a/on/GO/guard');
 */
export function lintCondition(condition: unknown, at: string): WorkflowProblem[] {
  const out: WorkflowProblem[] = conditionProblems(condition, at).map((p) => ({ ...p, code: 'condition' }));
  const visit = (c: Condition, ptr: string) => {
    if (c.type === 'AND' || c.type === 'OR')
      c.conditions.forEach((x, i) => visit(x, `${ptr}/conditions/${i}`));
    else if (c.type === 'NOT') visit(c.condition, `${ptr}/condition`);
    else if (c.type !== 'LEAF' && typeof c.schema === 'object') {
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
): WorkflowProblem[] {
  const out: WorkflowProblem[] = [];
  if (t.target !== undefined && !resolveTarget(scope.def, from, t.target)) {
    out.push(
      problem(`${at}/target`, 'unknown-target', 'workflow.lint.unknown-target', { target: t.target, from }),
    );
  }
  if (typeof t.guard === 'string' || (t.guard && 'name' in t.guard)) {
    const name = typeof t.guard === 'string' ? t.guard : t.guard.name;
    const ptr = typeof t.guard === 'string' ? `${at}/guard` : `${at}/guard/name`;
    if (!scope.guards.has(name)) {
      out.push(
        problem(ptr, 'unknown-guard', 'workflow.lint.unknown-guard', {
          name,
          known: [...scope.guards].join(', '),
        }),
      );
    }
  } else if (t.guard) {
    out.push(...lintCondition(t.guard, `${at}/guard`));
  }
  out.push(...scope.lintActions(t.actions, `${at}/actions`));
  (t.roles ?? []).forEach((r, i) => out.push(...scope.lintRole(r, `${at}/roles/${i}`)));
  return out;
}

/**
 * Lints a parsed workflow definition. An empty list means it can be compiled and run.
 *
 * @example
 * lintWorkflow(json, { forms: ['admission-request@1.0.0'] });
 * // [{ pointer: '/states/request/on/SUBMIT/0/guard', code: 'unknown-guard',
 * //    key: 'workflow.lint.unknown-guard', message: 'garde inconnue « isComplet » (connues : …)', … }]
 */
export function lintWorkflow(doc: unknown, opts: LintOptions = {}): WorkflowProblem[] {
  const structural = checkSchema('workflow', doc);
  if (structural.length) return structural;
  const def = doc as WorkflowDefinition;
  const roles = new Set(opts.roles ?? STANDARD_ROLES);
  const forms = opts.forms ? new Set(opts.forms) : undefined;
  const workflows = opts.workflows ? new Set(opts.workflows) : undefined;
  const actions = actionNames(opts);
  const out: WorkflowProblem[] = [];
  const scope: LintScope = {
    def,
    guards: guardNames(opts),
    forms,
    lintRole: (r, at) =>
      roles.has(r)
        ? []
        : [
            problem(at, 'unknown-role', 'workflow.lint.unknown-role', {
              role: r,
              known: [...roles].join(', '),
            }),
          ],
    lintTransition: (t, from, at) => lintTransition(scope, t, from, at),
    lintActions: (list, at) =>
      (list ?? []).flatMap((a, i) => {
        const name = typeof a === 'string' ? a : a.type;
        const ptr = typeof a === 'string' ? `${at}/${i}` : `${at}/${i}/type`;
        if (!actions.has(name))
          return [
            problem(ptr, 'unknown-action', 'workflow.lint.unknown-action', {
              name,
              known: [...actions].join(', '),
            }),
          ];
        return lintActionParams(
          name,
          typeof a === 'string' ? {} : (a.params ?? {}),
          `${at}/${i}/params`,
          roles,
          workflows,
        );
      }),
  };
  if (!def.states[def.initial]) {
    out.push(
      problem('/initial', 'unknown-target', 'workflow.lint.unknown-initial', { initial: def.initial }),
    );
  }
  for (const [name, ev] of Object.entries(def.events)) {
    (ev.roles ?? []).forEach((r, i) => out.push(...scope.lintRole(r, `/events/${name}/roles/${i}`)));
    if (ev.payload) {
      out.push(...schemaProblems(ev.payload, `/events/${name}/payload`));
    }
    if (ev.system && ev.roles?.length) {
      out.push(problem(`/events/${name}/roles`, 'system-roles', 'workflow.lint.system-roles'));
    }
  }
  const deadlineIds = new Set<string>();
  for (const entry of listStates(def)) out.push(...lintStateNode(scope, entry, deadlineIds));
  (def.migrations ?? []).forEach((m, i) => {
    const paths = new Set(listStates(def).map((s) => s.path));
    for (const [oldPath, newPath] of Object.entries(m.states ?? {})) {
      if (!paths.has(newPath)) {
        out.push(
          problem(
            `/migrations/${i}/states/${toPointer([oldPath]).slice(1)}`,
            'unknown-target',
            'workflow.lint.migration-target',
            { state: newPath, version: def.version },
          ),
        );
      }
    }
  });
  if (out.length === 0)
    out.push(...unreachableStates(def), ...deadEnds(def), ...unhandledDeadlineEvents(def));
  return out;
}
