/**
 * Deadlines (durable timers) as screens list them: label, due date, status, legal basis.
 */
import type { CompiledWorkflow } from '../workflow/registry.js';
import type { DueItem, WorkflowInstance } from '../workflow/runtime-types.js';
import { dueItemsOf } from '../workflow/queries.js';
import type { Scope } from './scope.js';
import type { DeadlineView, PersonRef } from './types.js';

/**
 * A due item of the runtime as a deadline view.
 *
 * @example
 * deadlineView(item, person);
 */
export function deadlineView(d: DueItem, person?: PersonRef): DeadlineView {
  return {
    id: `${d.instanceId}/${d.state}/${d.deadlineId}`,
    instanceId: d.instanceId,
    label: d.title,
    dueAt: d.dueAt,
    status: d.status === 'overdue' ? 'overdue' : 'pending',
    ...(person ? { person } : {}),
  };
}

/**
 * The pending deadlines of an instance.
 *
 * @example
 * deadlineViews(scope, wf, instance);
 */
export function deadlineViews(s: Scope, wf: CompiledWorkflow, inst: WorkflowInstance): DeadlineView[] {
  const pending = { ...inst, deadlines: inst.deadlines.filter((d) => d.status === 'pending') };
  return dueItemsOf(wf, pending, s.clock().getTime()).map((d) => deadlineView(d));
}
