/**
 * One transition of an instance, computed purely with xstate's `transition()` (no actor, no
 * timers): the new record plus the effects to run once it is persisted. Nothing is written here.
 */
import {
  createActor,
  initialTransition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventObject,
} from 'xstate';
import type { Locale, Translate } from '../i18n/index.js';
import { guardInput, type MachineEvent } from './builtins.js';
import { handlersFor } from './checks.js';
import { ProblemError } from './problem.js';
import { refusal } from './refusal.js';
import type { CompiledWorkflow } from './registry.js';
import type {
  RefusalReason,
  TransitionAuthor,
  WorkflowHistoryEntry,
  WorkflowInstance,
} from './runtime-types.js';
import { scheduleDeadlines } from './schedule.js';
import { activePaths, leafPaths, stateAt } from './walk.js';

/** A side effect requested by an action, run after the record is persisted. */
export interface WorkflowEffect {
  name: string;
  params: Record<string, unknown>;
}

/** The environment of one call. */
export interface CallEnv {
  now: Date;
  /** Translates refusal messages (runtime locale). */
  t: Translate;
  locale: Locale;
  author: TransitionAuthor;
  userFile?: unknown;
  purpose?: string;
}

type MachineScope = Parameters<AnyStateMachine['transition']>[2];
const scopes = new WeakMap<AnyStateMachine, MachineScope>();

/**
 * xstate's pure `transition()`, with the inert actor scope made once per machine instead of once
 * per call: building it creates an actor, which computes the machine's whole initial state, and
 * that was most of the cost of an event. Our machines spawn and invoke nothing, so the scope holds
 * no state between calls; its action executor is set right before each (synchronous) transition.
 */
function pureTransition(
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

function effectsOf(actions: { type: string; params?: unknown }[]): WorkflowEffect[] {
  return actions
    .filter((a) => a.type.startsWith('effect:'))
    .map((a) => ({
      name: a.type.slice('effect:'.length),
      params: (a.params ?? {}) as Record<string, unknown>,
    }));
}

/** Restores the xstate snapshot of a stored instance; throws when it does not fit the machine. */
export function restoreSnapshot(wf: CompiledWorkflow, instance: WorkflowInstance): AnyMachineSnapshot {
  const known = new Set(activePaths(leafPaths(instance.snapshot.value)));
  for (const p of known) {
    if (!stateAt(wf.definition, p))
      throw new ProblemError({ key: 'workflow.instance.no-state', params: { state: p, ref: wf.ref } });
  }
  return wf.machine.resolveState({
    value: instance.snapshot.value as never,
    context: instance.snapshot.context,
  });
}

/** Fills the derived fields of a record from a new snapshot. */
function settle(
  wf: CompiledWorkflow,
  base: Omit<WorkflowInstance, 'snapshot' | 'states' | 'status'>,
  snapshot: AnyMachineSnapshot,
  env: CallEnv,
  entry: Omit<WorkflowHistoryEntry, 'from' | 'to' | 'at' | 'by'>,
  fromLeaves: string[],
): WorkflowInstance {
  const persisted = wf.machine.getPersistedSnapshot(snapshot) as unknown as WorkflowInstance['snapshot'];
  const leaves = leafPaths(snapshot.value);
  const at = env.now.toISOString();
  const before = new Set(activePaths(fromLeaves));
  const enteredAt: Record<string, string> = {};
  for (const p of activePaths(leaves)) enteredAt[p] = before.has(p) ? (base.enteredAt[p] ?? at) : at;
  const root = guardInput(
    snapshot.context as Record<string, unknown>,
    { type: '', $now: at },
    wf.definition.parameters ?? {},
  );
  const done = snapshot.status === 'done';
  const outcome = done ? leaves.map((l) => stateAt(wf.definition, l)?.outcome).find(Boolean) : undefined;
  return {
    ...base,
    snapshot: persisted,
    states: leaves,
    status: done ? 'done' : 'active',
    ...(outcome ? { outcome } : {}),
    enteredAt,
    deadlines: done ? [] : scheduleDeadlines(wf.definition, leaves, root, enteredAt, base.deadlines),
    history: [...base.history, { at, by: env.author, ...entry, from: fromLeaves, to: leaves }],
    updatedAt: at,
  };
}

const machineEvent = (type: string, payload: unknown, env: CallEnv): MachineEvent => ({
  type,
  payload,
  $actor: env.author,
  $now: env.now.toISOString(),
  $userFile: env.userFile,
});

/**
 * Starts a new instance record (not yet persisted).
 *
 * @example
 * const { instance, effects } = startInstance(wf, { id: 'wf-1', fileId: 'f-1', establishment: '750000001' }, {}, env);
 */
export function startInstance(
  wf: CompiledWorkflow,
  ids: { id: string; fileId: string; establishment: string; parent?: string },
  data: Record<string, unknown>,
  env: CallEnv,
): { instance: WorkflowInstance; effects: WorkflowEffect[] } {
  const context = { ...structuredClone(wf.definition.context ?? {}), ...data };
  const init = machineEvent('xstate.init', undefined, env);
  const [snapshot, actions] = initialTransition(wf.machine, { context, ...init });
  const at = env.now.toISOString();
  const base = {
    ...ids,
    definition: wf.ref,
    enteredAt: {},
    deadlines: [],
    history: [],
    responses: [],
    createdAt: at,
    updatedAt: at,
  };
  const instance = settle(wf, base, snapshot, env, { event: 'start', purpose: env.purpose }, []);
  return { instance, effects: effectsOf(actions) };
}

/**
 * Applies an event; `refused` when no transition is enabled (guard false) or evaluation failed.
 *
 * @example
 * const r = applyEvent(wf, instance, 'ACCEPT', undefined, env, {});
 */
export function applyEvent(
  wf: CompiledWorkflow,
  instance: WorkflowInstance,
  type: string,
  payload: unknown,
  env: CallEnv,
  extra: Pick<WorkflowHistoryEntry, 'form' | 'deadline'>,
): { instance: WorkflowInstance; effects: WorkflowEffect[] } | { refused: RefusalReason } {
  const snapshot = restoreSnapshot(wf, instance);
  let next: AnyMachineSnapshot;
  let actions: { type: string; params?: unknown }[];
  try {
    [next, actions] = pureTransition(wf.machine, snapshot, machineEvent(type, payload, env));
  } catch (e) {
    return {
      refused: refusal(env.t, 'guard', { event: type, error: (e as Error).message }, { key: 'error' }),
    };
  }
  if (next === snapshot || next.status === 'error') {
    // Say which conditions failed when the configurator described them.
    const described = handlersFor(wf, instance.states, type)
      .flatMap((h) => h.transitions.map((tr) => tr.description?.[env.locale]))
      .filter((d): d is string => !!d);
    return described.length
      ? {
          refused: refusal(
            env.t,
            'guard',
            { event: type, conditions: described.join(' ; ') },
            { key: 'guard-described' },
          ),
        }
      : { refused: refusal(env.t, 'guard', { event: type }) };
  }
  const { snapshot: _s, states: _st, status: _status, ...base } = instance;
  const updated = settle(
    wf,
    base,
    next,
    env,
    { event: type, purpose: env.purpose, ...extra },
    instance.states,
  );
  return { instance: updated, effects: effectsOf(actions) };
}
