/**
 * What the runtime reuses between events (the snapshot it computed, the store's record it reads
 * without copying) must never outlive the stored record it stands for, nor let a caller reach it.
 */
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import {
  createMemoryStore,
  createWorkflowRegistry,
  createWorkflowRuntime,
  INSTANCES,
  parisDate,
  standardWorkflowFiles,
  type StorePort,
  type WorkflowInstance,
} from '@duikit/core';
import { initialTransition, transition } from 'xstate';
import { persistedOf } from '../../../packages/core/src/workflow/snapshot.js';
import { ctxFor, manualClock, tinyWorkflow } from './fixtures.js';

function setup(store: StorePort = createMemoryStore()) {
  const clock = manualClock('2026-04-01T08:00:00Z');
  const runtime = createWorkflowRuntime({
    store,
    registry: { definitions: [tinyWorkflow()] },
    clock: clock.now,
  });
  return { store, runtime };
}

async function submitted(rt: ReturnType<typeof setup>['runtime'], reason: string) {
  const s = await rt.start(ctxFor('secretariat'), { definition: 'tiny@1.0.0', fileId: 'f-1' });
  if (!s.ok) throw new Error(s.reason.message);
  const r = await rt.send(ctxFor('secretariat'), s.instance.id, { type: 'SUBMIT', payload: { reason } });
  if (!r.ok) throw new Error(r.reason.message);
  return r.instance;
}

describe('workflow runtime: state reused between events', () => {
  it('restores a record another writer changed from what is stored, not from the snapshot it computed', async () => {
    const { store, runtime } = setup();
    const inst = await submitted(runtime, 'abc');
    // The approval's guard wants a reason of 5 characters or more: refused on 'abc'.
    const refused = await runtime.send(ctxFor('director'), inst.id, { type: 'APPROVE' });
    expect(refused.ok ? 'taken' : refused.reason.code).toBe('guard');
    // Another writer (another process, a migration) stores a longer reason: a new version.
    const rec = (await store.get<WorkflowInstance>(INSTANCES, inst.id))!;
    const context = { ...rec.data.snapshot.context, reason: 'long enough' };
    await store.put(
      INSTANCES,
      inst.id,
      { ...rec.data, snapshot: { ...rec.data.snapshot, context } },
      rec.version,
    );
    const approved = await runtime.send(ctxFor('director'), inst.id, { type: 'APPROVE' });
    expect(approved.ok && approved.instance.states).toEqual(['approved']);
  });

  it('an instance handed to the caller shares nothing with the stored record', async () => {
    const { store, runtime } = setup();
    const inst = await submitted(runtime, 'abc');
    inst.snapshot.context.reason = 'long enough';
    inst.states.push('approved');
    inst.deadlines[0].status = 'fired';
    const stored = (await store.get<WorkflowInstance>(INSTANCES, inst.id))!.data;
    expect(stored.snapshot.context).toMatchObject({ reason: 'abc' });
    expect(stored.states).toEqual(['review']);
    expect(stored.deadlines[0].status).toBe('pending');
    // And the next event is judged on the stored record, not on the caller's edits.
    const refused = await runtime.send(ctxFor('director'), inst.id, { type: 'APPROVE' });
    expect(refused.ok ? 'taken' : refused.reason.code).toBe('guard');
  });

  it('an event whose transaction fails leaves the stored record, its history and the next event as they were', async () => {
    const base = createMemoryStore();
    let fail = false;
    // A store whose commit fails on demand, after the writes were made inside the transaction.
    const store: StorePort = {
      ...base,
      transaction: (fn) =>
        base.transaction(async (tx) => {
          const r = await fn(tx);
          if (fail) throw new Error('disk full');
          return r;
        }),
    };
    const { runtime } = setup(store);
    const inst = await submitted(runtime, 'long enough');
    const before = (await base.get<WorkflowInstance>(INSTANCES, inst.id))!;
    fail = true;
    await expect(runtime.send(ctxFor('director'), inst.id, { type: 'APPROVE' })).rejects.toThrow('disk full');
    const after = (await base.get<WorkflowInstance>(INSTANCES, inst.id))!;
    expect(after).toEqual(before);
    const read = await runtime.get(ctxFor('director'), inst.id);
    expect(read.ok && read.instance.history.map((h) => h.event)).toEqual(['start', 'SUBMIT']);
    fail = false;
    const approved = await runtime.send(ctxFor('director'), inst.id, { type: 'APPROVE' });
    expect(approved.ok && approved.instance.states).toEqual(['approved']);
    expect(approved.ok && approved.instance.history.map((h) => h.event)).toEqual([
      'start',
      'SUBMIT',
      'APPROVE',
    ]);
  });
});

describe('workflow runtime: what is computed once', () => {
  it('a runtime reading records afresh judges each instance at the same state on its own data', async () => {
    const store = createMemoryStore();
    const first = setup(store).runtime;
    const short = await submitted(first, 'abc');
    const long = await submitted(first, 'long enough');
    // A new runtime (another process, a restart): nothing it computed before, both in `review`.
    const fresh = setup(store).runtime;
    const refused = await fresh.send(ctxFor('director'), short.id, { type: 'APPROVE' });
    const taken = await fresh.send(ctxFor('director'), long.id, { type: 'APPROVE' });
    expect(refused.ok ? 'taken' : refused.reason.code).toBe('guard');
    expect(taken.ok && taken.instance.states).toEqual(['approved']);
    // And a stored state the definition does not have is still refused by name.
    const rec = (await store.get<WorkflowInstance>(INSTANCES, short.id))!;
    await store.put(
      INSTANCES,
      short.id,
      { ...rec.data, snapshot: { ...rec.data.snapshot, value: 'gone' } },
      rec.version,
    );
    const lost = await setup(store).runtime.send(ctxFor('director'), short.id, { type: 'APPROVE' });
    expect(lost.ok ? 'taken' : lost.reason.message).toMatch(/gone/);
  });

  it('the Paris day of an instant is right on both sides of midnight, in summer and winter time', () => {
    // Winter (UTC+1): midnight in Paris is 23:00 UTC; summer (UTC+2): 22:00 UTC.
    expect(parisDate(new Date('2026-01-14T22:59:59.999Z'))).toBe('2026-01-14');
    expect(parisDate(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    expect(parisDate(new Date('2026-01-14T22:59:59.999Z'))).toBe('2026-01-14');
    expect(parisDate(new Date('2026-07-14T21:59:30Z'))).toBe('2026-07-14');
    expect(parisDate(new Date('2026-07-14T22:00:30Z'))).toBe('2026-07-15');
    expect(parisDate(new Date('2026-07-14T22:00:30Z'), Temporal.Duration.from('P1M'))).toBe('2026-08-15');
    expect(parisDate(new Date('2026-07-14T22:00:45Z'), Temporal.Duration.from('P1D'))).toBe('2026-07-16');
    // Before 1911 Paris kept its mean solar time, UTC+0:09:21: 23:55 UTC was already the next day.
    expect(parisDate(new Date('1900-01-01T23:55:00Z'))).toBe('1900-01-02');
    expect(parisDate(new Date('1900-01-01T23:50:00Z'))).toBe('1900-01-01');
  });

  it('persists a snapshot exactly as xstate does, key for key, along a whole admission', () => {
    const wf = createWorkflowRegistry(standardWorkflowFiles).get('admission@1.0.0')!;
    const env = { $now: '2026-04-01T08:00:00Z', $actor: 'system' };
    let [snap] = initialTransition(wf.machine, { context: {}, ...env });
    const steps: [string, unknown?][] = [
      ['SUBMIT_REQUEST', { channel: 'other', receivedOn: '2026-04-01', stayType: 'permanent' }],
      ['COMPLETE'],
      ['ACCEPT', { plannedEntryDate: '2026-04-10' }],
      ['ENTER', { entryDate: '2026-04-10' }],
      ['HAND_OVER_CONTRACT', { documentType: 'contrat-sejour' }],
    ];
    for (const [type, payload] of [['start'], ...steps] as [string, unknown?][]) {
      if (type !== 'start') [snap] = transition(wf.machine, snap, { type, payload, ...env });
      const ours = persistedOf(wf.machine, snap);
      const theirs = wf.machine.getPersistedSnapshot(snap);
      expect(ours).toStrictEqual(theirs);
      expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    }
    expect(snap.value).toMatchObject({ contractualisation: { contract: 'awaitingSignature' } });
  });
});
