/**
 * Durable deadlines: after every transition the runtime recomputes the deadlines of the active
 * states from their anchors. A deadline whose state is left, or whose `cancelWhen` holds, is
 * dropped; one whose due date is unchanged keeps its status and sent reminders.
 */
import { DUE_NEVER } from '../store/indexes.js';
import { evaluateCondition } from '../conditions/evaluate.js';
import { getAtPointer } from '../json/pointer.js';
import type { GuardInput } from './builtins.js';
import { beforeInstant, dueInstant, instantMs, isAnchorValue, resolveDuration } from './dates.js';
import type { InstanceDeadline } from './runtime-types.js';
import type { DeadlineAnchor, WorkflowDefinition, WorkflowState } from './types.js';
import { activePathsOf, stateAt } from './walk.js';

function anchorValue(
  anchor: DeadlineAnchor,
  statePath: string,
  root: GuardInput,
  enteredAt: Record<string, string>,
) {
  if ('entered' in anchor) return enteredAt[statePath];
  const pointers = 'date' in anchor ? [anchor.date] : anchor.latestOf;
  const values = pointers.map((p) => getAtPointer(root.context, p)).filter(isAnchorValue);
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => (instantMs(b) > instantMs(a) ? b : a));
}

/**
 * The deadlines an instance has now (`states` looks a state up: the runtime's keeps its answers;
 * `active`, the active paths of `leaves`, when the caller has them).
 *
 * @example
 * const deadlines = scheduleDeadlines(def, ['contractualisation.contract.handover'], root, enteredAt, previous);
 */
export function scheduleDeadlines(
  def: WorkflowDefinition,
  leaves: string[],
  root: GuardInput,
  enteredAt: Record<string, string>,
  previous: InstanceDeadline[],
  states: (path: string) => WorkflowState | undefined = (path) => stateAt(def, path),
  active: readonly string[] = activePathsOf(leaves),
): InstanceDeadline[] {
  const params = (def.parameters ?? {}) as Record<string, unknown>;
  const out: InstanceDeadline[] = [];
  for (const path of active) {
    for (const d of states(path)?.deadlines ?? []) {
      if (d.cancelWhen && evaluateCondition(d.cancelWhen, root)) continue;
      const anchor = anchorValue(d.anchor, path, root, enteredAt);
      const dur = resolveDuration(d.duration, params);
      if (anchor === undefined || 'error' in dur) continue; // not armed until its anchor date is known
      const dueAt = dueInstant(anchor, dur.duration, d.direction ?? 'after');
      const key = `${path}/${d.id}`;
      const prev = previous.find((p) => p.key === key);
      if (prev && prev.dueAt === dueAt) {
        out.push(prev);
        continue;
      }
      const reminders = (d.reminders ?? []).flatMap((r) => {
        const rd = resolveDuration(r, params);
        return 'error' in rd ? [] : [{ at: beforeInstant(dueAt, rd.duration), sent: false }];
      });
      out.push({ key, deadlineId: d.id, state: path, event: d.event, dueAt, reminders, status: 'pending' });
    }
  }
  return out;
}

/**
 * Whether an instance has anything for `tick(now)` to do.
 *
 * @example
 * hasDueWork(instance.deadlines, Date.now());
 */
export function hasDueWork(deadlines: InstanceDeadline[], nowMs: number): boolean {
  return deadlines.some(
    (d) =>
      (d.status === 'pending' && instantMs(d.dueAt) <= nowMs) ||
      d.reminders.some((r) => !r.sent && instantMs(r.at) <= nowMs && d.status === 'pending'),
  );
}

/**
 * The first instant at which `tick` has something to do for these deadlines (UTC ISO, so that
 * stores compare it as a string), or {@link DUE_NEVER}: the indexed field the tick's range query
 * reads instead of every active instance.
 *
 * @example
 * nextDueAt(instance.deadlines); // '2026-05-12T08:00:00.000Z'
 */
export function nextDueAt(deadlines: readonly InstanceDeadline[]): string {
  let min = Infinity;
  for (const d of deadlines) {
    if (d.status !== 'pending') continue;
    min = Math.min(min, instantMs(d.dueAt));
    for (const r of d.reminders) if (!r.sent) min = Math.min(min, instantMs(r.at));
  }
  return Number.isFinite(min) ? new Date(min).toISOString() : DUE_NEVER;
}
