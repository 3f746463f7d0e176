/**
 * Compiles a (linted) definition to an XState v5 machine through `setup()`. Names in the JSON
 * refer to the registries: standard guards/actions plus the host's. Deadlines are not xstate
 * `after` delays (see STACK.md G7): they live in state `meta` and the runtime schedules them.
 */
import { assign, setup, type AnyStateMachine } from 'xstate';
import {
  guardInput,
  standardDataActions,
  standardEffects,
  standardGuards,
  type MachineEvent,
  type NamedGuard,
} from './builtins.js';
import type {
  WorkflowAction,
  WorkflowDefinition,
  WorkflowGuard,
  WorkflowState,
  WorkflowTransition,
} from './types.js';
import { asList, stateKind } from './walk.js';
import { cloneJson } from '../json/clone.js';

/** Host registries the compiler links names against. */
export interface WorkflowRegistries {
  /** Named guards, added to (or replacing) the standard ones. */
  guards?: Record<string, NamedGuard>;
  /** Names of host effect actions (their implementations are given to the runtime). */
  effects?: readonly string[];
}

/** Every guard name a definition may use with these registries. */
export function guardNames(reg: WorkflowRegistries = {}): Set<string> {
  return new Set([...Object.keys(standardGuards), ...Object.keys(reg.guards ?? {})]);
}

/** Every action name a definition may use with these registries. */
export function actionNames(reg: WorkflowRegistries = {}): Set<string> {
  return new Set([...Object.keys(standardDataActions), ...standardEffects, ...(reg.effects ?? [])]);
}

/** Names whose xstate action is an effect the runtime collects. */
export function effectNames(reg: WorkflowRegistries = {}): Set<string> {
  return new Set([...standardEffects, ...(reg.effects ?? [])].map((n) => `effect:${n}`));
}

type XAction = { type: string; params?: Record<string, unknown> };
type XGuard = { type: string; params?: Record<string, unknown> };

function compileActions(list: WorkflowAction[] | undefined): XAction[] {
  return (list ?? []).flatMap((a) => {
    const { type, params = {} } = typeof a === 'string' ? { type: a } : a;
    const out: XAction[] = [];
    const data = type in standardDataActions;
    if (data) out.push({ type, params });
    // produceDocument both lists the document (data) and asks the host to render it (effect).
    if (!data || (standardEffects as readonly string[]).includes(type))
      out.push({ type: `effect:${type}`, params });
    return out;
  });
}

function compileGuard(g: WorkflowGuard | undefined): XGuard | undefined {
  if (g === undefined) return undefined;
  if (typeof g === 'string') return { type: g };
  if ('name' in g) return { type: g.name, params: g.params ?? {} };
  return { type: 'condition', params: { condition: g } };
}

function compileTransition(t: WorkflowTransition) {
  return { target: t.target, guard: compileGuard(t.guard), actions: compileActions(t.actions) };
}

function compileState(state: WorkflowState, path: string): Record<string, unknown> {
  const kind = stateKind(state);
  const cfg: Record<string, unknown> = {
    meta: { path, title: state.title, task: state.task, deadlines: state.deadlines, outcome: state.outcome },
  };
  if (kind === 'parallel' || kind === 'final') cfg.type = kind;
  if (state.initial) cfg.initial = state.initial;
  if (state.states) {
    cfg.states = Object.fromEntries(
      Object.entries(state.states).map(([k, s]) => [k, compileState(s, path ? `${path}.${k}` : k)]),
    );
  }
  if (state.on) {
    cfg.on = Object.fromEntries(
      Object.entries(state.on).map(([e, t]) => [e, asList(t).map(compileTransition)]),
    );
  }
  if (state.onDone) cfg.onDone = asList(state.onDone).map(compileTransition);
  if (state.always) cfg.always = asList(state.always).map(compileTransition);
  if (state.entry) cfg.entry = compileActions(state.entry);
  if (state.exit) cfg.exit = compileActions(state.exit);
  return cfg;
}

/**
 * Compiles a definition. Lint it first ({@link lintWorkflow}): the compiler trusts names.
 *
 * @example
 * const machine = compileWorkflow(admission, { guards: { isAdult: (i) => true } });
 * const [snapshot] = initialTransition(machine, { context: {} });
 */
export function compileWorkflow(def: WorkflowDefinition, reg: WorkflowRegistries = {}): AnyStateMachine {
  const params = (def.parameters ?? {}) as Record<string, unknown>;
  const allGuards = { ...standardGuards, ...(reg.guards ?? {}) };
  const guards = Object.fromEntries(
    Object.entries(allGuards).map(([name, fn]) => [
      name,
      (
        { context, event }: { context: Record<string, unknown>; event: MachineEvent },
        p?: Record<string, unknown>,
      ) => fn(guardInput(context, event, params), p ?? {}),
    ]),
  );
  const dataActions = Object.fromEntries(
    Object.entries(standardDataActions).map(([name, update]) => [
      name,
      assign(
        (
          { context, event }: { context: Record<string, unknown>; event: MachineEvent },
          p?: Record<string, unknown>,
        ) => update(guardInput(context, event, params), p ?? {}),
      ),
    ]),
  );
  // Effects do nothing inside xstate: the pure `transition()` returns them and the runtime runs them.
  const effects = Object.fromEntries([...effectNames(reg)].map((n) => [n, () => undefined]));
  const root = compileState({ title: def.title, initial: def.initial, states: def.states }, '');
  const config = {
    id: def.id,
    context: ({ input }: { input: { context?: Record<string, unknown> } }) => cloneJson(input?.context ?? {}),
    initial: def.initial,
    states: root.states,
  };
  // `setup()`'s generic typing cannot describe registries known only at run time.
  const impl = setup({ guards, actions: { ...dataActions, ...effects } } as unknown as Parameters<
    typeof setup
  >[0]);
  return impl.createMachine(config as unknown as Parameters<typeof impl.createMachine>[0]) as AnyStateMachine;
}
