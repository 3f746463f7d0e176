/**
 * The deadline scheduler: `tick(now)` fires the reminders and deadlines that fell due, sending
 * each deadline's event as the engine. The host calls it on a timer (every minute is plenty);
 * tests call it with any date. Nothing depends on a `setTimeout` surviving a restart.
 */
import { applyEvent, type CallEnv, type WorkflowEffect } from './apply.js';
import { instantMs } from './dates.js';
import { deadlineEventPayload } from './deadline-event.js';
import { INSTANCES, type Kernel, type StoredInstance, type WorkflowNotification } from './kernel.js';
import { taskAt } from './roles.js';
import type { FiredItem, WorkflowInstance } from './runtime-types.js';
import { hasDueWork } from './schedule.js';
import type { StoredRecord } from '../store/port.js';
import { stateAt } from './walk.js';

/** The scheduler method. */
export function tickApi(k: Kernel) {
  async function fire(inst: WorkflowInstance, version: number, now: Date): Promise<FiredItem[]> {
    const wf = k.registry.get(inst.definition);
    if (!wf) return []; // reported by restoreAll, never touched here
    const nowMs = now.getTime();
    const env: CallEnv = { now, t: k.t, locale: k.locale, author: 'system', purpose: 'deadline' };
    const fired: FiredItem[] = [];
    const notes: WorkflowNotification[] = [];
    const effects: WorkflowEffect[] = [];
    const base = { instanceId: inst.id, fileId: inst.fileId };
    for (const d of inst.deadlines) {
      if (d.status !== 'pending') continue;
      for (const r of d.reminders) {
        if (r.sent || instantMs(r.at) > nowMs || instantMs(d.dueAt) <= nowMs) continue;
        r.sent = true;
        const spec = stateAt(wf.definition, d.state)?.deadlines?.find((x) => x.id === d.deadlineId);
        notes.push({
          kind: 'reminder',
          instanceId: inst.id,
          fileId: inst.fileId,
          establishment: inst.establishment,
          definition: inst.definition,
          roles: taskAt(wf.definition, d.state)?.roles ?? [],
          message: spec?.title ?? { fr: d.deadlineId, en: d.deadlineId },
          at: now.toISOString(),
          deadlineId: d.deadlineId,
          dueAt: d.dueAt,
        });
        fired.push({ ...base, kind: 'reminder', deadlineId: d.deadlineId, event: d.event, dueAt: d.dueAt });
      }
    }
    let current = inst;
    const due = inst.deadlines.filter((d) => d.status === 'pending' && instantMs(d.dueAt) <= nowMs);
    for (const d of due.sort((a, b) => instantMs(a.dueAt) - instantMs(b.dueAt))) {
      const live = current.deadlines.find((x) => x.key === d.key && x.status === 'pending');
      if (!live || current.status === 'done') continue; // an earlier deadline's transition left its state
      live.status = 'fired';
      live.firedAt = now.toISOString();
      const payload = deadlineEventPayload(d.deadlineId, d.dueAt);
      const r = applyEvent(wf, current, d.event, payload, env, { deadline: d.deadlineId });
      if ('instance' in r) {
        current = r.instance;
        effects.push(...r.effects);
      } else {
        // Not handled now: the deadline stays listed as overdue, and the timeline says it passed.
        current = {
          ...current,
          history: [
            ...current.history,
            {
              at: live.firedAt,
              by: 'system',
              event: d.event,
              deadline: d.deadlineId,
              from: current.states,
              to: current.states,
            },
          ],
          updatedAt: live.firedAt,
        };
      }
      fired.push({
        ...base,
        kind: 'deadline',
        deadlineId: d.deadlineId,
        event: d.event,
        dueAt: d.dueAt,
        handled: 'instance' in r,
      });
    }
    if (fired.length === 0 || !(await k.save(current, version, inst.history.length))) return [];
    for (const n of notes) await k.notify(n);
    await k.opts.audit?.({
      ctx: null,
      action: 'workflow.deadline',
      instanceId: inst.id,
      fileId: inst.fileId,
      detail: { fired },
    });
    await k.runEffects(current, effects, null);
    return fired;
  }

  return {
    /**
     * Fires every reminder and deadline due at `now` (default: the clock) and returns what fired.
     * An instance changed concurrently is skipped and picked up by the next tick.
     *
     * @example
     * const fired = await runtime.tick(new Date('2026-05-12T08:00:00Z'));
     */
    async tick(now: Date = k.clock()): Promise<FiredItem[]> {
      const nowMs = now.getTime();
      const due = (r: StoredRecord<StoredInstance>) => hasDueWork(r.data.deadlines, nowMs);
      const recs = [
        // An indexed range: only the instances with something due are read.
        ...(await k.store.query<StoredInstance>(INSTANCES, {
          where: { status: 'active', nextDueAt: { lte: now.toISOString() } },
          orderBy: 'nextDueAt',
          filter: due,
        })),
        // Instances last saved before `nextDueAt` existed; each is indexed at its next save.
        ...(await k.store.query<StoredInstance>(INSTANCES, {
          where: { status: 'active', nextDueAt: null },
          filter: due,
        })),
      ];
      const out: FiredItem[] = [];
      for (const hot of recs) {
        const rec = await k.withHistory(hot);
        out.push(...(await fire(rec.data, rec.version, now)));
      }
      return out;
    },
  };
}
