/**
 * What the database itself guarantees: migrations applied once under concurrent starts, the
 * audit trail append-only whoever connects, records keyed by establishment with real columns.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@duikit/store-postgres';
import { useCluster } from './cluster.js';

const pg = useCluster();

describe('the PostgreSQL schema', () => {
  it('is migrated once when four processes start at the same time', async () => {
    const schema = 'race';
    const stores = await Promise.all(Array.from({ length: 4 }, () => pg.open({ schema })));
    try {
      const applied = stores.map((s) => s.info.applied);
      // Exactly one start applied the migrations; the others found them done.
      expect(applied.filter((a) => a.length).length).toBe(1);
      expect(applied.find((a) => a.length)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(stores.every((s) => s.info.version === MIGRATIONS.at(-1)!.version)).toBe(true);
      const rows = await stores[0].sql`SELECT version FROM duikit_migrations ORDER BY version`;
      expect(rows.map((r) => r.version as number)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit entries in the database itself', async () => {
    const store = await pg.open();
    try {
      await store.appendAudit({ seq: 1, at: '2026-01-01T00:00:00Z', action: 'read', hash: 'h1' });
      await expect(store.sql`UPDATE audit SET action = 'forged'`).rejects.toThrow(/append-only/);
      await expect(store.sql`DELETE FROM audit`).rejects.toThrow(/append-only/);
      await expect(store.sql`TRUNCATE audit`).rejects.toThrow(/append-only/);
      expect(await store.readAudit()).toMatchObject([{ seq: 1, action: 'read' }]);
    } finally {
      await store.close();
    }
  });

  it('keeps the establishment and the declared fields of a record in real columns', async () => {
    const store = await pg.open();
    try {
      await store.put('userFiles', 'uf-1', { meta: { establishment: '750000001', phase: 'active' } }, null);
      await store.put(
        'workflowInstances',
        'wf-1',
        {
          establishment: '750000002',
          fileId: 'uf-1',
          status: 'active',
          nextDueAt: '2026-03-11T23:00:00.000Z',
        },
        null,
      );
      const rows =
        await store.sql`SELECT collection, establishment, k1, k2, k3 FROM records ORDER BY collection`;
      expect(rows.map((r) => ({ ...r }))).toEqual([
        { collection: 'userFiles', establishment: '750000001', k1: 'active', k2: null, k3: null },
        {
          collection: 'workflowInstances',
          establishment: '750000002',
          k1: 'uf-1',
          k2: 'active',
          k3: '2026-03-11T23:00:00.000Z',
        },
      ]);
      // The tick's range query is answered from an index, not a scan of the table (forced: two rows).
      const plan = await store.sql.begin(async (db) => {
        await db`SET LOCAL enable_seqscan = off`;
        return db`EXPLAIN SELECT id FROM records WHERE collection = 'workflowInstances' AND k3 <= '2026-04-01'`;
      });
      expect(JSON.stringify(plan)).toMatch(/Index (Only )?Scan using records_/);
    } finally {
      await store.close();
    }
  });
});
