/**
 * A deadline fires in one transaction with everything that records it (ADR 0027): the instance,
 * its history, the task-inbox entries and the audit line are kept together or not at all, so a
 * failure in the middle fires nothing and the next tick fires it once.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore, createWorkflowRuntime, type AuditHook, type WorkflowRuntime } from '@duikit/core';
import { ctxFor, manualClock, tinyWorkflow } from './fixtures.js';

/** Instances of the tiny workflow submitted (review due 11 March), one per file. */
async function submittedOn1March(runtime: WorkflowRuntime, fileIds: string[]) {
  const ids: string[] = [];
  for (const fileId of fileIds) {
    const s = await runtime.start(ctxFor('secretariat'), { definition: 'tiny@1.0.0', fileId });
    if (!s.ok) throw new Error(s.reason.message);
    await runtime.send(ctxFor('secretariat'), s.instance.id, {
      type: 'SUBMIT',
      payload: { reason: 'because' },
    });
    ids.push(s.instance.id);
  }
  return ids;
}

describe('tick: one transaction per fired instance', () => {
  it('rolls back the firing when its audit line cannot be written, then fires it once', async () => {
    const store = createMemoryStore();
    const clock = manualClock('2026-03-01T10:00:00Z');
    let failing = true;
    const audited: string[] = [];
    const audit: AuditHook = (entry, tx) => {
      if (entry.action !== 'workflow.deadline') return;
      if (failing) throw new Error('audit store unavailable');
      expect(tx, 'the deadline is audited inside its transaction').toBeDefined();
      audited.push(entry.instanceId);
    };
    const runtime = createWorkflowRuntime({
      store,
      registry: { definitions: [tinyWorkflow()] },
      clock: clock.now,
      audit,
    });
    const s = await runtime.start(ctxFor('secretariat'), { definition: 'tiny@1.0.0', fileId: 'f-1' });
    if (!s.ok) throw new Error(s.reason.message);
    const r = await runtime.send(ctxFor('secretariat'), s.instance.id, {
      type: 'SUBMIT',
      payload: { reason: 'because' },
    });
    if (!r.ok) throw new Error(r.reason.message);
    const before = await store.get('workflowInstances', s.instance.id);
    const inbox = await store.count('inboxEntries');

    // Submitted 1 March: review due 11 March 23:00 UTC (10 days), reminder 2 days before.
    clock.set('2026-03-12T08:00:00Z');
    await expect(runtime.tick()).rejects.toThrow('audit store unavailable');
    expect(await store.get('workflowInstances', s.instance.id)).toEqual(before);
    expect(await store.count('inboxEntries')).toBe(inbox);
    const history = async () => {
      const got = await runtime.get(ctxFor('director'), s.instance.id);
      if (!got.ok) throw new Error(got.reason.message);
      return got.instance.history.filter((h) => h.event === 'REVIEW_OVERDUE');
    };
    expect(await history()).toHaveLength(0);

    failing = false;
    const fired = await runtime.tick();
    expect(fired.filter((f) => f.kind === 'deadline').map((f) => f.instanceId)).toEqual([s.instance.id]);
    expect(audited).toEqual([s.instance.id]);
    expect(await history()).toHaveLength(1);
    expect(await runtime.tick()).toEqual([]);
  });

  it("leaves the stored record as it was when a reminder's firing rolls back (the tick reads it uncopied)", async () => {
    const store = createMemoryStore();
    const clock = manualClock('2026-03-01T10:00:00Z');
    let failing = true;
    const audit: AuditHook = (entry) => {
      if (entry.action === 'workflow.deadline' && failing) throw new Error('audit store unavailable');
    };
    const registry = { definitions: [tinyWorkflow()] };
    const runtime = createWorkflowRuntime({ store, registry, clock: clock.now, audit });
    const [id] = await submittedOn1March(runtime, ['f-1']);
    const before = structuredClone(await store.peek!('workflowInstances', id));
    // Review due 11 March 23:00 UTC; its reminder, 2 days before, is due on 10 March.
    clock.set('2026-03-10T08:00:00Z');
    await expect(runtime.tick()).rejects.toThrow('audit store unavailable');
    expect(await store.peek!('workflowInstances', id), 'no reminder marked sent').toEqual(before);
    failing = false;
    const fired = await runtime.tick();
    expect(fired.map((f) => f.kind)).toEqual(['reminder']);
    clock.set('2026-03-12T08:00:00Z');
    await expect(runtime.tick()).resolves.toHaveLength(1);
    expect(await store.peek!('workflowInstances', id)).not.toEqual(before);
  });

  it('one instance failing does not hold back the others: they fire, then the failure is reported', async () => {
    const store = createMemoryStore();
    const clock = manualClock('2026-03-01T10:00:00Z');
    let poisoned = '';
    const audit: AuditHook = (entry) => {
      if (entry.action === 'workflow.deadline' && entry.instanceId === poisoned) throw new Error('poisoned');
    };
    const runtime = createWorkflowRuntime({
      store,
      registry: { definitions: [tinyWorkflow()] },
      clock: clock.now,
      audit,
    });
    const ids = await submittedOn1March(runtime, ['f-1', 'f-2', 'f-3']);
    poisoned = ids[0];
    clock.set('2026-03-12T08:00:00Z');
    await expect(runtime.tick()).rejects.toThrow('poisoned');
    poisoned = '';
    // Only the poisoned one is left for the next tick.
    const fired = await runtime.tick();
    expect([...new Set(fired.map((f) => f.instanceId))]).toEqual([ids[0]]);
  });

  it('an instance another writer changed after the tick read it is left to that writer, then fired once', async () => {
    const store = createMemoryStore();
    const clock = manualClock('2026-03-01T10:00:00Z');
    const ids: string[] = [];
    let meddled = '';
    // While the first firing's transaction runs, another writer changes the other instance.
    const audit: AuditHook = async (entry) => {
      if (entry.action !== 'workflow.deadline' || meddled) return;
      meddled = ids.find((id) => id !== entry.instanceId)!;
      const rec = (await store.get<Record<string, unknown>>('workflowInstances', meddled))!;
      await store.put('workflowInstances', meddled, { ...rec.data, note: 'other writer' }, rec.version);
    };
    const runtime = createWorkflowRuntime({
      store,
      registry: { definitions: [tinyWorkflow()] },
      clock: clock.now,
      audit,
    });
    ids.push(...(await submittedOn1March(runtime, ['f-1', 'f-2'])));
    clock.set('2026-03-12T08:00:00Z');
    const first = await runtime.tick();
    expect(first.map((f) => f.instanceId)).toEqual(ids.filter((id) => id !== meddled));
    const kept = await store.get<{ note?: string; history?: unknown[] }>('workflowInstances', meddled);
    expect(kept?.version).toBe(3); // start, SUBMIT, the other writer: no firing written over it
    expect(kept?.data.note).toBe('other writer');
    const second = await runtime.tick();
    expect(second.map((f) => [f.instanceId, f.kind])).toEqual([[meddled, 'deadline']]);
    expect((await store.get<{ note?: string }>('workflowInstances', meddled))?.data.note).toBe(
      'other writer',
    );
    expect(await runtime.tick()).toEqual([]);
  });
});
