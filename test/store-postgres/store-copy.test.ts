/**
 * `duikit store copy`: the demo data (records, workflow histories, audit trail) from a lowdb
 * folder to PostgreSQL and back, everything equal on arrival, both chains verified, counts
 * printed; a re-run copies nothing; a target whose trail went its own way is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StorePort } from '@duikit/core';
import { bufferIo, main } from '@duikit/cli';
import { createLowdbStore } from '@duikit/store-lowdb';
import { createPostgresStore } from '@duikit/store-postgres';
import { assembleDemoEngine } from '@duikit/server';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.js';
import { useCluster } from './cluster.js';

const pg = useCluster();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), 'duikit-copy-'));
  dirs.push(d);
  return d;
};

/** Everything a store holds, in a comparable form. */
async function contents(store: StorePort) {
  const inv = await store.inventory!();
  const records: Record<string, unknown[]> = {};
  for (const c of inv.collections.sort())
    records[c] = (await store.query(c)).sort((x, y) => (x.id < y.id ? -1 : 1));
  const logs: Record<string, unknown[]> = {};
  for (const { log, key } of inv.logs) logs[`${log}/${key}`] = await store.readLog!(log, key);
  return { records, logs, audit: await store.readAudit() };
}

const copy = async (from: string, to: string) => {
  const io = bufferIo();
  const code = await main(['store', 'copy', '--from', from, '--to', to, '--lang', 'en'], io);
  return { code, out: io.stdout, err: io.stderr };
};

describe('duikit store copy', () => {
  it(
    'copies lowdb to PostgreSQL and back, verified on both sides; a re-run is idempotent',
    { timeout: 120_000 },
    async () => {
      const source = folder();
      const lowdb = await createLowdbStore({ dir: source });
      const demo = await assembleDemoEngine(lowdb);
      expect(await seedIfEmpty(demo.engine, demo.runtime, demo.clock)).toBeGreaterThan(0);
      const expected = await contents(lowdb);
      await demo.close();
      const files = expected.records.userFiles.length;
      const entries = expected.audit.length;
      expect(files).toBeGreaterThan(0);
      expect(entries).toBeGreaterThan(100);
      expect(Object.keys(expected.logs).length).toBeGreaterThan(0);

      const first = await copy(source, pg.url);
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      expect(first.out).toContain(`userFiles: ${files} copied, 0 already the same`);
      expect(first.out).toContain(`Audit trail: ${entries} entries copied, ${entries} in all`);
      expect(first.out).toContain(`Chain verified (${entries} entries): ${source}`);
      expect(first.out).toContain(`Chain verified (${entries} entries): ${pg.url}`);
      const onPg = await createPostgresStore({ url: pg.url });
      expect(await contents(onPg)).toEqual(expected);
      await onPg.close();

      // Again: nothing to copy, nothing changed.
      const again = await copy(source, pg.url);
      expect(again.code).toBe(0);
      expect(again.out).toContain(`userFiles: 0 copied, ${files} already the same`);
      expect(again.out).toContain('Histories: 0 entries copied');
      expect(again.out).toContain(`Audit trail: 0 entries copied, ${entries} in all`);

      // And back, to a new folder: the same data again.
      const back = folder();
      const returned = await copy(pg.url, back);
      expect(returned.code).toBe(0);
      const lowdbBack = await createLowdbStore({ dir: back });
      expect(await contents(lowdbBack)).toEqual(expected);
      await lowdbBack.close();
    },
  );

  it('refuses a target whose audit trail went its own way, and writes nothing to it', async () => {
    const [source, target] = [folder(), folder()];
    const a = await createLowdbStore({ dir: source });
    await a.appendAudit({ seq: 1, at: '2026-12-01T00:00:00Z', action: 'read' });
    await a.appendAudit({ seq: 2, at: '2026-12-01T00:00:01Z', action: 'read' });
    await a.put('userFiles', 'f-1', { meta: {} }, null);
    await a.close();
    const b = await createLowdbStore({ dir: target });
    await b.appendAudit({ seq: 1, at: '2026-12-02T00:00:00Z', action: 'write' });
    await b.close();
    const refused = await copy(source, target);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /Cannot copy: the target's audit trail ends at entry 1, which the source does not have/,
    );
    const after = await createLowdbStore({ dir: target });
    expect(await after.get('userFiles', 'f-1')).toBeUndefined();
    expect(await after.readAudit()).toHaveLength(1);
    await after.close();
  });
});
