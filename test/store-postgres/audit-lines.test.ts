/**
 * ADR 0031 on PostgreSQL: new audit entries are kept as their lines (`audit.line`), those written
 * before keep their JSONB document (`legacy_entry`) and verify the slow way. A database migrated
 * with such rows verifies, goes on, and copies to lowdb and back (`duikit store copy`); a change
 * to either kind of row is named. Real PostgreSQL (a throwaway cluster).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { chainEntry, openAuditLog, type AuditDraft, type StoredAuditEntry } from '@duikit/core';
import { bufferIo, main } from '@duikit/cli';
import { createLowdbStore } from '@duikit/store-lowdb';
import { MIGRATIONS, createPostgresStore } from '@duikit/store-postgres';
import { useCluster } from './cluster.js';

const pg = useCluster();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const key = new Uint8Array(32).map((_, i) => 200 - i);
const draft = (k: number): AuditDraft => ({
  at: `2026-03-02T09:00:0${k}.000Z`,
  actor: { professionalId: 'pro-nurse', role: 'nurse', establishment: '750000001' },
  action: 'read',
  fileId: 'uf-1',
  purpose: 'care',
  outcome: 'success',
});
const copy = async (from: string, to: string) => {
  const io = bufferIo();
  const code = await main(['store', 'copy', '--from', from, '--to', to, '--lang', 'en'], io);
  return { code, out: io.stdout, err: io.stderr };
};

/** A schema as version 2 left it, with three signed entries written as the earlier code did. */
async function legacyDatabase(url: string) {
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await raw.unsafe(`CREATE SCHEMA duikit; SET search_path TO duikit;
      CREATE TABLE duikit_migrations (version integer PRIMARY KEY, name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now());`);
    let last: StoredAuditEntry | undefined;
    for (const m of MIGRATIONS.slice(0, 2)) {
      await raw.unsafe(m.sql);
      await raw`INSERT INTO duikit_migrations (version, name) VALUES (${m.version}, ${m.name})`;
    }
    for (let k = 1; k <= 3; k++) {
      const e = chainEntry(draft(k), key)(last);
      await raw`INSERT INTO audit (seq, at, file_id, actor, action, entry)
        VALUES (${e.seq}, ${e.at as string}, 'uf-1', 'pro-nurse', 'read', ${raw.json(e)})`;
      await raw`UPDATE audit_head SET seq = ${e.seq}, entry = ${raw.json(e)} WHERE one`;
      last = e;
    }
  } finally {
    await raw.end();
  }
}

/** Runs SQL the append-only trigger would refuse, as someone with the database's superuser. */
async function tamper(url: string, sql: string) {
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await raw.unsafe(`SET search_path TO duikit; SET session_replication_role = replica; ${sql}`);
  } finally {
    await raw.end();
  }
}

describe('audit lines on PostgreSQL (ADR 0031)', () => {
  it(
    'rows written before verify, new ones are lines, both copy to lowdb and back',
    { timeout: 60_000 },
    async () => {
      await legacyDatabase(pg.url);
      const store = await createPostgresStore({ url: pg.url, max: 2 });
      expect(store.info.applied).toEqual([3]);
      const log = await openAuditLog(store, key);
      expect(await log.verify()).toEqual({ ok: true, checked: 3 });
      for (let k = 4; k <= 5; k++) await log.append(draft(k));
      expect(await log.verify()).toEqual({ ok: true, checked: 5 });
      const rows = await store.sql<{ seq: number; line: string | null; entry: unknown }[]>`
      SELECT seq::int, line, entry FROM audit ORDER BY seq`;
      expect(rows.map((r) => r.line === null)).toEqual([true, true, true, false, false]);
      expect(rows[3].line!.startsWith('[{"action":"read"')).toBe(true);
      // The JSONB column SQL reads is the entry readers see, for either kind of row.
      expect(rows.map((r) => r.entry)).toEqual(await store.readAudit());

      // A changed legacy document, then a changed line: each named (hash), as before.
      const hashBroken = (seq: number) => ({
        ok: false,
        checked: seq - 1,
        firstBroken: { seq, reason: 'hash-mismatch' },
      });
      const legacyPurpose = (p: string) =>
        tamper(
          pg.url,
          `UPDATE audit SET legacy_entry = jsonb_set(legacy_entry, '{purpose}', '"${p}"') WHERE seq = 2`,
        );
      const lineOutcome = (from: string, to: string) =>
        tamper(
          pg.url,
          `UPDATE audit SET line = replace(line, '"outcome":"${from}"', '"outcome":"${to}"') WHERE seq = 4`,
        );
      await legacyPurpose('research');
      expect(await log.verify()).toEqual(hashBroken(2));
      await legacyPurpose('care');
      await lineOutcome('success', 'refused');
      expect(await log.verify()).toEqual(hashBroken(4));
      await lineOutcome('refused', 'success');
      expect(await log.verify()).toEqual({ ok: true, checked: 5 });
      const expected = await store.readAudit();
      await store.close();

      // To lowdb (lines written there), then from that folder into a new database.
      const dir = mkdtempSync(join(tmpdir(), 'duikit-audit-lines-'));
      dirs.push(dir);
      const out = await copy(pg.url, dir);
      expect(out.err).toBe('');
      expect(out.out).toContain(`Chain verified (5 entries): ${dir}`);
      const lowdb = await createLowdbStore({ dir, auditKey: key });
      expect(await lowdb.readAudit()).toEqual(expected);
      expect(await (await openAuditLog(lowdb, key)).verify()).toEqual({ ok: true, checked: 5 });
      await lowdb.close();
      const raw = postgres(pg.url, { max: 1, onnotice: () => {} });
      await raw`CREATE DATABASE copyback`;
      await raw.end();
      const back = pg.url.replace(/\/[^/?]+(\?|$)/, '/copyback$1');
      const returned = await copy(dir, back);
      expect(returned.err).toBe('');
      expect(returned.out).toContain(`Chain verified (5 entries): ${back}`);
      const again = await createPostgresStore({ url: back, max: 2 });
      expect(await again.readAudit()).toEqual(expected);
      expect(await (await openAuditLog(again, key)).verify()).toEqual({ ok: true, checked: 5 });
      await again.close();
    },
  );
});
