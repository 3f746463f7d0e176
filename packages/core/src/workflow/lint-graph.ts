/**
 * Graph checks of the linter: unreachable states, non-final states with no way out, and deadline
 * events that no active state would handle.
 */
import { problem } from './problem.js';
import type { WorkflowDefinition, WorkflowProblem } from './types.js';
import { asList, listStates, resolveTarget, stateKind, type StateEntry } from './walk.js';

/** Targets (absolute paths) of every transition leaving a state. */
function targetsOf(def: WorkflowDefinition, entry: StateEntry): string[] {
  const s = entry.state;
  const all = [
    ...Object.values(s.on ?? {}).flatMap((t) => asList(t)),
    ...asList(s.onDone),
    ...asList(s.always),
  ];
  return all
    .map((t) => (t.target ? resolveTarget(def, entry.path, t.target) : undefined))
    .filter((p): p is string => p !== undefined);
}

/**
 * States no path from the initial state reaches.
 *
 * @example
 * unreachableStates(def); // [{ pointer: '/states/orphan', code: 'unreachable', … }]
 */
export function unreachableStates(def: WorkflowDefinition): WorkflowProblem[] {
  const entries = listStates(def);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const reached = new Set<string>();
  const queue: string[] = [def.initial];
  while (queue.length) {
    const path = queue.shift()!;
    if (reached.has(path) || !byPath.has(path)) continue;
    reached.add(path);
    const entry = byPath.get(path)!;
    // Entering a state enters its ancestors, its initial child (compound) or all children (parallel).
    if (entry.parent) queue.push(entry.parent.path);
    const kind = stateKind(entry.state);
    if (kind === 'compound' && entry.state.initial) queue.push(`${path}.${entry.state.initial}`);
    if (kind === 'parallel')
      for (const k of Object.keys(entry.state.states ?? {})) queue.push(`${path}.${k}`);
    queue.push(...targetsOf(def, entry));
  }
  return entries
    .filter((e) => !reached.has(e.path))
    .map((e) =>
      problem(e.pointer, 'unreachable', 'workflow.lint.unreachable', { state: e.path, initial: def.initial }),
    );
}

/**
 * Non-final atomic states with no transition on themselves or an ancestor: an instance there
 * could never move again.
 *
 * @example
 * deadEnds(def); // [{ pointer: '/states/stuck', code: 'dead-end', … }]
 */
export function deadEnds(def: WorkflowDefinition): WorkflowProblem[] {
  const out: WorkflowProblem[] = [];
  for (const e of listStates(def)) {
    if (stateKind(e.state) !== 'atomic') continue;
    let hasExit = false;
    for (let cur: StateEntry | undefined = e; cur && !hasExit; cur = cur.parent) {
      hasExit = Object.keys(cur.state.on ?? {}).length > 0 || asList(cur.state.always).length > 0;
    }
    if (!hasExit) {
      out.push(problem(e.pointer, 'dead-end', 'workflow.lint.dead-end', { state: e.path }));
    }
  }
  return out;
}

/**
 * Deadline events that neither the deadline's state, its descendants nor its ancestors handle.
 *
 * @example
 * unhandledDeadlineEvents(def); // [{ pointer: '/states/x/deadlines/0/event', code: 'unhandled-deadline', … }]
 */
export function unhandledDeadlineEvents(def: WorkflowDefinition): WorkflowProblem[] {
  const entries = listStates(def);
  const out: WorkflowProblem[] = [];
  for (const e of entries) {
    (e.state.deadlines ?? []).forEach((d, i) => {
      const related = entries.filter(
        (o) => o.path === e.path || o.path.startsWith(`${e.path}.`) || e.path.startsWith(`${o.path}.`),
      );
      if (!related.some((o) => o.state.on && d.event in o.state.on)) {
        out.push(
          problem(
            `${e.pointer}/deadlines/${i}/event`,
            'unhandled-deadline',
            'workflow.lint.unhandled-deadline',
            {
              event: d.event,
              state: e.path,
            },
          ),
        );
      }
    });
  }
  return out;
}
