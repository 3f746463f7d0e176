import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, createMemoryStore, defaultAccessPolicy } from '@duikit/core';
import { createLowdbStore, StoreLockLostError, StoreLockedError } from '@duikit/store-lowdb';
import { bundleChild, tempDir } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const folder = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

// The child opens the store, reports "ready", then rewrites one large record as fast as it can.
const WRITER = `
import { createLowdbStore } from '@duikit/store-lowdb';
const store = await createLowdbStore({ dir: process.argv[2], staleMs: 2000 });
let rec = await store.get('userFiles', 'big');
let version = rec?.version ?? null;
const payload = (n) => ({ n, filler: 'x'.repeat(2_000_000) });
rec = await store.put('userFiles', 'big', payload(0), version);
version = rec.version;
process.stdout.write('ready\\n');
for (let n = 1; ; n++) {
  rec = await store.put('userFiles', 'big', payload(n), version);
  version = rec.version;
  await store.appendAudit({ seq: n, at: String(n) });
}
`;

let writer = '';
beforeAll(async () => {
  writer = await bundleChild('store-writer', WRITER);
}, 60_000);

function startWriter(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${err}`)));
  });
}

describe('lowdb store: two processes, crashes', () => {
  it('refuses a second store on the same folder, in this process, with a clear message', async () => {
    const dir = folder();
    const first = await createLowdbStore({ dir });
    const err = await createLowdbStore({ dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreLockedError);
    expect((err as Error).message).toMatch(/already in use by another DUI Kit process/);
    await first.close();
    const second = await createLowdbStore({ dir });
    await second.close();
  });

  it('two engines on one data folder: the second refuses to start, nothing the first wrote is lost', async () => {
    const dir = folder();
    const actor = { professionalId: 'd1', role: 'director', establishment: '750000001' };
    const e1 = await createEngine({
      store: await createLowdbStore({ dir }),
      policy: defaultAccessPolicy,
      validateUserFile: false,
    });
    const created = await e1.createUserFile({ actor, purpose: 'admission' }, { notes: [] }, { id: 'uf-1' });
    expect(created.ok).toBe(true);
    await expect(createLowdbStore({ dir })).rejects.toBeInstanceOf(StoreLockedError);
    await e1.close();
    const e2 = await createEngine({
      store: await createLowdbStore({ dir }),
      policy: defaultAccessPolicy,
      validateUserFile: false,
    });
    const read = await e2.getUserFile({ actor, purpose: 'care' }, 'uf-1');
    expect(read.ok).toBe(true);
    expect(await e2.verifyAudit()).toMatchObject({ ok: true, checked: 2 });
    await e2.close();
    // Baseline of the same scenario without a lock: two engines sharing one memory store see versions conflict.
    const shared = createMemoryStore();
    const a = await createEngine({ store: shared, policy: defaultAccessPolicy, validateUserFile: false });
    const b = await createEngine({ store: shared, policy: defaultAccessPolicy, validateUserFile: false });
    const f = await a.createUserFile({ actor, purpose: 'x' }, { notes: [] }, { id: 'f' });
    const v = f.ok ? f.value.version : 0;
    const w1 = await a.addItem(
      { actor, purpose: 'x' },
      'f',
      'documents',
      { title: 'A' },
      { expectedVersion: v },
    );
    const w2 = await b.addItem(
      { actor, purpose: 'x' },
      'f',
      'documents',
      { title: 'B' },
      { expectedVersion: v },
    );
    expect([w1.ok, w2.ok]).toEqual([true, false]);
  });

  it('refuses to start while another live process holds the folder, naming it, even when it stalls', async () => {
    const dir = folder();
    const child = await startWriter(dir);
    try {
      const err = await createLowdbStore({ dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreLockedError);
      expect((err as Error).message).toMatch(
        new RegExp(`already in use by another DUI Kit process \\(pid ${child.pid} `),
      );
      // Stalled (stopped) longer than its staleMs: still alive, so still its folder.
      child.kill('SIGSTOP');
      await new Promise((r) => setTimeout(r, 2500));
      await expect(createLowdbStore({ dir, staleMs: 2000 })).rejects.toBeInstanceOf(StoreLockedError);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a store whose lock was taken refuses every write at once (fail closed)', async () => {
    const dir = folder();
    const store = await createLowdbStore({ dir });
    await store.put('userFiles', 'a', { n: 1 }, null);
    // Another process took the folder over (as it would a dead owner's): a new lock, not ours.
    renameSync(join(dir, '.lock'), join(dir, '.lock.gone'));
    mkdirSync(join(dir, '.lock'));
    const other = { pid: 999_999, host: 'elsewhere', token: 'theirs', at: new Date().toISOString() };
    writeFileSync(join(dir, '.lock', 'owner.json'), JSON.stringify(other));
    await expect(store.put('userFiles', 'a', { n: 2 }, 1)).rejects.toBeInstanceOf(StoreLockLostError);
    await expect(store.put('userFiles', 'a', { n: 2 }, 1)).rejects.toThrow(
      /lock on the data folder .* was lost .*pid 999999 on elsewhere/,
    );
    await expect(store.appendAudit({ seq: 1 })).rejects.toBeInstanceOf(StoreLockLostError);
    await expect(
      store.transaction(async (tx) => void (await tx.put('userFiles', 'b', {}, null))),
    ).rejects.toBeInstanceOf(StoreLockLostError);
    await store.close();
    // Nothing more was written, and the other owner's lock was left alone.
    expect(JSON.parse(readFileSync(join(dir, 'records', 'userFiles', 'a.json'), 'utf8')).version).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, '.lock', 'owner.json'), 'utf8')).token).toBe('theirs');
  });

  it('a process killed (SIGKILL) during writes leaves the old or the new file, never a partial one', async () => {
    const dir = folder();
    const child = await startWriter(dir);
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const path = join(dir, 'records', 'userFiles', 'big.json');
    const rec = JSON.parse(readFileSync(path, 'utf8')) as {
      version: number;
      data: { n: number; filler: string };
    };
    expect(rec.data.filler).toHaveLength(2_000_000);
    expect(rec.version).toBe(rec.data.n + 1);
    // The killed holder is dead: its lock is taken over at once, without waiting.
    const started = Date.now();
    const store = await createLowdbStore({ dir });
    expect(Date.now() - started).toBeLessThan(1500);
    expect((await store.get<{ n: number }>('userFiles', 'big'))?.version).toBe(rec.version);
    const audit = await store.readAudit();
    expect(audit.map((e) => e.seq)).toEqual(audit.map((_, i) => i + 1));
    await store.close();
  }, 30_000);
});
