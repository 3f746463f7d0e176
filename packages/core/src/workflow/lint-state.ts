/**
 * Per-state checks of the linter: structure, tasks, transitions, deadlines.
 */
import { conditionProblems } from '../conditions/lint.js';
import { scopeToSegments } from '../json/pointer.js';
import { resolveDuration } from './dates.js';
import { scopeProblems, type ScopeEnv, type ScopeSite } from './lint-scopes.js';
import { problem, suggesting } from './problem.js';
import { eventRoles, taskAt } from './roles.js';
import type {
  WorkflowAction,
  WorkflowDeadline,
  WorkflowDefinition,
  WorkflowProblem,
  WorkflowTransition,
} from './types.js';
import { asList, stateKind, type StateEntry } from './walk.js';

/** What the per-state checks share with the linter. */
export interface LintScope {
  def: WorkflowDefinition;
  guards: Set<string>;
  forms: Set<string> | undefined;
  /** What scopes may designate. */
  scopes: ScopeEnv;
  lintRole(role: string, at: string): WorkflowProblem[];
  lintTransition(t: WorkflowTransition, from: string, at: string, site?: ScopeSite): WorkflowProblem[];
  lintActions(list: WorkflowAction[] | undefined, at: string, site?: ScopeSite): WorkflowProblem[];
}

function lintStructure(entry: StateEntry): WorkflowProblem[] {
  const { state, pointer: at, path } = entry;
  const kind = stateKind(state);
  const out: WorkflowProblem[] = [];
  if (kind === 'compound') {
    if (!state.initial)
      out.push(problem(at, 'initial', 'workflow.lint.state.initial-missing', { state: path }));
    else if (!state.states?.[state.initial]) {
      out.push(
        problem(`${at}/initial`, 'initial', 'workflow.lint.state.initial-not-child', {
          initial: state.initial,
          state: path,
        }),
      );
    }
  } else if (state.initial) {
    out.push(problem(`${at}/initial`, 'initial', 'workflow.lint.state.initial-not-compound'));
  }
  if (kind === 'final') {
    for (const key of ['on', 'always', 'task', 'deadlines', 'states'] as const) {
      if (state[key] !== undefined)
        out.push(problem(`${at}/${key}`, 'final', 'workflow.lint.state.final-key', { key }));
    }
    if (!entry.parent && !state.outcome) {
      out.push(problem(at, 'outcome', 'workflow.lint.state.outcome', { state: path }));
    }
  }
  return out;
}

function lintTask(scope: LintScope, entry: StateEntry): WorkflowProblem[] {
  const task = entry.state.task;
  if (!task) return [];
  const out = (task.roles ?? []).flatMap((r, i) => scope.lintRole(r, `${entry.pointer}/task/roles/${i}`));
  if (task.form && scope.forms && !scope.forms.has(task.form)) {
    const p = problem(`${entry.pointer}/task/form`, 'unknown-form', 'workflow.lint.unknown-form', {
      form: task.form,
    });
    out.push(suggesting(p, task.form, scope.forms));
  }
  return out;
}

function lintDeadlines(scope: LintScope, entry: StateEntry, seen: Set<string>): WorkflowProblem[] {
  const out: WorkflowProblem[] = [];
  const params = (scope.def.parameters ?? {}) as Record<string, unknown>;
  (entry.state.deadlines ?? []).forEach((d, i) => {
    const at = `${entry.pointer}/deadlines/${i}`;
    if (seen.has(d.id))
      out.push(problem(`${at}/id`, 'duplicate-deadline', 'workflow.lint.deadline.duplicate', { id: d.id }));
    seen.add(d.id);
    out.push(...lintDuration(scope, d.duration, `${at}/duration`, params));
    (d.reminders ?? []).forEach((r, j) => {
      const rd = resolveDuration(r, params);
      if ('error' in rd) out.push(problem(`${at}/reminders/${j}`, 'duration', rd.key, rd.params));
    });
    const ev = scope.def.events[d.event];
    if (!ev) out.push(unknownEvent(scope, `${at}/event`, d.event));
    else if (!ev.system) {
      out.push(
        problem(`${at}/event`, 'deadline-event', 'workflow.lint.deadline.not-system', { event: d.event }),
      );
    }
    if (d.cancelWhen) {
      const found = conditionProblems(d.cancelWhen, `${at}/cancelWhen`).map((p) => ({
        ...p,
        code: 'condition',
      }));
      out.push(...(found.length ? found : conditionScopes(scope.scopes, d.cancelWhen, `${at}/cancelWhen`)));
    }
  });
  return out;
}

function lintOn(scope: LintScope, entry: StateEntry): WorkflowProblem[] {
  const out: WorkflowProblem[] = [];
  for (const [event, spec] of Object.entries(entry.state.on ?? {})) {
    const base = `${entry.pointer}/on/${event}`;
    const ev = scope.def.events[event];
    if (!ev) {
      out.push(unknownEvent(scope, base, event));
      continue;
    }
    const site = { event, form: taskAt(scope.def, entry.path)?.form };
    asList(spec).forEach((t, i) => {
      const at = Array.isArray(spec) ? `${base}/${i}` : base;
      out.push(...scope.lintTransition(t, entry.path, at, site));
      if (!ev.system && eventRoles(scope.def, entry.path, event, t).length === 0) {
        out.push(problem(at, 'no-roles', 'workflow.lint.no-roles', { event }));
      }
    });
  }
  return out;
}

function unknownEvent(scope: LintScope, at: string, event: string): WorkflowProblem {
  const p = problem(at, 'unknown-event', 'workflow.lint.unknown-event', { event });
  return suggesting(p, event, Object.keys(scope.def.events));
}

/** A duration, or a parameter: the parameter's own value is checked where it is set (lintParameters). */
function lintDuration(
  scope: LintScope,
  spec: WorkflowDeadline['duration'],
  at: string,
  params: Record<string, unknown>,
): WorkflowProblem[] {
  if (typeof spec === 'object' && spec && scope.scopes.params.has(spec.param)) return [];
  const dur = resolveDuration(spec, params);
  if (!('error' in dur)) return [];
  const p = problem(at, 'duration', dur.key, dur.params);
  return [typeof spec === 'object' && spec ? suggesting(p, spec.param, scope.scopes.params) : p];
}

function conditionScopes(env: ScopeEnv, c: unknown, at: string): WorkflowProblem[] {
  const cond = c as { type?: string; scope?: string; conditions?: unknown[]; condition?: unknown };
  if (cond.type === 'AND' || cond.type === 'OR')
    return (cond.conditions ?? []).flatMap((x, i) => conditionScopes(env, x, `${at}/conditions/${i}`));
  if (cond.type === 'NOT') return conditionScopes(env, cond.condition, `${at}/condition`);
  return typeof cond.scope === 'string'
    ? scopeProblems(env, scopeToSegments(cond.scope), `${at}/scope`, cond.scope, {})
    : [];
}

/**
 * Every problem of one state (not its children).
 *
 * @example
 * lintStateNode(scope, listStates(def)[0]);
 */
export function lintStateNode(
  scope: LintScope,
  entry: StateEntry,
  deadlineIds = new Set<string>(),
): WorkflowProblem[] {
  const s = entry.state;
  const multi = (spec: WorkflowTransition | WorkflowTransition[] | undefined, key: string) =>
    asList(spec).flatMap((t, i) =>
      scope.lintTransition(
        t,
        entry.path,
        Array.isArray(spec) ? `${entry.pointer}/${key}/${i}` : `${entry.pointer}/${key}`,
      ),
    );
  return [
    ...lintStructure(entry),
    ...lintTask(scope, entry),
    ...lintOn(scope, entry),
    ...multi(s.onDone, 'onDone'),
    ...multi(s.always, 'always'),
    ...scope.lintActions(s.entry, `${entry.pointer}/entry`),
    ...scope.lintActions(s.exit, `${entry.pointer}/exit`),
    ...lintDeadlines(scope, entry, deadlineIds),
  ];
}
