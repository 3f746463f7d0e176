/**
 * The store contract (ADR 0022), one suite run against every store: memory, lowdb and PostgreSQL.
 * Expected values are computed here by hand from the seeded data, never read back from a store.
 */
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  cursorOf,
  type AuditChainer,
  type StorePort,
  type StoreQuery,
  type StoredAuditEntry,
} from '@duikit/core';
import { listsContract } from './store-contract-lists.js';

/** An entry chained onto `last`: seq + 1, prevHash = last hash (a stand-in for the engine's SHA-256). */
const link =
  (extra: Record<string, unknown> = {}): AuditChainer =>
  (last) => {
    const seq = (last?.seq ?? 0) + 1;
    return {
      seq,
      prevHash: last?.hash ?? 'genesis',
      hash: `h${seq}`,
      at: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}Z`,
      ...extra,
    };
  };

const E1 = '750000001';
const E2 = '750000002';

/** 30 instances: establishment alternating, status every third done, due one day apart (from 1 March). */
async function seedInstances(store: StorePort) {
  for (let i = 0; i < 30; i++) {
    const id = `wf-${String(i).padStart(2, '0')}`;
    await store.put(
      'workflowInstances',
      id,
      {
        establishment: i % 2 ? E2 : E1,
        fileId: `uf-${i % 5}`,
        status: i % 3 === 0 ? 'done' : 'active',
        nextDueAt: `2026-03-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`,
        rank: i,
        ...(i % 4 === 0 ? {} : { tag: 'x' }),
      },
      null,
    );
  }
}

/**
 * Registers the contract tests for one store.
 *
 * @example
 * storeContract('memory', async () => createMemoryStore());
 */
export function storeContract(
  name: string,
  open: () => Promise<StorePort>,
  opts: { prunesWholeSegments?: boolean } = {},
) {
  describe(`store contract: ${name}`, () => {
    it('versions every write and refuses stale ones with a ConflictError, changing nothing', async () => {
      const store = await open();
      try {
        const v1 = await store.put('userFiles', 'f1', { meta: { establishment: E1 }, n: 1 }, null);
        expect(v1).toMatchObject({ collection: 'userFiles', id: 'f1', version: 1, data: { n: 1 } });
        await expect(store.put('userFiles', 'f1', { n: 9 }, null)).rejects.toMatchObject({
          name: 'ConflictError',
          expectedVersion: null,
          actualVersion: 1,
        });
        const v2 = await store.put('userFiles', 'f1', { meta: { establishment: E1 }, n: 2 }, 1);
        expect(v2.version).toBe(2);
        const stale = await store.put('userFiles', 'f1', { n: 3 }, 1).catch((e: unknown) => e);
        expect(stale).toBeInstanceOf(ConflictError);
        expect(stale).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
        await expect(store.delete('userFiles', 'f1', 1)).rejects.toBeInstanceOf(ConflictError);
        expect((await store.get('userFiles', 'f1'))?.data).toEqual({ meta: { establishment: E1 }, n: 2 });
        await store.delete('userFiles', 'f1', 2);
        expect(await store.get('userFiles', 'f1')).toBeUndefined();
        await expect(store.put('userFiles', 'nope', {}, 4)).rejects.toMatchObject({ actualVersion: null });
      } finally {
        await store.close();
      }
    });

    it('answers equality, null and range conditions on declared and other fields, and counts', async () => {
      const store = await open();
      try {
        await seedInstances(store);
        const ids = async (q: StoreQuery) =>
          (await store.query('workflowInstances', { ...q, orderBy: 'id' })).map((r) => r.id);
        const range = (from: number, to: number) =>
          Array.from({ length: to - from }, (_, i) => `wf-${String(from + i).padStart(2, '0')}`);
        // Active in E1: even i, not a multiple of 3 → 2, 4, 8, 10, 14, 16, 20, 22, 26, 28.
        expect(await ids({ where: { establishment: E1, status: 'active' } })).toEqual(
          [2, 4, 8, 10, 14, 16, 20, 22, 26, 28].map((i) => `wf-${String(i).padStart(2, '0')}`),
        );
        // Due on or before 5 March 08:00 (i = 0..4), and strictly after 28 March 08:00 (i = 28, 29).
        expect(await ids({ where: { nextDueAt: { lte: '2026-03-05T08:00:00.000Z' } } })).toEqual(range(0, 5));
        expect(await ids({ where: { nextDueAt: { gt: '2026-03-28T08:00:00.000Z' } } })).toEqual(
          range(28, 30),
        );
        expect(
          await ids({ where: { nextDueAt: { gte: '2026-03-10T00:00:00Z', lt: '2026-03-12T00:00:00Z' } } }),
        ).toEqual(range(9, 11));
        // Not declared: `rank` (a number) and `tag` (missing on every fourth record).
        expect(await ids({ where: { rank: 7 } })).toEqual(['wf-07']);
        expect(await ids({ where: { rank: { gte: 27 } } })).toEqual(range(27, 30));
        expect(await ids({ where: { tag: null } })).toEqual(
          [0, 4, 8, 12, 16, 20, 24, 28].map((i) => `wf-${String(i).padStart(2, '0')}`),
        );
        expect(await ids({ where: { fileId: 'uf-3', status: 'done' } })).toEqual(['wf-03', 'wf-18']);
        expect(await store.count('workflowInstances', { where: { status: 'done' } })).toBe(10);
        expect(await store.count('workflowInstances')).toBe(30);
        expect(
          await store.count('workflowInstances', { where: { establishment: E2, rank: { lt: 10 } } }),
        ).toBe(5);
        expect(await store.count('elsewhere')).toBe(0);
      } finally {
        await store.close();
      }
    });

    it('orders by a field both ways and pages with cursors without losing or repeating a record', async () => {
      const store = await open();
      try {
        await seedInstances(store);
        // Two records share a due instant; the id breaks the tie.
        await store.put(
          'workflowInstances',
          'wf-zz',
          { establishment: E1, status: 'active', nextDueAt: '2026-03-05T08:00:00.000Z' },
          null,
        );
        for (const desc of [false, true]) {
          const q: StoreQuery = {
            where: { status: 'active' },
            orderBy: { field: 'nextDueAt', desc },
            limit: 4,
          };
          const all = (await store.query('workflowInstances', { ...q, limit: undefined })).map((r) => r.id);
          const paged: string[] = [];
          let page = await store.query('workflowInstances', q);
          while (page.length) {
            paged.push(...page.map((r) => r.id));
            page = await store.query('workflowInstances', { ...q, after: cursorOf(page.at(-1)!, q) });
          }
          expect(paged).toEqual(all);
          expect(all).toHaveLength(21);
          const expected = [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29].map(
            (i) => `wf-${String(i).padStart(2, '0')}`,
          );
          expected.splice(expected.indexOf('wf-04') + 1, 0, 'wf-zz');
          expect(all).toEqual(desc ? [...expected].reverse() : expected);
        }
        const byId = await store.query('workflowInstances', {
          orderBy: 'id',
          limit: 2,
          after: cursorOf({ id: 'wf-27' } as never, { orderBy: 'id' }),
        });
        expect(byId.map((r) => r.id)).toEqual(['wf-28', 'wf-29']);
      } finally {
        await store.close();
      }
    });

    it('applies a transaction whole: records and audit entries together, or nothing on failure', async () => {
      const store = await open();
      try {
        await store.put('userFiles', 'a', { meta: { establishment: E1 }, n: 0 }, null);
        const result = await store.transaction(async (tx) => {
          const a = await tx.get<{ n: number }>('userFiles', 'a');
          await tx.put('userFiles', 'a', { meta: { establishment: E1 }, n: a!.data.n + 1 }, a!.version);
          await tx.put('userFiles', 'b', { meta: { establishment: E2 }, n: 10 }, null);
          // Reads inside see the transaction's own writes.
          expect((await tx.get<{ n: number }>('userFiles', 'a'))?.data.n).toBe(1);
          tx.appendAudit(link({ action: 'write', fileId: 'a' }));
          tx.appendAudit(link({ action: 'create', fileId: 'b' }));
          return 'done';
        });
        expect(result).toBe('done');
        expect((await store.get('userFiles', 'a'))?.version).toBe(2);
        expect((await store.readAudit()).map((e) => [e.seq, e.action, e.prevHash])).toEqual([
          [1, 'write', 'genesis'],
          [2, 'create', 'h1'],
        ]);

        // A failure after a write: the write and the audit entry are both gone.
        await expect(
          store.transaction(async (tx) => {
            await tx.put('userFiles', 'a', { n: 99 }, 2);
            await tx.delete('userFiles', 'b', 1);
            tx.appendAudit(link({ action: 'write', fileId: 'a' }));
            throw new Error('refused by the caller');
          }),
        ).rejects.toThrow('refused by the caller');
        // A conflict inside: the same.
        await expect(
          store.transaction(async (tx) => {
            await tx.put('userFiles', 'c', { n: 1 }, null);
            tx.appendAudit(link({ action: 'create', fileId: 'c' }));
            await tx.put('userFiles', 'a', { n: 98 }, 1);
          }),
        ).rejects.toBeInstanceOf(ConflictError);
        expect((await store.get('userFiles', 'a'))?.data).toEqual({ meta: { establishment: E1 }, n: 1 });
        expect((await store.get('userFiles', 'b'))?.version).toBe(1);
        expect(await store.get('userFiles', 'c')).toBeUndefined();
        expect((await store.lastAudit())?.seq).toBe(2);
        expect(await store.readAudit()).toHaveLength(2);
      } finally {
        await store.close();
      }
    });

    it('loses no update when writers race on one record: one wins each round, the others get conflicts', async () => {
      const store = await open();
      try {
        await store.put('userFiles', 'hot', { n: 0 }, null);
        let conflicts = 0;
        const bump = async () => {
          for (;;) {
            const cur = await store.get<{ n: number }>('userFiles', 'hot');
            try {
              await store.transaction(async (tx) => {
                await tx.put('userFiles', 'hot', { n: cur!.data.n + 1 }, cur!.version);
                tx.appendAudit(link({ action: 'write', fileId: 'hot' }));
              });
              return;
            } catch (e) {
              if (!(e instanceof ConflictError)) throw e;
              conflicts++;
            }
          }
        };
        await Promise.all(Array.from({ length: 12 }, bump));
        const hot = await store.get<{ n: number }>('userFiles', 'hot');
        expect(hot?.data.n).toBe(12);
        expect(hot?.version).toBe(13);
        const trail = await store.readAudit();
        expect(trail.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
        trail.forEach((e, i) => expect(e.prevHash).toBe(i ? `h${i}` : 'genesis'));
        expect(conflicts).toBeGreaterThanOrEqual(0);
      } finally {
        await store.close();
      }
    });

    it('extends one audit chain under concurrent appends, and reads it back by filters and pages', async () => {
      const store = await open();
      try {
        for (let i = 0; i < 40; i++)
          await store.appendAudit(
            link({
              action: i % 4 === 0 ? 'read' : 'write',
              fileId: `f${i % 3}`,
              actor: { professionalId: `p${i % 2}` },
            }),
          );
        const trail = await store.readAudit();
        trail.forEach((e, i) => {
          expect(e.seq).toBe(i + 1);
          expect(e.prevHash).toBe(i ? `h${i}` : 'genesis');
        });
        expect((await store.lastAudit())?.seq).toBe(40);
        expect((await store.readAudit(38)).map((e) => e.seq)).toEqual([38, 39, 40]);
        expect((await store.readAudit(5, 2)).map((e) => e.seq)).toEqual([5, 6]);
        // The filters narrow; the results keep seq order. Seq s has fileId f((s-1)%3), actor p((s-1)%2).
        const f1p0 = trail.filter(
          (e) => e.fileId === 'f1' && (e.actor as { professionalId: string }).professionalId === 'p0',
        );
        expect((await store.queryAudit({ fileId: 'f1', actor: 'p0' })).map((e) => e.seq)).toEqual(
          f1p0.map((e) => e.seq),
        );
        expect(f1p0.length).toBeGreaterThan(3);
        const desc = await store.queryAudit({ fileId: 'f1', order: 'desc', beforeSeq: 30, limit: 3 });
        expect(desc.map((e) => e.seq)).toEqual([29, 26, 23]);
        expect((await store.queryAudit({ actions: ['read'], afterSeq: 20 })).map((e) => e.seq)).toEqual([
          21, 25, 29, 33, 37,
        ]);
        // at = 2026-01-01T00:00:SS with SS = seq: from is inclusive, to exclusive.
        expect(
          (await store.queryAudit({ from: '2026-01-01T00:00:10Z', to: '2026-01-01T00:00:13Z' })).map(
            (e) => e.seq,
          ),
        ).toEqual([10, 11, 12]);
        // Twenty appends at once still make one chain: 41..60, each linked to the one before.
        const made = await Promise.all(
          Array.from({ length: 20 }, () => store.appendAudit(link({ action: 'read' }))),
        );
        expect(made.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 20 }, (_, i) => i + 41),
        );
        (await store.readAudit(41)).forEach((e, i) => expect(e.prevHash).toBe(`h${i + 40}`));
      } finally {
        await store.close();
      }
    });

    it('prunes the oldest entries and the chain goes on from the last one, even when all were pruned', async () => {
      const store = await open();
      try {
        for (let i = 0; i < 7; i++) await store.appendAudit(link());
        const removed = await store.pruneAudit(5);
        const left = (await store.readAudit()).map((e) => e.seq);
        // A store may keep whole segments; it never keeps less than asked, never removes >= 5.
        expect(left.slice(-3)).toEqual([5, 6, 7]);
        expect(removed).toBe(7 - left.length);
        if (!opts.prunesWholeSegments) expect(left).toEqual([5, 6, 7]);
        await store.pruneAudit(8);
        const next = await store.appendAudit(link());
        expect(next).toMatchObject({ seq: 8, prevHash: 'h7' });
      } finally {
        await store.close();
      }
    });

    it('keeps append-only logs per key, in order', async () => {
      const store = await open();
      try {
        if (!store.appendLog || !store.readLog) return;
        await store.appendLog('workflowHistory', 'wf-1', [{ n: 0 }, { n: 1 }]);
        await store.appendLog('workflowHistory', 'wf-2', [{ n: 0 }]);
        await store.appendLog('workflowHistory', 'wf-1', [{ n: 2 }]);
        expect(await store.readLog('workflowHistory', 'wf-1')).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
        expect(await store.readLog('workflowHistory', 'none')).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('keeps a log entry as appended, whatever callers do with what they passed or read', async () => {
      const store = await open();
      try {
        if (!store.appendLog || !store.readLog) return;
        const entry = { n: 0, payload: { missing: ['avis médical'] } };
        await store.appendLog('workflowHistory', 'wf-1', [entry]);
        entry.payload.missing.push('changed after the append');
        const [read] = await store.readLog<typeof entry>('workflowHistory', 'wf-1');
        // A store may hand out frozen shared entries (the change throws) or copies (it is lost).
        try {
          read.payload.missing.push('changed by a reader');
        } catch (e) {
          expect(e).toBeInstanceOf(TypeError);
        }
        (await store.readLog('workflowHistory', 'wf-1')).push({ n: 9 });
        expect(await store.readLog('workflowHistory', 'wf-1')).toEqual([
          { n: 0, payload: { missing: ['avis médical'] } },
        ]);
      } finally {
        await store.close();
      }
    });
  });
  listsContract(name, open);
}

export type { StoredAuditEntry };
