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

/**
 * The persisted form of a snapshot, as xstate's `getPersistedSnapshot` writes it (same keys, same
 * order). Our machines spawn nothing and declare no history states, so its walks of the context
 * for actor references and of the children find nothing; a snapshot that has children or a
 * history value still goes to xstate.
 *
 * @example
 * const persisted = persistedOf(wf.machine, next);
 */
export function persistedOf(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
): WorkflowInstance['snapshot'] {
  const s = snapshot as unknown as {
    status: string;
    output: unknown;
    error: unknown;
    value: unknown;
    context: Record<string, unknown>;
    children: object;
    historyValue?: object;
  };
  if (Object.keys(s.children).length || (s.historyValue && Object.keys(s.historyValue).length))
    return machine.getPersistedSnapshot(snapshot) as unknown as WorkflowInstance['snapshot'];
  const { status, output, error, value, context } = s;
  return { status, output, error, value, historyValue: {}, context, children: {} };
}

/**
 * Files the snapshot restored for `written` under `stored` too: the copy a store kept of a record
 * just written (its `peek`), so that the next event on the instance resolves nothing again. The
 * caller vouches that `stored` is a copy of `written` (the version it committed). The snapshot
 * filed takes its context and value from `stored`, which no caller holds: `written` went back to
 * the caller of `send`, whose edits must not reach the next event.
 *
 * @example
 * rememberStored(instance.snapshot, (await store.peek(INSTANCES, id))!.data.snapshot);
 */
export function rememberStored(written: object, stored: WorkflowInstance['snapshot']): void {
  const known = restored.get(written);
  if (known) restored.set(stored, { ...known, context: stored.context, value: stored.value });
}

/**
 * A machine's snapshot for each state value it was restored at, context left empty: resolving
 * the state nodes of a value depends on the value alone, so a record read afresh (a tick's
 * firings, another process's write) pays for it once per state value, not once per read.
 */
const resolvedValues = new WeakMap<AnyStateMachine, Map<string, AnyMachineSnapshot>>();

/** Restores the xstate snapshot of a stored instance; throws when it does not fit the machine. */
export function restoreSnapshot(wf: CompiledWorkflow, instance: WorkflowInstance): AnyMachineSnapshot {
  const known = restored.get(instance.snapshot);
  if (known?.machine === wf.machine) return known;
  let values = resolvedValues.get(wf.machine);
  if (!values) resolvedValues.set(wf.machine, (values = new Map<string, AnyMachineSnapshot>()));
  const { value, context } = instance.snapshot;
  const key = JSON.stringify(value);
  let template = values.get(key);
  if (!template) {
    for (const p of activePaths(leafPaths(value))) {
      if (!stateAt(wf.definition, p))
        throw new ProblemError({ key: 'workflow.instance.no-state', params: { state: p, ref: wf.ref } });
    }
    template = wf.machine.resolveState({ value: value as never, context: {} });
    values.set(key, template);
  }
  // What xstate's resolveState gives for this context: its own children and history objects.
  const snapshot = { ...template, context, children: {}, historyValue: {} } as AnyMachineSnapshot;
  restored.set(instance.snapshot, snapshot);
  return snapshot;
}

type MachineScope = Parameters<AnyStateMachine['transition']>[2];
const scopes = new WeakMap<AnyStateMachine, MachineScope>();

/**
 * The inert actor scope of a machine, made once instead of once per call: building it creates an
 * actor, which computes the machine's whole initial state, and that was most of the cost of an
 * event. Our machines spawn and invoke nothing, so the scope holds no state between calls; its
 * action executor is set right before each (synchronous) use, which collects the actions.
 */
function collecting(machine: AnyStateMachine, actions: { type: string; params?: unknown }[]) {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
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
    scopes.set(machine, scope);
  }
  scope.actionExecutor = (action) => void actions.push(action);
  return scope;
}

/**
 * xstate's pure `transition()` over the machine's shared inert scope.
 *
 * @example
 * const [next, actions] = pureTransition(wf.machine, snapshot, { type: 'ACCEPT' });
 */
export function pureTransition(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: EventObject,
): [AnyMachineSnapshot, { type: string; params?: unknown }[]] {
  const actions: { type: string; params?: unknown }[] = [];
  const next = machine.transition(snapshot, event, collecting(machine, actions));
  return [next, actions];
}

/**
 * xstate's pure `initialTransition()` over the same scope (xstate's own builds an actor per call,
 * which computes the initial state twice).
 *
 * @example
 * const [snapshot, actions] = pureInitial(wf.machine, { context: {}, type: 'xstate.init' });
 */
export function pureInitial(
  machine: AnyStateMachine,
  input: unknown,
): [AnyMachineSnapshot, { type: string; params?: unknown }[]] {
  const actions: { type: string; params?: unknown }[] = [];
  const snapshot = machine.getInitialSnapshot(collecting(machine, actions), input);
  return [snapshot, actions];
}
