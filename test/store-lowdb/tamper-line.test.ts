/**
 * ADR 0031 on a running lowdb store: lines hold the canonical text their hash covers and are
 * hashed as stored. Trails written before (one JSON object per line) still verify, alone or with
 * new lines after them, and a change to either kind is named as before. Each case would pass a
 * verification that trusted the stored hashes, or hashed bytes other than those readers parse.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { entryJson, hashEntry, openAuditLog } from '@duikit/core';
import { createLowdbStore } from '@duikit/store-lowdb';
import { as } from '../core/engine/fixtures.js';
import { KEY, N, hashBroken, linesOf, rewrite, runningTrail, writeLines } from './audit-trail.js';
import { tempDir } from './helpers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const running = () => runningTrail(cleanups);
const MIDDLE = 60; // seq 60 is at index 59

describe('audit lines as stored (ADR 0031), running lowdb store', () => {
  it('the store writes the new layout; a text edited with its hash recomputed is named by its MAC', async () => {
    const { dir, engine, entries } = await running();
    expect(linesOf(dir).every((l) => l.startsWith('[{"action":'))).toBe(true);
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N });
    const forged = { ...entries[MIDDLE - 1], purpose: 'curiosity' as const };
    entries[MIDDLE - 1] = { ...forged, hash: hashEntry(forged) };
    rewrite(dir, entries);
    // Its text and hash agree; the next entry's link does not, and its MAC was never made.
    expect(await engine.verifyAudit()).toEqual({
      ok: false,
      checked: MIDDLE - 1,
      firstBroken: { seq: MIDDLE, reason: 'bad-mac' },
    });
  });

  it('a trail written before (objects) verifies, then with new lines after it', async () => {
    const { dir, engine, entries } = await running();
    rewrite(dir, entries, 'object');
    expect(linesOf(dir)[0].startsWith('{')).toBe(true);
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N });
    await engine.getUserFile(as('director'), 'f');
    expect(linesOf(dir).at(-1)!.startsWith('[{')).toBe(true);
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N + 1 });
  });

  it('an old entry changed (its hash left) is named, in either layout around it', async () => {
    const { dir, engine, entries } = await running();
    entries[MIDDLE - 1] = { ...entries[MIDDLE - 1], outcome: 'refused' };
    const expected = hashBroken(MIDDLE);
    rewrite(dir, entries, 'object');
    expect(await engine.verifyAudit()).toEqual(expected);
    rewrite(dir, entries);
    expect(await engine.verifyAudit()).toEqual(expected);
  });

  it('members after the hash that override the hashed ones are what is hashed, and named', async () => {
    const { dir, engine, entries } = await running();
    const e = entries[MIDDLE - 1];
    const text = entryJson(e);
    const lines = linesOf(dir);
    // The bytes before "hash" are the true text; a reader parsing the line sees another purpose.
    lines[MIDDLE - 1] = `${text.slice(0, -1)},"hash":"${e.hash}","mac":"${e.mac}","purpose":"curiosity"}`;
    writeLines(dir, lines);
    expect((await engine.verifyAudit()).firstBroken).toEqual({ seq: MIDDLE, reason: 'hash-mismatch' });
    // An array line with a member more: readers take the first as the entry, as verification did.
    lines[MIDDLE - 1] = `[${text},"${e.hash}","${e.mac}",{"purpose":"curiosity"}]`;
    writeLines(dir, lines);
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N });
    const read = await engine.readAudit(as('director'), { fileId: 'f' });
    expect(read.ok && read.value.find((x) => x.seq === MIDDLE)?.purpose).toBe(e.purpose);
  });

  it('a line that is not JSON is named where it is', async () => {
    const { dir, engine } = await running();
    const lines = linesOf(dir);
    lines[MIDDLE - 1] = lines[MIDDLE - 1].slice(0, -2);
    writeLines(dir, lines);
    expect(await engine.verifyAudit()).toEqual({
      ok: false,
      checked: MIDDLE - 1,
      firstBroken: { seq: MIDDLE, reason: 'unreadable' },
    });
  });

  it('a segment with text beyond ASCII is hashed as its UTF-8 bytes, and a change to them is named', async () => {
    // ASCII segments are read without a UTF-8 decode (ADR 0033); any other byte takes the decode.
    const { dir, cleanup } = tempDir('duikit-utf8-');
    cleanups.push(cleanup);
    const key = Buffer.from(KEY, 'hex');
    const store = await createLowdbStore({ dir, auditKey: KEY });
    cleanups.push(() => store.close());
    const log = await openAuditLog(store, key);
    const actor = { professionalId: 'pro-1', role: 'nurse', establishment: '750000001' };
    await store.transaction(async (tx) => {
      for (let k = 0; k < 5; k++)
        tx.appendAudit(
          log.chain({
            at: '2026-03-02T09:00:00.000Z',
            actor,
            action: 'read',
            fileId: 'f',
            purpose: 'care',
            outcome: 'success',
            reason: k === 2 ? 'Chute à 3 h, évaluée' : 'Visite',
          }),
        );
    });
    expect(await log.verify()).toEqual({ ok: true, checked: 5 });
    const lines = linesOf(dir);
    lines[2] = lines[2].replace('à', 'á');
    writeLines(dir, lines);
    expect(await log.verify()).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, reason: 'hash-mismatch' },
    });
  });
});
