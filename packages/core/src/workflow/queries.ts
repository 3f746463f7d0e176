/**
 * Read-side questions of the runtime: which events may this actor send now (and why not), what
 * is due or overdue, which tasks wait for an actor, which instances cannot be restored.
 */
import type { Actor, CallContext } from '../actor.js';
import { tryEvent, type CallEnv } from './apply.js';
import { restoreSnapshot } from './snapshot.js';
import { handledEvents, handlersFor, precheck } from './checks.js';
import { instantMs } from './dates.js';
import { errorMessage, ProblemError } from './problem.js';
import { INBOX, INSTANCES, readsUserFile, type Kernel, type WorkflowNotification } from './kernel.js';
import { taskAt } from './roles.js';
import type { AvailableEvent, DueItem, WorkflowInstance, WorkflowTaskItem } from './runtime-types.js';
import type { WorkflowGuard } from './types.js';
import type { CompiledWorkflow } from './registry.js';
import { stateAt } from './walk.js';

// A declarative guard that reads the payload cannot be judged before the data is given: such
// events are listed as allowed, and `send` decides. Named guards are evaluated with an empty
// payload (`{}`), so a host guard that reads the payload should accept an empty one.
const readsPayload = (g: WorkflowGuard | undefined): boolean =>
  g !== undefined && typeof g !== 'string' && !('name' in g) && JSON.stringify(g).includes('/event');

function dueItems(k: Kernel, inst: WorkflowInstance, nowMs: number): DueItem[] {
  const wf = k.registry.get(inst.definition);
  return wf ? dueItemsOf(wf, inst, nowMs) : [];
}

/**
 * The deadlines of an instance as due items: title from the definition, status at `nowMs`.
 *
 * @example
 * dueItemsOf(wf, instance, Date.now()).filter((d) => d.status === 'overdue');
 */
export function dueItemsOf(wf: CompiledWorkflow, inst: WorkflowInstance, nowMs: number): DueItem[] {
  return inst.deadlines.map((d) => {
    const spec = stateAt(wf.definition, d.state)?.deadlines?.find((x) => x.id === d.deadlineId);
    const overdue = instantMs(d.dueAt) <= nowMs;
    const soon = d.reminders.some((r) => instantMs(r.at) <= nowMs);
    return {
      instanceId: inst.id,
      fileId: inst.fileId,
      establishment: inst.establishment,
      definition: inst.definition,
      state: d.state,
      deadlineId: d.deadlineId,
      title: spec?.title ?? { fr: d.deadlineId, en: d.deadlineId },
      dueAt: d.dueAt,
      status: overdue ? 'overdue' : soon ? 'due-soon' : 'upcoming',
      roles: taskAt(wf.definition, d.state)?.roles ?? [],
    };
  });
}

/** The read-side methods. */
export function queryApi(k: Kernel) {
  const active = async (where: Record<string, string>) =>
    (await k.store.query<WorkflowInstance>(INSTANCES, { where: { ...where, status: 'active' } })).map(
      (r) => r.data,
    );

  return {
    /**
     * The events the actor could send now, each `allowed` or with the reason it is not.
     *
     * @example
     * (await runtime.availableEvents(ctx, id)).filter((e) => e.allowed).map((e) => e.event);
     */
    async availableEvents(
      ctx: CallContext,
      instanceId: string,
      /** The instance as the caller just got it (from `send`), to spare reading it again. */
      current?: WorkflowInstance,
    ): Promise<AvailableEvent[]> {
      const rec = current?.id === instanceId ? { data: current } : await k.load(instanceId);
      const wf = rec && k.registry.get(rec.data.definition);
      if (!rec || !wf) return [];
      const out: AvailableEvent[] = [];
      // Read once for every event (the file, for guards that read it).
      let env: CallEnv | undefined;
      const envOnce = async () =>
        (env ??= {
          now: k.clock(),
          t: k.t,
          locale: k.locale,
          author: ctx.actor,
          userFile: k.opts.userFile && readsUserFile(wf) ? await k.opts.userFile(rec.data.fileId) : undefined,
        });
      for (const event of handledEvents(wf, rec.data.states)) {
        const ev = wf.definition.events[event];
        if (!ev || ev.system) continue;
        const base = { event, title: ev.title, ...(ev.payload ? { payload: ev.payload } : {}) };
        const pre = precheck(
          wf,
          rec.data,
          ctx.actor,
          event,
          undefined,
          (ref) => k.registry.form(ref),
          k.t,
          false,
        );
        if ('reason' in pre) {
          out.push({ ...base, allowed: false, reason: pre.reason });
          continue;
        }
        const form = pre.formRef;
        const handlers = handlersFor(wf, rec.data.states, event);
        const transitions = handlers.flatMap((h) => h.transitions);
        // Guards can refuse only when every handler's transitions are all guarded: one unguarded
        // transition (a fallback) always takes the event, so no trial run is needed.
        const guarded = handlers.every((h) => h.transitions.every((t) => t.guard !== undefined));
        const refused = guarded
          ? tryEvent(wf, rec.data, event, ev.payload || ev.submitsTask ? {} : undefined, await envOnce())
          : undefined;
        const readsData = transitions.some((t) => readsPayload(t.guard));
        const auth = k.opts.authorize
          ? await k.opts.authorize(ctx, { action: 'send', instance: rec.data, event, definition: wf.ref })
          : { allowed: true as const };
        if (!auth.allowed)
          out.push({
            ...base,
            form,
            allowed: false,
            reason: {
              code: 'forbidden',
              message: auth.reason,
              ...(auth.cause ? { params: { cause: auth.cause } } : {}),
            },
          });
        else if (refused && !readsData) out.push({ ...base, form, allowed: false, reason: refused });
        else out.push({ ...base, ...(form ? { form } : {}), allowed: true });
      }
      return out;
    },

    /**
     * Deadlines that are due soon (a reminder passed) or overdue; `includeUpcoming` adds the rest.
     *
     * @example
     * await runtime.due({ establishment: '750000001', role: 'director', now: new Date() });
     */
    async due(q: {
      establishment?: string;
      fileId?: string;
      role?: string;
      now?: Date;
      includeUpcoming?: boolean;
    }): Promise<DueItem[]> {
      const nowMs = (q.now ?? k.clock()).getTime();
      const where: Record<string, string> = {};
      if (q.establishment) where.establishment = q.establishment;
      if (q.fileId) where.fileId = q.fileId;
      return (await active(where))
        .flatMap((i) => dueItems(k, i, nowMs))
        .filter(
          (d) => (q.includeUpcoming || d.status !== 'upcoming') && (!q.role || d.roles.includes(q.role)),
        )
        .sort((a, b) => instantMs(a.dueAt) - instantMs(b.dueAt));
    },

    /**
     * The human tasks waiting for an actor (their role, their establishment), overdue first.
     *
     * @example
     * const inbox = await runtime.tasks({ actor, now: new Date() });
     */
    async tasks(q: {
      actor: Pick<Actor, 'role' | 'establishment'>;
      now?: Date;
      fileId?: string;
    }): Promise<WorkflowTaskItem[]> {
      const nowMs = (q.now ?? k.clock()).getTime();
      const where: Record<string, string> = { establishment: q.actor.establishment };
      if (q.fileId) where.fileId = q.fileId;
      const out: WorkflowTaskItem[] = [];
      for (const inst of await active(where)) {
        const wf = k.registry.get(inst.definition);
        if (!wf) continue;
        const due = dueItems(k, inst, nowMs);
        const seen = new Set<string>();
        for (const leaf of inst.states) {
          const task = taskAt(wf.definition, leaf);
          if (!task || !task.roles.includes(q.actor.role) || seen.has(leaf)) continue;
          seen.add(leaf);
          const deadlines = due.filter((d) => leaf === d.state || leaf.startsWith(`${d.state}.`));
          out.push({
            instanceId: inst.id,
            fileId: inst.fileId,
            establishment: inst.establishment,
            definition: inst.definition,
            state: leaf,
            title: task.title,
            ...(task.form ? { form: task.form } : {}),
            roles: task.roles,
            dataCategories: task.dataCategories,
            enteredAt: inst.enteredAt[leaf],
            deadlines,
            overdue: deadlines.some((d) => d.status === 'overdue'),
          });
        }
      }
      return out.sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) || (a.enteredAt ?? '').localeCompare(b.enteredAt ?? ''),
      );
    },

    /**
     * Notifications the default notifier recorded for an actor's role and establishment.
     *
     * @example
     * await runtime.inbox({ actor });
     */
    async inbox(q: { actor: Pick<Actor, 'role' | 'establishment'> }): Promise<WorkflowNotification[]> {
      const recs = await k.store.query<WorkflowNotification>(INBOX, {
        where: { establishment: q.actor.establishment },
      });
      return recs.map((r) => r.data).filter((n) => n.roles.includes(q.actor.role));
    },

    /**
     * Checks every stored instance against the registry. Unrestorable ones are reported by id,
     * never reset.
     *
     * @example
     * const { unrestorable } = await runtime.restoreAll();
     */
    async restoreAll(): Promise<{
      restored: number;
      unrestorable: { instanceId: string; fileId?: string; definition?: string; message: string }[];
    }> {
      let restored = 0;
      const unrestorable: { instanceId: string; fileId?: string; definition?: string; message: string }[] =
        [];
      for (const rec of await k.store.query<WorkflowInstance>(INSTANCES)) {
        const inst = rec.data;
        try {
          if (!inst || typeof inst.definition !== 'string' || !inst.snapshot)
            throw new ProblemError({ key: 'workflow.instance.not-instance' });
          const wf = k.registry.get(inst.definition);
          if (!wf)
            throw new ProblemError({
              key: 'workflow.instance.unregistered',
              params: { definition: inst.definition },
            });
          restoreSnapshot(wf, inst);
          restored++;
        } catch (e) {
          unrestorable.push({
            instanceId: rec.id,
            fileId: inst?.fileId,
            definition: inst?.definition,
            message: errorMessage(e, k.t),
          });
        }
      }
      return { restored, unrestorable };
    },
  };
}
