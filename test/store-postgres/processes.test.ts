/**
 * Two engine instances on one PostgreSQL database, each with its own store and connection pool
 * and nothing shared in memory (two server processes, as far as the store can tell): no update
 * lost, one audit chain, every deadline fired once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkflowRuntime, type FiredItem, type StorePort } from '@duikit/core';
import { as, makeEngine, minimalFile, note } from '../core/engine/fixtures.js';
import { ctxFor, manualClock, tinyWorkflow } from '../core/workflow/fixtures.js';
import { useCluster } from './cluster.js';

const pg = useCluster();
const opened: StorePort[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** Two stores on one schema: two pools, as two processes would have. */
async function twoStores() {
  const schema = `two_${Math.random().toString(36).slice(2, 8)}`;
  const a = await pg.open({ schema });
  const b = await pg.open({ schema });
  opened.push(a, b);
  return [a, b] as const;
}

describe('two engines on one PostgreSQL database', () => {
  it('lose no update when both write one file at once, and keep one verified audit chain', async () => {
    const [sa, sb] = await twoStores();
    const { engine: a } = await makeEngine({ store: sa });
    const { engine: b } = await makeEngine({ store: sb });
    const created = await a.createUserFile(as('director'), minimalFile(), { id: 'uf-1' });
    expect(created.ok).toBe(true);
    let conflicts = 0;
    const writer = async (engine: typeof a, name: string) => {
      for (let i = 0; i < 8; i++) {
        for (;;) {
          const cur = await engine.getUserFile(as('director'), 'uf-1');
          if (!cur.ok) throw new Error(cur.error.message);
          const r = await engine.addItem(
            as('director'),
            'uf-1',
            'notes',
            note(`${name} ${i}`, 'general', `${name}-${i}`),
            {
              expectedVersion: cur.value.version,
            },
          );
          if (r.ok) break;
          if (r.error.code !== 'conflict') throw new Error(r.error.message);
          conflicts++;
        }
      }
    };
    await Promise.all([writer(a, 'a'), writer(b, 'b')]);
    const file = await b.getUserFile(as('director'), 'uf-1');
    if (!file.ok) throw new Error(file.error.message);
    const notes = (file.value.file.notes as { id: string }[]).map((n) => n.id).sort();
    // 16 writes, none lost: every note is there, and the version counts each write once.
    expect(notes).toEqual(
      [
        ...Array.from({ length: 8 }, (_, i) => `a-${i}`),
        ...Array.from({ length: 8 }, (_, i) => `b-${i}`),
      ].sort(),
    );
    expect(file.value.version).toBe(17);
    // One chain, whichever engine verifies it, with each successful write audited exactly once.
    for (const engine of [a, b]) expect(await engine.verifyAudit()).toMatchObject({ ok: true });
    const trail = await sa.readAudit();
    expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
    const versions = trail
      .filter(
        (e) => e.fileId === 'uf-1' && e.outcome === 'success' && e.action !== 'read' && e.action !== 'create',
      )
      .map((e) => (e.details as { version?: number }).version)
      .filter((v) => v !== undefined);
    expect(versions.sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i + 2));
    expect(conflicts).toBeGreaterThanOrEqual(0);
    await a.close();
    await b.close();
  });

  it('fire each due deadline exactly once when both tick at the same time', async () => {
    const [sa, sb] = await twoStores();
    const clock = manualClock('2026-03-01T10:00:00Z');
    const runtime = (store: StorePort) =>
      createWorkflowRuntime({
        store,
        registry: { definitions: [tinyWorkflow()] },
        clock: clock.now,
        notifier: () => {},
      });
    const [ra, rb] = [runtime(sa), runtime(sb)];
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const rt = i % 2 ? rb : ra;
      const s = await rt.start(ctxFor('secretariat'), { definition: 'tiny@1.0.0', fileId: `f-${i}` });
      if (!s.ok) throw new Error(s.reason.message);
      const r = await rt.send(ctxFor('secretariat'), s.instance.id, {
        type: 'SUBMIT',
        payload: { reason: 'because' },
      });
      if (!r.ok) throw new Error(r.reason.message);
      ids.push(s.instance.id);
    }
    // Submitted 1 March: review due 11 March 23:00 UTC (10 days, Paris), reminder 2 days before.
    clock.set('2026-03-12T08:00:00Z');
    const [fa, fb] = await Promise.all([ra.tick(), rb.tick()]);
    const fired: FiredItem[] = [...fa, ...fb];
    const keys = fired.map((f) => `${f.instanceId}|${f.kind}|${f.deadlineId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      fired
        .filter((f) => f.kind === 'deadline')
        .map((f) => f.instanceId)
        .sort(),
    ).toEqual([...ids].sort());
    expect(await Promise.all([ra.tick(), rb.tick()])).toEqual([[], []]);
    // The event was applied once per instance: each records `late` once in its history.
    for (const id of ids.slice(0, 5)) {
      const got = await rb.get(ctxFor('director'), id);
      if (!got.ok) throw new Error(got.reason.message);
      expect(got.instance.history.filter((h) => h.event === 'REVIEW_OVERDUE')).toHaveLength(1);
    }
  });

  it('claim each matching record once between them (SKIP LOCKED); a failed claim leaves it for the next', async () => {
    const [sa, sb] = await twoStores();
    for (let i = 0; i < 30; i++)
      await sa.put(
        'workflowInstances',
        `i-${i}`,
        { status: 'active', nextDueAt: '2026-01-01T00:00:00Z' },
        null,
      );
    const query = {
      where: { status: 'active', nextDueAt: { lte: '2026-02-01T00:00:00Z' } },
      orderBy: 'nextDueAt',
    };
    const done: string[] = [];
    const work = (store: StorePort) =>
      store.claimEach!<{ status: string }>('workflowInstances', query, async (rec, tx) => {
        await new Promise((r) => setTimeout(r, 2));
        await tx.put('workflowInstances', rec.id, { ...rec.data, status: 'done' }, rec.version);
        return async () => void done.push(rec.id);
      });
    const [na, nb] = await Promise.all([work(sa), work(sb)]);
    // Each record once, by one of them; both took part.
    expect(na + nb).toBe(30);
    expect(na).toBeGreaterThan(0);
    expect(nb).toBeGreaterThan(0);
    expect([...done].sort()).toEqual(Array.from({ length: 30 }, (_, i) => `i-${i}`).sort());
    expect(await sa.count('workflowInstances', { where: { status: 'done' } })).toBe(30);

    // A claim whose work throws rolls back whole: the record is as it was, and claimed again next time.
    await sa.put('workflowInstances', 'late', { status: 'active', nextDueAt: '2026-01-01T00:00:00Z' }, null);
    await expect(
      sb.claimEach!('workflowInstances', query, async (rec, tx) => {
        await tx.put('workflowInstances', rec.id, { status: 'done' }, rec.version);
        tx.appendAudit((last) => ({ seq: (last?.seq ?? 0) + 1, at: 'x' }));
        throw new Error('crash');
      }),
    ).rejects.toThrow('crash');
    expect((await sa.get('workflowInstances', 'late'))?.version).toBe(1);
    expect(await sa.readAudit()).toEqual([]);

    // A record another transaction holds is skipped, not waited for.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let holding = () => {};
    const locked = new Promise<void>((r) => (holding = r));
    const holder = sa.claimEach!('workflowInstances', query, async () => {
      holding();
      await held;
    });
    await locked;
    expect(await sb.claimEach!('workflowInstances', query, async () => {})).toBe(0);
    release();
    expect(await holder).toBe(1);
    expect(await sb.claimEach!('workflowInstances', query, async () => {})).toBe(1);
  });
});
