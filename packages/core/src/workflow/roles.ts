/**
 * Who may send an event in a state. The most specific declaration wins: the transition's `roles`,
 * then the event's, then the task of the active state (or its nearest ancestor with a task).
 */
import type { WorkflowDefinition, WorkflowTask, WorkflowTransition } from './types.js';
import { listStates, stateAt } from './walk.js';

/**
 * The task that applies at a state path: its own, or its nearest ancestor's.
 *
 * @example
 * taskAt(def, 'contractualisation.contract.handover')?.roles; // ['director']
 */
export function taskAt(def: Pick<WorkflowDefinition, 'states'>, path: string): WorkflowTask | undefined {
  const parts = path.split('.');
  for (let i = parts.length; i > 0; i--) {
    const task = stateAt(def, parts.slice(0, i).join('.'))?.task;
    if (task) return task;
  }
  return undefined;
}

/**
 * The roles that may send `event` through transition `t`, declared on the state at `handlerPath`,
 * while the active leaf is `leafPath` (defaults to the handler).
 *
 * @example
 * eventRoles(def, 'decision', 'ACCEPT', def.states.decision.on!.ACCEPT as WorkflowTransition); // ['director']
 */
export function eventRoles(
  def: WorkflowDefinition,
  handlerPath: string,
  event: string,
  t: WorkflowTransition,
  leafPath?: string,
): string[] {
  if (t.roles) return t.roles;
  const declared = def.events[event]?.roles;
  if (declared) return declared;
  const task = taskAt(def, leafPath ?? handlerPath);
  if (task) return task.roles;
  // A compound state handling the event for all its children: anyone holding one of their tasks.
  const below = listStates(def).filter((s) => s.path.startsWith(`${handlerPath}.`) && s.state.task);
  return [...new Set(below.flatMap((s) => s.state.task!.roles))];
}
