/**
 * The deadline scheduler: `tick(now)` fires the reminders and deadlines that fell due, sending
 * each deadline's event as the engine. The host calls it on a timer (every minute is plenty);
 * tests call it with any date. Nothing depends on a `setTimeout` surviving a restart.
 */
import { applyEvent, type CallEnv, type WorkflowEffect } from './apply.js';
import { cloneJson } from '../json/clone.js';
import { instantMs, isoOf } from './dates.js';
import { deadlineEventPayload } from './deadline-event.js';
import {
  INSTANCES,
  type Kernel,
  type StoredInstance,
  type WithinTx,
  type WorkflowNotification,
} from './kernel.js';
import { taskAt } from './roles.js';
import type { FiredItem, WorkflowInstance } from './runtime-types.js';
import { hasDueWork } from './schedule.js';
import {
  isConflict,
  type AfterCommit,
  type StoreQuery,
  type StoreTx,
  type StoredRecord,
} from '../store/port.js';
import { stateAt } from './walk.js';

/** The scheduler method. */
export function tickApi(k: Kernel) {
  /**
   * Fires what is due on one instance inside `within` (its transaction): the instance, its
   * history, the default inbox entries and the audit line commit together or not at all; host
   * notifiers and effects run after the commit.
   */
  async function fire(
    inst: WorkflowInstance,
    version: number,
    now: Date,
    within: WithinTx,
  ): Promise<FiredItem[]> {
    const wf = k.registry.get(inst.definition);
    if (!wf) return []; // reported by restoreAll, never touched here
    // The record may be the store's own (peekQuery): the deadlines marked below are copies. `inst`
    // itself is the object withHistory made for this firing.
    inst.deadlines = cloneJson(inst.deadlines);
    const nowMs = now.getTime();
    const env: CallEnv = { now, t: k.t, locale: k.locale, author: 'system', purpose: 'deadline' };
    const fired: FiredItem[] = [];
    const notes: WorkflowNotification[] = [];
    const effects: WorkflowEffect[] = [];
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
          at: isoOf(now),
          deadlineId: d.deadlineId,
          dueAt: d.dueAt,
        });
        fired.push({
          instanceId: inst.id,
          fileId: inst.fileId,
          kind: 'reminder',
          deadlineId: d.deadlineId,
          event: d.event,
          dueAt: d.dueAt,
        });
      }
    }
    let current = inst;
    const due = inst.deadlines.filter((d) => d.status === 'pending' && instantMs(d.dueAt) <= nowMs);
    for (const d of due.sort((a, b) => instantMs(a.dueAt) - instantMs(b.dueAt))) {
      const live = current.deadlines.find((x) => x.key === d.key && x.status === 'pending');
      if (!live || current.status === 'done') continue; // an earlier deadline's transition left its state
      live.status = 'fired';
      live.firedAt = isoOf(now);
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
        instanceId: inst.id,
        fileId: inst.fileId,
        kind: 'deadline',
        deadlineId: d.deadlineId,
        event: d.event,
        dueAt: d.dueAt,
        handled: 'instance' in r,
      });
    }
    if (fired.length === 0 || !(await k.save(current, version, inst.history.length, within))) return [];
    for (const n of notes) await k.notify(n, within);
    await k.opts.audit?.(
      { ctx: null, action: 'workflow.deadline', instanceId: inst.id, fileId: inst.fileId, detail: { fired } },
      within.tx,
    );
    within.after.push(async () => void (await k.runEffects(current, effects, null)));
    return fired;
  }

  /**
   * Claims each due instance in its own transaction (several processes: each fires once); what
   * `fn` returns runs after that transaction committed.
   */
  async function claimDue(
    query: StoreQuery<StoredInstance>,
    nowMs: number,
    fn: (rec: StoredRecord<StoredInstance>, tx: StoreTx) => Promise<AfterCommit>,
  ) {
    const due = (r: StoredRecord<StoredInstance>) => hasDueWork(r.data.deadlines, nowMs);
    if (k.store.claimEach)
      return void (await k.store.claimEach<StoredInstance>(INSTANCES, query, async (rec, tx) =>
        due(rec) ? fn(rec, tx) : undefined,
      ));
    // Without claims (the in-process stores): the version check of each transaction's write
    // picks one writer (a record changed since the query is a conflict: left to whoever changed
    // it); the loser's transaction rolls back whole. The record the query read is the one fired:
    // reading it again inside the transaction would only copy it twice.
    const failed: unknown[] = [];
    // The store's own records where it lends them (ADR 0032): `fire` builds what it writes anew.
    const q = { ...query, filter: due };
    const recs = k.store.peekQuery
      ? ((await k.store.peekQuery<StoredInstance>(INSTANCES, q)) as StoredRecord<StoredInstance>[])
      : await k.store.query<StoredInstance>(INSTANCES, q);
    for (const rec of recs) {
      let after: AfterCommit | undefined;
      try {
        await k.store.transaction(async (tx) => {
          after = await fn(rec, tx);
        });
      } catch (e) {
        // One instance failing must not hold back the others: reported once they are fired.
        if (!isConflict(e)) failed.push(e);
        continue;
      }
      await after?.();
    }
    if (failed.length === 1) throw failed[0];
    if (failed.length)
      throw new AggregateError(failed, `${failed.length} firings failed: ${String(failed[0])}`);
  }

  return {
    /**
     * Fires every reminder and deadline due at `now` (default: the clock) and returns what fired.
     * Each instance is fired in its own transaction with its audit line; an instance another
     * process is firing, or changed concurrently, is left to it (ADR 0027).
     *
     * @example
     * const fired = await runtime.tick(new Date('2026-05-12T08:00:00Z'));
     */
    async tick(now: Date = k.clock()): Promise<FiredItem[]> {
      const nowMs = now.getTime();
      const out: FiredItem[] = [];
      const claim = async (rec: StoredRecord<StoredInstance>, tx: StoreTx): Promise<AfterCommit> => {
        const within: WithinTx = { tx, after: [] };
        const full = await k.withHistory(rec);
        const fired = await fire(full.data, full.version, now, within);
        return async () => {
          out.push(...fired);
          for (const run of within.after) await run();
        };
      };
      // An indexed range: only the instances with something due are read.
      const soon = { status: 'active', nextDueAt: { lte: now.toISOString() } };
      await claimDue({ where: soon, orderBy: 'nextDueAt' }, nowMs, claim);
      // Instances last saved before `nextDueAt` existed; each is indexed at its next save.
      await claimDue({ where: { status: 'active', nextDueAt: null } }, nowMs, claim);
      return out;
    },
  };
}
