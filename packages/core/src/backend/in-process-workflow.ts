/**
 * The workflow half of the in-process backend: tasks, the current step with the events the actor
 * may send (and why not), sending, drafts, definitions and deadlines — over the engine's
 * workflow runtime, which checks the access policy and audits every change.
 */
import type { CallContext } from '../actor.js';
import type { Engine } from '../engine/types.js';
import { workflowGraph } from '../workflow/graph.js';
import { taskAt } from '../workflow/roles.js';
import type { WorkflowRuntime } from '../workflow/runtime.js';
import type { WorkflowInstance } from '../workflow/runtime-types.js';
import { stateAt } from '../workflow/walk.js';
import { deadlineView, fromRefusal } from './in-process.js';
import type { BackendResult, DuiBackend, PersonRef, TaskSummary, WorkflowInstanceView } from './types.js';

type WorkflowPart = Pick<
  DuiBackend,
  | 'getTasks'
  | 'getInstance'
  | 'sendEvent'
  | 'saveStepResponse'
  | 'getWorkflowDefinition'
  | 'getFormDefinition'
  | 'getDeadlines'
>;

const unavailable: BackendResult<never> = {
  ok: false,
  error: {
    code: 'unavailable',
    message: 'This engine runs no workflows (createEngine({ workflows }) is not set).',
  },
};

/**
 * The workflow methods of the in-process backend.
 *
 * @example
 * const wf = workflowFacade(engine, ctx, engine.workflows, () => new Date());
 */
export function workflowFacade(
  engine: Engine,
  ctx: CallContext,
  runtime: WorkflowRuntime | null | undefined,
  clock: () => Date,
): WorkflowPart {
  // Drafts of step forms: the runtime stores responses only with the event that submits them, so
  // drafts live with this backend (per page / per server session) until that event is sent.
  const drafts = new Map<string, { data: Record<string, unknown>; version: number }>();

  /** Names of the files the actor may open (the engine leaves names out when not allowed). */
  const people = async (): Promise<Map<string, PersonRef>> => {
    const r = await engine.listUserFiles(ctx);
    const map = new Map<string, PersonRef>();
    if (r.ok) {
      for (const f of r.value) {
        map.set(f.id, {
          userFileId: f.id,
          displayName: f.displayName ?? f.id,
          ...(f.birthDate ? { birthDate: f.birthDate } : {}),
        });
      }
    }
    return map;
  };

  const view = async (inst: WorkflowInstance, version: number): Promise<WorkflowInstanceView> => {
    const def = runtime!.registry.get(inst.definition)!.definition;
    const now = clock().getTime();
    const leaf = inst.states[0];
    const task = leaf ? taskAt(def, leaf) : undefined;
    const graph = workflowGraph(def);
    const finals = new Set(graph.nodes.filter((n) => n.kind === 'final').map((n) => n.id));
    const events = inst.status === 'done' ? [] : await runtime!.availableEvents(ctx, inst.id);
    const person = (await people()).get(inst.fileId) ?? { userFileId: inst.fileId, displayName: inst.fileId };
    const pending = inst.deadlines.filter((d) => d.status === 'pending');
    const deadlines = pending.map((d) =>
      deadlineView({
        instanceId: inst.id,
        fileId: inst.fileId,
        establishment: inst.establishment,
        definition: inst.definition,
        state: d.state,
        deadlineId: d.deadlineId,
        title: stateAt(def, d.state)?.deadlines?.find((x) => x.id === d.deadlineId)?.title ?? {
          fr: d.deadlineId,
          en: d.deadlineId,
        },
        dueAt: d.dueAt,
        status: new Date(d.dueAt).getTime() <= now ? 'overdue' : 'upcoming',
        roles: task?.roles ?? [],
      }),
    );
    const draft = drafts.get(inst.id);
    const saved = [...inst.responses].reverse().find((r) => r.state.split(',').includes(leaf ?? ''));
    const dueAt = pending
      .filter((d) => leaf === d.state || leaf?.startsWith(`${d.state}.`))
      .map((d) => d.dueAt)
      .sort()[0];
    return {
      id: inst.id,
      definition: inst.definition,
      workflowTitle: def.title,
      person,
      status: inst.status,
      state: leaf ?? '',
      ...(inst.status === 'done' || !leaf
        ? {}
        : {
            step: {
              id: leaf,
              title: task?.title ?? stateAt(def, leaf)?.title ?? leaf,
              ...(task?.form ? { form: task.form } : {}),
              ...(draft || saved
                ? { response: draft?.data ?? (saved!.data as Record<string, unknown>) }
                : {}),
              responseVersion: draft?.version ?? 0,
              ...(dueAt ? { dueAt } : {}),
              roles: task?.roles ?? [],
            },
          }),
      events: events.map((e) => {
        const edge = graph.edges.find(
          (g) => g.event === e.event && (leaf === g.from || leaf?.startsWith(`${g.from}.`)),
        );
        return {
          type: e.event,
          label: e.title,
          allowed: e.allowed,
          ...(e.reason ? { reason: e.reason.message } : {}),
          ...(edge && finals.has(edge.to) ? { irreversible: true } : {}),
          ...(e.form ? { requiresForm: true } : {}),
        };
      }),
      deadlines,
      version,
    };
  };

  return {
    async getTasks(filter) {
      if (!runtime) return unavailable;
      const names = await people();
      const items = await runtime.tasks({
        actor: ctx.actor,
        now: clock(),
        ...(filter?.userFileId ? { fileId: filter.userFileId } : {}),
      });
      const tasks = items
        .filter((t) => names.has(t.fileId))
        .map((t): TaskSummary => {
          const def = runtime.registry.get(t.definition)!.definition;
          const dueAt = t.deadlines.map((d) => d.dueAt).sort()[0];
          return {
            id: `${t.instanceId}#${t.state}`,
            instanceId: t.instanceId,
            workflow: { id: def.id, version: def.version, title: def.title },
            step: { id: t.state, title: t.title },
            person: names.get(t.fileId)!,
            status: t.overdue ? 'overdue' : 'open',
            ...(dueAt ? { dueAt } : {}),
            createdAt: t.enteredAt ?? '',
            roles: t.roles,
          };
        });
      return {
        ok: true,
        value: tasks.filter(
          (t) =>
            (!filter?.workflowId || t.workflow.id === filter.workflowId) &&
            (!filter?.status || filter.status.includes(t.status)),
        ),
      };
    },

    async getInstance(id) {
      if (!runtime) return unavailable;
      const r = await runtime.get(ctx, id);
      if (!r.ok) return fromRefusal(r.reason);
      return { ok: true, value: await view(r.instance, r.instance.history.length) };
    },

    async sendEvent(id, event) {
      if (!runtime) return unavailable;
      const r = await runtime.send(ctx, id, event);
      if (!r.ok) return fromRefusal(r.reason);
      drafts.delete(id);
      return { ok: true, value: await view(r.instance, r.instance.history.length) };
    },

    async saveStepResponse(id, response, options) {
      if (!runtime) return unavailable;
      const r = await runtime.get(ctx, id);
      if (!r.ok) return fromRefusal(r.reason);
      const current = drafts.get(id)?.version ?? 0;
      if (options?.expectedVersion !== undefined && options.expectedVersion !== current) {
        return {
          ok: false,
          error: { code: 'conflict', message: 'The draft was saved meanwhile: reload it before saving.' },
        };
      }
      drafts.set(id, { data: structuredClone(response), version: current + 1 });
      return { ok: true, value: { version: current + 1, savedAt: clock().toISOString() } };
    },

    async getWorkflowDefinition(ref) {
      if (!runtime) return unavailable;
      const def = runtime.registry.get(ref)?.definition;
      return def
        ? { ok: true, value: def }
        : {
            ok: false,
            error: { code: 'not-found', message: `Workflow definition ${ref} is not registered.` },
          };
    },

    async getFormDefinition(ref) {
      if (!runtime) return unavailable;
      const form = runtime.registry.form(ref);
      return form
        ? { ok: true, value: form }
        : { ok: false, error: { code: 'not-found', message: `Form ${ref} is not registered.` } };
    },

    async getDeadlines(filter) {
      if (!runtime) return unavailable;
      const names = await people();
      const due = await runtime.due({
        establishment: ctx.actor.establishment,
        now: clock(),
        includeUpcoming: true,
        ...(filter?.userFileId ? { fileId: filter.userFileId } : {}),
      });
      return {
        ok: true,
        value: due
          .filter((d) => names.has(d.fileId))
          .map((d) => deadlineView(d, names.get(d.fileId)))
          .filter(
            (d) =>
              (!filter?.before || d.dueAt < filter.before) &&
              (!filter?.status || filter.status.includes(d.status)),
          ),
      };
    },
  };
}
