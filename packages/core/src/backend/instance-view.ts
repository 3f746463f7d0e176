/**
 * A workflow instance as the step screen sees it: the state's title, the current step with the
 * actor's draft, the events with their payload forms and role titles (and, when refused, why in
 * words), and in a parallel state one block per region with its own step and events.
 */
import type { Engine } from '../engine/types.js';
import { handlersFor } from '../workflow/checks.js';
import type { CompiledWorkflow } from '../workflow/registry.js';
import { eventRoles, taskAt } from '../workflow/roles.js';
import type { AvailableEvent, WorkflowInstance } from '../workflow/runtime-types.js';
import { stateAt } from '../workflow/walk.js';
import { taskCategories } from '../engine/workflow-read.js';
import type { Category } from '../policy/types.js';
import { refusalError } from './errors.js';
import { deadlineViews } from './deadlines.js';
import type { Scope } from './scope.js';
import type { PersonRef, RegionView, StepEvent, StepView, WorkflowInstanceView } from './types.js';

/** The nearest parallel ancestor of a leaf, if any. */
function parallelOf(wf: CompiledWorkflow, leaf: string): string | undefined {
  const parts = leaf.split('.');
  for (let i = 1; i < parts.length; i++) {
    const path = parts.slice(0, i).join('.');
    if (stateAt(wf.definition, path)?.type === 'parallel') return path;
  }
  return undefined;
}

/** The view of one step (an active leaf with its task). */
async function stepView(
  s: Scope,
  wf: CompiledWorkflow,
  inst: WorkflowInstance,
  leaf: string,
  readable: ReadonlySet<Category>,
): Promise<StepView> {
  const def = wf.definition;
  const task = taskAt(def, leaf);
  const draft = task?.form
    ? await s.engine.readDraft(s.ctx, { fileId: inst.fileId, instanceId: inst.id, step: leaf })
    : undefined;
  // A response belongs to this step when it answered this step's form: in a parallel state every
  // region's leaf is active, and a sibling region's form must not prefill this one.
  const found = task?.form
    ? [...inst.responses].reverse().find((r) => r.form === task.form && r.state.split(',').includes(leaf))
    : undefined;
  // Someone else's answer is data of the task's categories: shown only to whom may read them all.
  const hidden =
    !!found && !taskCategories(s.engine.policy, task?.dataCategories ?? []).every((c) => readable.has(c));
  const saved = hidden ? undefined : found;
  const dueAt = inst.deadlines
    .filter((d) => d.status === 'pending' && (leaf === d.state || leaf.startsWith(`${d.state}.`)))
    .map((d) => d.dueAt)
    .sort()[0];
  const roles = task?.roles ?? [];
  return {
    id: leaf,
    title: task?.title ?? s.labels.state(def, leaf),
    ...(task?.form ? { form: task.form } : {}),
    ...(draft ? { response: draft.data } : saved ? { response: saved.data as Record<string, unknown> } : {}),
    responseVersion: draft?.version ?? 0,
    ...(draft ? { savedAt: draft.savedAt } : {}),
    ...(hidden && !draft ? { restricted: true } : {}),
    ...(dueAt ? { dueAt } : {}),
    roles,
    roleTitles: roles.map((r) => s.labels.role(r)),
  };
}

/** The view of one available event. */
function eventView(s: Scope, wf: CompiledWorkflow, inst: WorkflowInstance, e: AvailableEvent): StepEvent {
  const def = wf.definition;
  // What the definition alone decides, computed once per states and event (every event answers
  // with this view).
  const { irreversible, roles } = s.shared.memo(
    `event\u0000${wf.ref}\u0000${inst.states.join(',')}\u0000${e.event}`,
    () => {
      const { finals, edges } = s.shared.finals(wf);
      const handlers = handlersFor(wf, inst.states, e.event);
      return {
        irreversible: edges.some(
          (g) => g.event === e.event && handlers.some((h) => h.handler === g.from) && finals.has(g.to),
        ),
        roles: [
          ...new Set(
            handlers.flatMap((h) =>
              h.transitions.flatMap((t) => eventRoles(def, h.handler, e.event, t, h.leaf)),
            ),
          ),
        ],
      };
    },
  );
  const payload = def.events[e.event]?.payload;
  return {
    type: e.event,
    label: e.title,
    allowed: e.allowed,
    ...(e.reason
      ? { reason: refusalError(e.reason, s.labels, s.engine.policy, s.ctx.actor.role, def, inst).message }
      : {}),
    ...(irreversible ? { irreversible: true } : {}),
    ...(e.form ? { requiresForm: true } : {}),
    ...(payload ? { payload: { schema: payload } } : {}),
    ...(roles.length ? { roleTitles: roles.map((r) => s.labels.role(r)) } : {}),
  };
}

/**
 * The data categories (task words, see `taskCategories`) of the steps an instance's view shows.
 *
 * @example
 * taskCategories(policy, shownCategories(wf, inst)); // ['health'] at the medical opinion
 */
export function shownCategories(wf: CompiledWorkflow, inst: WorkflowInstance): string[] {
  return [...new Set(inst.states.flatMap((l) => taskAt(wf.definition, l)?.dataCategories ?? []))];
}

/** The categories of a view the actor may read, asked without an audit line (the call audits). */
async function canRead(s: Scope, fileId: string, words: string[]): Promise<Category[]> {
  const cats = taskCategories(s.engine.policy, words);
  const can = await Promise.all(cats.map((c) => s.engine.can(s.ctx, fileId, c, 'read')));
  return cats.filter((_, i) => can[i]);
}

/** Which region (if any) handles an event: the state that handles it lies inside the region. */
const regionOf = (wf: CompiledWorkflow, inst: WorkflowInstance, event: string, regions: string[]) => {
  const handler = handlersFor(wf, inst.states, event)[0]?.handler ?? '';
  return regions.find((r) => handler === r || handler.startsWith(`${r}.`));
};

/**
 * Builds the view.
 *
 * @example
 * const view = await instanceView(scope, wf, instance);
 */
export async function instanceView(
  s: Scope,
  wf: CompiledWorkflow,
  inst: WorkflowInstance,
  person?: PersonRef,
  readableCategories?: Category[],
): Promise<WorkflowInstanceView> {
  const def = wf.definition;
  const readable = new Set(readableCategories ?? (await canRead(s, inst.fileId, shownCategories(wf, inst))));
  const available = inst.status === 'done' ? [] : await s.runtime!.availableEvents(s.ctx, inst.id, inst);
  const who = person ?? (await personOf(s.engine, s.ctx, inst.fileId));
  const leaf = inst.states[0] ?? '';
  const parallel = inst.status === 'done' ? undefined : parallelOf(wf, leaf);
  const regionIds = parallel
    ? Object.keys(stateAt(def, parallel)?.states ?? {}).map((k) => `${parallel}.${k}`)
    : [];
  const events = regionIds.length
    ? available.filter((e) => !regionOf(wf, inst, e.event, regionIds))
    : available;
  const regions: RegionView[] = [];
  for (const id of regionIds) {
    const at = inst.states.find((l) => l === id || l.startsWith(`${id}.`)) ?? id;
    const done = stateAt(def, at)?.type === 'final';
    regions.push({
      id,
      title: s.labels.state(def, id),
      done,
      ...(done ? {} : { step: await stepView(s, wf, inst, at, readable) }),
      events: available
        .filter((e) => regionOf(wf, inst, e.event, regionIds) === id)
        .map((e) => eventView(s, wf, inst, e)),
    });
  }
  const state = parallel ?? leaf;
  return {
    id: inst.id,
    definition: inst.definition,
    workflowTitle: def.title,
    person: who,
    status: inst.status,
    state,
    stateTitle: s.labels.state(def, state),
    ...(inst.outcome ? { outcome: inst.outcome } : {}),
    ...(inst.status === 'done' || parallel || !leaf
      ? {}
      : { step: await stepView(s, wf, inst, leaf, readable) }),
    events: events.map((e) => eventView(s, wf, inst, e)),
    ...(parallel ? { regions } : {}),
    deadlines: deadlineViews(s, wf, inst),
    version: inst.history.length,
  };
}

/**
 * The person of a file as views show them (the name only where the actor may read it).
 *
 * @example
 * await personOf(engine, ctx, 'uf-1'); // { userFileId: 'uf-1', displayName: 'Jeanne DURAND' }
 */
export async function personOf(engine: Engine, ctx: Scope['ctx'], fileId: string): Promise<PersonRef> {
  const n = (await engine.names(ctx, [fileId])).get(fileId);
  return {
    userFileId: fileId,
    displayName: n?.displayName ?? fileId,
    ...(n?.birthDate ? { birthDate: n.birthDate } : {}),
  };
}
