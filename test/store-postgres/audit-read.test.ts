/**
 * How verifyAudit() reads the trail on PostgreSQL (ADR 0034): every byte of every stored line
 * comes back as it is stored, page after page, new lines and legacy rows alike; the page read
 * ahead never hands over rows read before a change it should see. Real PostgreSQL (a throwaway
 * cluster).
 */
import { describe, expect, it } from 'vitest';
import { openAuditLog, type AuditDraft } from '@duikit/core';
import { useCluster } from './cluster.js';

const pg = useCluster();
const key = new Uint8Array(32).map((_, i) => 7 * i + 1);
const actor = { professionalId: 'pro-nurse', role: 'nurse', establishment: '750000001' };
/** Texts whose JSON escapes, quotes and multi-byte characters a reader could lose or change. */
const TRICKY = [
  'back\\slash',
  'C:\\dir\\new',
  'quote " and escaped \\"',
  '\\u0041 is not A here',
  'é à ç Œ',
  '日本語のメモ',
  '😀 astral, 𝄞 too',
  'line\nbreak\r\nand\ttab',
  'separators \u2028 \u2029',
  'delete \u007f and bell \u0007',
  '',
  'long '.repeat(900),
];
const draft = (k: number): AuditDraft => ({
  at: new Date(Date.UTC(2026, 2, 2, 9) + k * 1000).toISOString(),
  actor,
  action: 'workflow',
  fileId: `uf-${k % 3}`,
  purpose: 'care',
  outcome: 'success',
  details: { note: TRICKY[k % TRICKY.length], index: k },
});

/** Runs `sql` as the database's superuser would, past the append-only trigger. */
async function tamper(store: Awaited<ReturnType<typeof pg.open>>, sql: string) {
  await store.sql.begin(async (tx) => {
    await tx`SET LOCAL session_replication_role = replica`;
    await tx.unsafe(sql);
  });
}

describe('reading audit lines on PostgreSQL (ADR 0034)', () => {
  it('hands over every byte of every line, across pages, new lines and legacy rows', async () => {
    const store = await pg.open();
    const log = await openAuditLog(store, key);
    const n = 3 * TRICKY.length + 2;
    for (let k = 1; k <= n; k++) await log.append(draft(k));
    // Some rows as written before ADR 0031 (their JSONB document), some at page boundaries.
    await tamper(store, `UPDATE audit SET legacy_entry = entry, line = NULL WHERE seq % 7 IN (3, 4)`);
    const stored = await store.sql<{ seq: string; bytes: Buffer }[]>`
      SELECT seq, convert_to(coalesce(line, legacy_entry::text), 'UTF8') AS bytes FROM audit ORDER BY seq`;
    expect(stored.length).toBe(n);
    for (const limit of [1, 3, 5, n, n + 1]) {
      const lines: string[] = [];
      for (let from = 0; ;) {
        const page = await store.readAuditLines!(from, limit);
        lines.push(...page);
        if (page.length < limit) break;
        from = lines.length + 1;
      }
      expect(lines.length).toBe(n);
      lines.forEach((line, i) => expect(Buffer.from(line, 'utf8').equals(stored[i].bytes)).toBe(true));
    }
    // The data is what it claims: escaped backslashes and quotes, raw multi-byte characters.
    const all = (await store.readAuditLines!(0, n)).join('\n');
    for (const part of ['back\\\\slash', 'escaped \\\\\\"', '\\n', '\\u0007', '\u2028', '😀', '日本語'])
      expect(all).toContain(part);
    expect(await log.verify()).toEqual({ ok: true, checked: n });
    await store.close();
  });

  it('drops a page read ahead when asked for anything else, or when it is old', async () => {
    const store = await pg.open({ max: 3 });
    const log = await openAuditLog(store, key);
    for (let k = 1; k <= 9; k++) await log.append(draft(k));
    const outcome = (seq: number, to: string) =>
      tamper(
        store,
        `UPDATE audit SET line = replace(line, '"outcome":"success"', '"outcome":"${to}"') WHERE seq = ${seq}`,
      );
    const read = store.readAuditLines!;
    await read(1, 3); // reads 4–6 ahead
    await outcome(4, 'refused');
    await read(1, 3); // another call: dropped, read again
    expect((await read(4, 3))[0]).toContain('"outcome":"refused"');
    await outcome(7, 'refused'); // 7–9 were read ahead before this change
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await read(7, 3))[0]).toContain('"outcome":"refused"');
    await store.close();
  });

  it(
    'a change made after one verification is seen by the next, across the 5,000-line pages',
    { timeout: 120_000 },
    async () => {
      const store = await pg.open({ max: 2 });
      const log = await openAuditLog(store, key);
      const n = 10_500;
      for (let k = 0; k < n; k += 1_000)
        await store.transaction(async (tx) => {
          for (let j = k + 1; j <= Math.min(n, k + 1_000); j++) tx.appendAudit(log.chain(draft(j)));
        });
      expect(await log.verify()).toEqual({ ok: true, checked: n });
      for (const seq of [5_001, 7_000, n]) {
        await tamper(
          store,
          `UPDATE audit SET line = replace(line, '"care"', '"research"') WHERE seq = ${seq}`,
        );
        const verdict = await log.verify();
        expect(verdict.ok).toBe(false);
        expect(verdict.firstBroken?.seq).toBe(seq);
        await tamper(
          store,
          `UPDATE audit SET line = replace(line, '"research"', '"care"') WHERE seq = ${seq}`,
        );
        expect(await log.verify()).toEqual({ ok: true, checked: n });
      }
      // A row removed at a page boundary: the pages no longer start where they are read ahead.
      await tamper(
        store,
        `CREATE TABLE kept AS SELECT * FROM audit WHERE seq = 5000; DELETE FROM audit WHERE seq = 5000`,
      );
      expect(await log.verify()).toEqual({
        ok: false,
        checked: 4_999,
        firstBroken: { seq: 5_001, reason: 'sequence-gap' },
      });
      await tamper(
        store,
        `INSERT INTO audit (seq, at, file_id, actor, action, line) SELECT seq, at, file_id, actor, action, line FROM kept`,
      );
      expect(await log.verify()).toEqual({ ok: true, checked: n });
      await store.close();
    },
  );
});
