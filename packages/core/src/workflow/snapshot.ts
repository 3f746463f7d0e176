/**
 * The xstate side of a transition: restoring a stored snapshot into the machine (once per stored
 * object) and the pure `transition()` with an inert actor scope.
 */
import { createActor, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import { ProblemError } from './problem.js';
import type { CompiledWorkflow } from './registry.js';
import type { WorkflowInstance } from './runtime-types.js';
import { activePaths, leafPaths, stateAt } from './walk.js';

/**
 * Restored snapshots by the stored snapshot object they came from. An event's view asks again
 * right after the event (trial runs of each guarded event), and `settle` files the snapshot it
 * just computed under the record it writes, so neither resolves the machine state a second time.
 * Keyed by identity: a record read again from the store is a new object, resolved afresh.
 */
const restored = new WeakMap<object, AnyMachineSnapshot>();

/**
 * Files a snapshot under the stored form it was persisted as (see `restored`).
 *
 * @example
 * rememberSnapshot(wf.machine.getPersistedSnapshot(next), next);
 */
export function rememberSnapshot(persisted: object, snapshot: AnyMachineSnapshot): void {
  restored.set(persisted, snapshot);
}

/** Restores the xstate snapshot of a stored instance; throws when it does not fit the machine. */
export function restoreSnapshot(wf: CompiledWorkflow, instance: WorkflowInstance): AnyMachineSnapshot {
  const known = restored.get(instance.snapshot);
  if (known?.machine === wf.machine) return known;
  for (const p of activePaths(leafPaths(instance.snapshot.value))) {
    if (!stateAt(wf.definition, p))
      throw new ProblemError({ key: 'workflow.instance.no-state', params: { state: p, ref: wf.ref } });
  }
  const snapshot = wf.machine.resolveState({
    value: instance.snapshot.value as never,
    context: instance.snapshot.context,
  });
  restored.set(instance.snapshot, snapshot);
  return snapshot;
}

type MachineScope = Parameters<AnyStateMachine['transition']>[2];
const scopes = new WeakMap<AnyStateMachine, MachineScope>();

/**
 * xstate's pure `transition()`, with the inert actor scope made once per machine instead of once
 * per call: building it creates an actor, which computes the machine's whole initial state, and
 * that was most of the cost of an event. Our machines spawn and invoke nothing, so the scope holds
 * no state between calls; its action executor is set right before each (synchronous) transition.
 */
export function pureTransition(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: EventObject,
): [AnyMachineSnapshot, { type: string; params?: unknown }[]] {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    const inert: MachineScope = {
      self,
      defer: () => {},
      id: '',
      logger: () => {},
      sessionId: '',
      stopChild: () => {},
      system: self.system,
      emit: () => {},
      actionExecutor: () => {},
    };
    scope = inert;
    scopes.set(machine, scope);
  }
  const actions: { type: string; params?: unknown }[] = [];
  scope.actionExecutor = (action) => void actions.push(action);
  const next = machine.transition(snapshot, event, scope);
  return [next, actions];
}
