/**
 * Deadlines (durable timers) as screens list them: label, due date, status, legal basis.
 */
import type { CompiledWorkflow } from '../workflow/registry.js';
import type { DueItem, WorkflowInstance } from '../workflow/runtime-types.js';
import { stateAt } from '../workflow/walk.js';
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
  const now = s.clock().getTime();
  return inst.deadlines
    .filter((d) => d.status === 'pending')
    .map((d) =>
      deadlineView({
        instanceId: inst.id,
        fileId: inst.fileId,
        establishment: inst.establishment,
        definition: inst.definition,
        state: d.state,
        deadlineId: d.deadlineId,
        title: stateAt(wf.definition, d.state)?.deadlines?.find((x) => x.id === d.deadlineId)?.title ?? {
          fr: d.deadlineId,
          en: d.deadlineId,
        },
        dueAt: d.dueAt,
        status: new Date(d.dueAt).getTime() <= now ? 'overdue' : 'upcoming',
        roles: [],
      }),
    );
}
