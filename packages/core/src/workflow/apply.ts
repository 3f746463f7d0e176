/**
 * One transition of an instance, computed purely with xstate's `transition()` (no actor, no
 * timers): the new record plus the effects to run once it is persisted. Nothing is written here.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Locale, Translate } from '../i18n/index.js';
import { cloneJson, withoutKeys } from '../json/clone.js';
import { guardInput, type MachineEvent } from './builtins.js';
import { handlersFor } from './checks.js';
import { refusal } from './refusal.js';
import { stateOf, type CompiledWorkflow } from './registry.js';
import type {
  RefusalReason,
  TransitionAuthor,
  WorkflowHistoryEntry,
  WorkflowInstance,
} from './runtime-types.js';
import { isoOf } from './dates.js';
import { scheduleDeadlines } from './schedule.js';
import { persistedOf, pureInitial, pureTransition, rememberSnapshot, restoreSnapshot } from './snapshot.js';
import { activePathsOf, activeSetOf, leafPaths } from './walk.js';

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

function effectsOf(actions: { type: string; params?: unknown }[]): WorkflowEffect[] {
  return actions
    .filter((a) => a.type.startsWith('effect:'))
    .map((a) => ({
      name: a.type.slice('effect:'.length),
      params: (a.params ?? {}) as Record<string, unknown>,
    }));
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
  const persisted = persistedOf(wf.machine, snapshot);
  rememberSnapshot(persisted, snapshot);
  const leaves = leafPaths(snapshot.value);
  const at = isoOf(env.now);
  const before = activeSetOf(fromLeaves);
  const active = activePathsOf(leaves);
  const enteredAt: Record<string, string> = {};
  for (const p of active) enteredAt[p] = before.has(p) ? (base.enteredAt[p] ?? at) : at;
  const root = guardInput(
    snapshot.context as Record<string, unknown>,
    { type: '', $now: at },
    wf.definition.parameters ?? {},
  );
  const done = snapshot.status === 'done';
  const inWf = (path: string) => stateOf(wf, path);
  const outcome = done ? leaves.map((l) => inWf(l)?.outcome).find(Boolean) : undefined;
  // `base` is this record's own (fresh) object: filled in place, with what a spread would give.
  return Object.assign(base, {
    snapshot: persisted,
    states: leaves,
    status: done ? ('done' as const) : ('active' as const),
    ...(outcome ? { outcome } : {}),
    enteredAt,
    deadlines: done
      ? []
      : scheduleDeadlines(wf.definition, leaves, root, enteredAt, base.deadlines, inWf, active),
    history: [...base.history, { at, by: env.author, ...entry, from: fromLeaves, to: leaves }],
    updatedAt: at,
  });
}

const machineEvent = (type: string, payload: unknown, env: CallEnv): MachineEvent => ({
  type,
  payload,
  $actor: env.author,
  $now: isoOf(env.now),
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
  const context = { ...cloneJson(wf.definition.context ?? {}), ...data };
  const init = machineEvent('xstate.init', undefined, env);
  const [snapshot, actions] = pureInitial(wf.machine, { context, ...init });
  const at = isoOf(env.now);
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

/** The refusal of an event no transition took, with the configurator's words when written. */
function guardRefusal(wf: CompiledWorkflow, instance: WorkflowInstance, type: string, env: CallEnv) {
  // Say which conditions failed when the configurator described them.
  const described = handlersFor(wf, instance.states, type)
    .flatMap((h) => h.transitions.map((tr) => tr.description?.[env.locale]))
    .filter((d): d is string => !!d);
  return described.length
    ? refusal(env.t, 'guard', { event: type, conditions: described.join(' ; ') }, { key: 'guard-described' })
    : refusal(env.t, 'guard', { event: type });
}

/** The machine's step for an event: the next snapshot and its actions, or why none was taken. */
function step(
  wf: CompiledWorkflow,
  instance: WorkflowInstance,
  type: string,
  payload: unknown,
  env: CallEnv,
): { next: AnyMachineSnapshot; actions: { type: string; params?: unknown }[] } | { refused: RefusalReason } {
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
  if (next === snapshot || next.status === 'error') return { refused: guardRefusal(wf, instance, type, env) };
  return { next, actions };
}

/**
 * Whether an event would be taken now, without building the record it would write (a trial run
 * for the events a view offers).
 *
 * @example
 * const r = tryEvent(wf, instance, 'ACCEPT', {}, env); if (r) console.log(r.message);
 */
export function tryEvent(
  wf: CompiledWorkflow,
  instance: WorkflowInstance,
  type: string,
  payload: unknown,
  env: CallEnv,
): RefusalReason | undefined {
  const r = step(wf, instance, type, payload, env);
  return 'refused' in r ? r.refused : undefined;
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
  const r = step(wf, instance, type, payload, env);
  if ('refused' in r) return r;
  const base = withoutKeys(instance, ['snapshot', 'states', 'status']);
  const updated = settle(
    wf,
    base,
    r.next,
    env,
    { event: type, purpose: env.purpose, ...extra },
    instance.states,
  );
  return { instance: updated, effects: effectsOf(r.actions) };
}
