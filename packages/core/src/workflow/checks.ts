/**
 * The checks that decide whether an actor may send an event now, shared by `send` (which refuses
 * with the first failing reason) and `availableEvents` (which explains each event).
 */
import type { Actor } from '../actor.js';
import type { Translate } from '../i18n/index.js';
import { refusal } from './refusal.js';
import { checkResponse, validatePayload } from './payload.js';
import type { CompiledWorkflow } from './registry.js';
import { eventRoles, taskAt } from './roles.js';
import type { RefusalReason, WorkflowInstance } from './runtime-types.js';
import type { FormDefinition, WorkflowTransition } from './types.js';
import { asList, stateAt } from './walk.js';

/** A state that would handle the event for one active leaf. */
export interface Handler {
  handler: string;
  leaf: string;
  transitions: WorkflowTransition[];
}

/**
 * For each active leaf, the nearest state (itself or an ancestor) that handles `event`.
 *
 * @example
 * handlersFor(wf, ['decision'], 'ACCEPT'); // [{ handler: 'decision', leaf: 'decision', transitions: [...] }]
 */
export function handlersFor(wf: CompiledWorkflow, leaves: string[], event: string): readonly Handler[] {
  return planFor(wf, leaves, event).handlers;
}

/** What a definition says of an event in some states: who handles it, who may send it, its form. */
interface EventPlan {
  handlers: readonly Handler[];
  roles: ReadonlySet<string>;
  formRef?: string;
}

const plans = new WeakMap<CompiledWorkflow, Map<string, EventPlan>>();

// A compiled definition never changes: its answers are kept (every event and view asks).
function planFor(wf: CompiledWorkflow, leaves: string[], event: string): EventPlan {
  let known = plans.get(wf);
  if (!known) plans.set(wf, (known = new Map<string, EventPlan>()));
  const key = `${event}\u0000${leaves.join('\u0000')}`;
  let plan = known.get(key);
  if (!plan) {
    const handlers = Object.freeze(findHandlers(wf, leaves, event));
    const roles = handlers.flatMap((h) =>
      h.transitions.flatMap((tr) => eventRoles(wf.definition, h.handler, event, tr, h.leaf)),
    );
    const formRef = handlers.map((h) => taskAt(wf.definition, h.leaf)?.form).find(Boolean);
    known.set(key, (plan = { handlers, roles: new Set(roles), formRef }));
  }
  return plan;
}

function findHandlers(wf: CompiledWorkflow, leaves: string[], event: string): Handler[] {
  const out: Handler[] = [];
  for (const leaf of leaves) {
    const parts = leaf.split('.');
    for (let i = parts.length; i > 0; i--) {
      const path = parts.slice(0, i).join('.');
      const spec = stateAt(wf.definition, path)?.on?.[event];
      if (spec) {
        if (!out.some((h) => h.handler === path))
          out.push({ handler: path, leaf, transitions: asList(spec) });
        break;
      }
    }
  }
  return out;
}

/** Every event some active state handles. */
export function handledEvents(wf: CompiledWorkflow, leaves: string[]): string[] {
  const out = new Set<string>();
  for (const leaf of leaves) {
    const parts = leaf.split('.');
    for (let i = parts.length; i > 0; i--) {
      for (const e of Object.keys(stateAt(wf.definition, parts.slice(0, i).join('.'))?.on ?? {})) out.add(e);
    }
  }
  return [...out];
}

/**
 * Checks state, roles and payload (not guards, which need the machine). `null` = may proceed.
 *
 * @example
 * precheck(wf, instance, actor, 'ACCEPT', payload, formLookup, false);
 */
export function precheck(
  wf: CompiledWorkflow,
  instance: WorkflowInstance,
  actor: Pick<Actor, 'role'> | 'system',
  event: string,
  payload: unknown,
  form: (ref: string) => FormDefinition | undefined,
  t: Translate,
  checkPayload = true,
): { reason: RefusalReason } | { formRef?: string; payload?: unknown } {
  const ev = wf.definition.events[event];
  const no = (
    code: RefusalReason['code'],
    params: Record<string, string>,
    extra?: Parameters<typeof refusal>[3],
  ) => ({
    reason: refusal(t, code, { event, definition: wf.ref, ...params }, extra),
  });
  if (!ev) return no('unknown-event', { definition: wf.ref });
  if (instance.status === 'done') return no('finished', { outcome: instance.outcome ?? 'done' });
  if (ev.system && actor !== 'system') return no('system-event', {});
  const { handlers, roles, formRef } = planFor(wf, instance.states, event);
  if (handlers.length === 0) return no('wrong-state', { states: instance.states.join(', ') });
  if (actor !== 'system' && !roles.has(actor.role))
    return no('role', { role: actor.role, allowed: [...roles].join(', ') });
  if (ev.submitsTask) {
    const f = formRef ? form(formRef) : undefined;
    if (!f) return no('invalid-payload', { form: formRef ?? '—' }, { key: 'no-form' });
    if (!checkPayload) return { formRef };
    // The response is judged, and stored, as the form model computes it: never as sent.
    const checked = checkResponse(f, payload, t);
    if (checked.problems.length) return no('invalid-payload', {}, { problems: checked.problems });
    return { formRef, payload: checked.data };
  }
  if (checkPayload && ev.payload) {
    const problems = validatePayload(ev.payload, payload, t);
    if (problems.length) return no('invalid-payload', {}, { problems });
  }
  return {};
}
