/**
 * Issue 14 §7: tampering at the end of the audit chain, on a stopped or a running lowdb store,
 * and on the memory store. Each case was unseen before the signed head (ADR 0026): the tail cut
 * by 1 or 100, the trail emptied, the chain rehashed from an entry on, a forged entry appended.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuditChainError,
  createEngine,
  createMemoryStore,
  defaultAccessPolicy,
  hashEntry,
  type AuditEntry,
  type Engine,
} from '@duikit/core';
import { createLowdbStore } from '@duikit/store-lowdb';
import { as, minimalFile } from '../core/engine/fixtures.js';
import { tempDir } from './helpers.js';
import { KEY, N, entriesOf, moveHead, open, rechain, rewrite, signedTrail } from './audit-trail.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const trail = () => signedTrail(cleanups);

const startRefusal = async (dir: string) => {
  const err = await open(dir).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AuditChainError);
  expect((err as Error).message).toContain(join(dir, 'audit', 'head.json'));
  return err as AuditChainError;
};

describe('the signed audit head (lowdb, stopped store): each tampering refuses the start', () => {
  it('the tail cut by 1 and by 100: the start names the head file and its seq', async () => {
    for (const cut of [1, 100]) {
      const dir = await trail();
      rewrite(dir, entriesOf(dir).slice(0, -cut));
      const err = await startRefusal(dir);
      expect(err.seq).toBe(N);
      expect(err.message).toMatch(new RegExp(`seq ${N}\\b.*ends at seq ${N - cut}`));
      // The store itself refuses to chain onto the cut trail.
      const store = await createLowdbStore({ dir, auditKey: KEY });
      await expect(store.appendAudit((last) => ({ seq: (last?.seq ?? 0) + 1 }))).rejects.toThrow(
        /does not match its signed head/,
      );
      await store.close();
    }
  });

  it('the trail emptied, even with its head file deleted', async () => {
    const dir = await trail();
    rewrite(dir, []);
    expect((await startRefusal(dir)).seq).toBe(N);
    // No head and no entry at all is a new store; entries signed but no head is not.
    const dir2 = await trail();
    rmSync(join(dir2, 'audit', 'head.json'));
    await expect(open(dir2)).rejects.toThrow(/head file is missing/);
  });

  it('the chain rehashed from an entry on, the head moved onto it (with its old MAC, or none)', async () => {
    const dir = await trail();
    const signed = entriesOf(dir);
    const forged = rechain(signed, 50);
    rewrite(dir, forged);
    moveHead(dir, forged.at(-1)!, signed.at(-1)!.mac);
    await expect(open(dir)).rejects.toThrow(/MAC does not verify/);
    moveHead(dir, forged.at(-1)!, undefined);
    await expect(open(dir)).rejects.toThrow(/head carries no MAC while the trail is signed/);
  });

  it('a forged entry appended, the head moved onto it', async () => {
    const dir = await trail();
    const entries = entriesOf(dir);
    const last = entries.at(-1)!;
    const base = { ...last, seq: last.seq + 1, prevHash: last.hash, action: 'read' as const, mac: undefined };
    const forged = { ...base, hash: hashEntry(base) } as AuditEntry;
    rewrite(dir, [...entries, forged]);
    moveHead(dir, forged, 'f'.repeat(64));
    await expect(open(dir)).rejects.toThrow(/MAC does not verify/);
  });

  it('an untouched folder starts, and the chain goes on from its head', async () => {
    const dir = await trail();
    const engine = await open(dir);
    cleanups.push(() => engine.close());
    await engine.getUserFile(as('director'), 'f');
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N + 1 });
  });
});

describe('verifyAudit() on a running lowdb store sees every case', () => {
  const running = async () => {
    const dir = await trail();
    const engine = await open(dir);
    cleanups.push(() => engine.close());
    return { dir, engine, entries: entriesOf(dir) };
  };

  it('tail cut by 1 and by 100, trail emptied: not ok, never { ok: true, checked: 0 }', async () => {
    for (const keep of [N - 1, N - 100, 0]) {
      const { dir, engine, entries } = await running();
      expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N });
      rewrite(dir, entries.slice(0, keep));
      expect(await engine.verifyAudit()).toEqual({
        ok: false,
        checked: keep,
        firstBroken: { seq: N, reason: 'tail-cut' },
      });
    }
  });

  it('rehashed from entry 50 on: the first rehashed entry is named', async () => {
    const { dir, engine, entries } = await running();
    rewrite(dir, rechain(entries, 49));
    expect((await engine.verifyAudit()).firstBroken).toEqual({ seq: 50, reason: 'unsigned' });
  });

  it('an entry appended without the key: named', async () => {
    const { dir, engine, entries } = await running();
    const last = entries.at(-1)!;
    const base = { ...last, seq: last.seq + 1, prevHash: last.hash, mac: 'f'.repeat(64) };
    rewrite(dir, [...entries, { ...base, hash: hashEntry(base) }]);
    expect((await engine.verifyAudit()).firstBroken).toEqual({ seq: N + 1, reason: 'bad-mac' });
  });
});

describe('an external anchor sees what the folder alone cannot', () => {
  it('a rollback of the whole folder to an older copy verifies alone, not against the anchor', async () => {
    const dir = await trail();
    const { dir: old, cleanup } = tempDir('duikit-tamper-old-');
    cleanups.push(cleanup);
    cpSync(dir, old, { recursive: true });
    let engine: Engine = await open(dir);
    for (let i = 0; i < 5; i++) await engine.getUserFile(as('director'), 'f');
    const anchor = (await engine.auditAnchor())!;
    expect(anchor).toMatchObject({
      seq: N + 5,
      hash: expect.any(String),
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await engine.verifyAudit(anchor)).toEqual({ ok: true, checked: N + 5 });
    await engine.close();
    // The folder replaced by the copy taken before: trail and head agree, the anchor does not.
    rmSync(dir, { recursive: true });
    cpSync(old, dir, { recursive: true });
    engine = await open(dir);
    cleanups.push(() => engine.close());
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N });
    expect((await engine.verifyAudit(anchor)).firstBroken).toEqual({ seq: N + 5, reason: 'anchor-mismatch' });
    // A forged anchor (no key) is refused as such.
    expect((await engine.verifyAudit({ ...anchor, seq: 3 })).firstBroken).toEqual({
      seq: 3,
      reason: 'anchor-mismatch',
    });
  });
});

describe('the memory store signs its trail too', () => {
  it('an entry appended without the key, a trail pruned behind the engine: named', async () => {
    const store = createMemoryStore();
    const engine = await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
    await engine.createUserFile(as('director'), minimalFile(), { id: 'f' });
    await engine.getUserFile(as('director'), 'f');
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: 2 });
    const last = (await store.lastAudit()) as unknown as AuditEntry;
    const base = { ...last, seq: 3, prevHash: last.hash, mac: undefined };
    await store.appendAudit({ ...base, hash: hashEntry(base) });
    expect((await engine.verifyAudit()).firstBroken).toEqual({ seq: 3, reason: 'unsigned' });
    await store.pruneAudit(100);
    expect(await engine.verifyAudit()).toEqual({
      ok: false,
      checked: 0,
      firstBroken: { seq: 3, reason: 'tail-cut' },
    });
  });
});
