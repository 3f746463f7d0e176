/**
 * What the database itself guarantees: migrations applied once under concurrent starts, the
 * audit trail append-only whoever connects, records keyed by establishment with real columns, and
 * a database of an older version brought up to date (list columns filled from the documents).
 */
import { describe, expect, it } from 'vitest';
import postgres from 'postgres';
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

  it('migrates a version-1 database: list columns filled from the documents, queried by index', async () => {
    const schema = 'legacy';
    const team = (...ids: string[]) => ids.map((professionalId) => ({ professionalId, role: 'nurse' }));
    // A database as version 1 left it, with rows written before the list columns existed.
    const raw = postgres(pg.url, { max: 1, onnotice: () => {} });
    try {
      await raw.unsafe(`CREATE SCHEMA ${schema}; SET search_path TO ${schema};
        CREATE TABLE duikit_migrations (version integer PRIMARY KEY, name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now());`);
      await raw.unsafe(MIGRATIONS[0].sql);
      await raw`INSERT INTO duikit_migrations (version, name) VALUES (1, ${MIGRATIONS[0].name})`;
      const row = (collection: string, id: string, data: unknown) =>
        raw`INSERT INTO records (establishment, collection, id, version, updated_at, data)
          VALUES ('750000001', ${collection}, ${id}, 1, '2026-01-01T00:00:00.000Z', ${raw.json(data as never)})`;
      await row('userFiles', 'a', { meta: { careTeam: team('p1', 'p2', 'p1'), representatives: [] } });
      await row('userFiles', 'b', {
        meta: { careTeam: team('p2'), representatives: [{ professionalId: 'r1' }] },
      });
      await row('userFiles', 'c', { meta: { careTeam: [{ professionalId: 7 }] } });
      await row('workflowInstances', 'w', { meta: { careTeam: team('p1') } });
    } finally {
      await raw.end();
    }
    const store = await pg.open({ schema });
    try {
      expect(store.info.applied).toEqual([2, 3]);
      const cols = await store.sql`SELECT id, m1, m2 FROM records ORDER BY id`;
      // Distinct strings only (a number is no id); other collections have no lists.
      expect(cols.map((r) => [r.id, [...((r.m1 as string[] | null) ?? [])].sort(), r.m2])).toEqual([
        ['a', ['p1', 'p2'], []],
        ['b', ['p2'], ['r1']],
        ['c', [], []],
        ['w', [], null],
      ]);
      const where = (id: string) => ({ 'meta.careTeam.professionalId': { contains: id } });
      expect(
        (await store.query('userFiles', { where: where('p2'), orderBy: 'id' })).map((r) => r.id),
      ).toEqual(['a', 'b']);
      // The same list as a write computes it: rewriting a row changes nothing it is found by.
      const a = (await store.get('userFiles', 'a'))!;
      await store.put('userFiles', 'a', a.data, 1);
      expect((await store.query('userFiles', { where: where('p1') })).map((r) => r.id)).toEqual(['a']);
      // At 2,000 files in 100 teams, a member's list is read through the inverted index.
      await store.sql`INSERT INTO records (collection, id, version, updated_at, data, m1, m2)
        SELECT 'userFiles', 'g' || i, 1, '', '{}', ARRAY['q' || (i % 100)], '{}'
        FROM generate_series(1, 2000) AS i`;
      await store.sql`ANALYZE records`;
      const plan = await store.sql`EXPLAIN SELECT id FROM records
        WHERE collection = 'userFiles' AND m1 @> ARRAY['q7']::text[]`;
      expect(JSON.stringify(plan)).toMatch(/Bitmap Index Scan on records_m1/);
    } finally {
      await store.close();
    }
  });
});
