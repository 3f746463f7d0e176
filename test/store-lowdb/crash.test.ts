/**
 * Issue 14 §6: kill -9 of the real server during acknowledged HTTP writes. After each restart
 * (at once: the dead owner's lock is taken over), every acknowledged write is there, every stored
 * version of a file has its audit line, and the chain verifies (ADR 0025).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, defaultAccessPolicy, type HttpBackend } from '@duikit/core';
import { createLowdbStore } from '@duikit/store-lowdb';
import { signIn } from '../server/sign-in.js';
import { tempDir } from './helpers.js';
import { startServerChild, TEST_AUDIT_KEY, type ServerChild } from './server-process.js';

// Each trial starts a real server (≈3–6 s here, most of it compiling route schemas).
const TRIALS = 8;
const DIRECTOR = 'demo-ehpad-director';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

// A seeded generator: the kill instants differ between trials, the same on every run.
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

interface Ack {
  fileId: string;
  noteId: string;
  version: number;
}

/** Writes notes to one file until the server dies; records what was acknowledged. */
async function writeUntilKilled(b: HttpBackend, fileId: string, from: number, tag: string, acks: Ack[]) {
  let version = from;
  for (let n = 0; ; n++) {
    const noteId = `${tag}-${n}`;
    const r = await b
      .addItem(fileId, 'notes', {
        item: {
          id: noteId,
          personId: fileId,
          at: '2026-03-02T09:00:00Z',
          author: { id: DIRECTOR, kind: 'professional' },
          category: 'administrative',
          text: `Note ${noteId}`,
        },
        expectedVersion: version,
      })
      .catch(() => undefined);
    // The connection died with the server: not acknowledged.
    if (!r || (!r.ok && r.error.code === 'unavailable')) return;
    if (!r.ok) throw new Error(`write refused: ${JSON.stringify(r.error)}`);
    acks.push({ fileId, noteId, version: r.value.version });
    version = r.value.version;
  }
}

// A process killed at the worst instant: right before the audit line of a file write reaches
// the trail (fs.writeSync patched in the child, a real SIGKILL). The built packages, as npm start.
const KILLED_BEFORE_AUDIT = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const paths = new Map();
const open = fs.openSync;
const write = fs.writeSync;
fs.openSync = (p, ...rest) => { const fd = open(p, ...rest); paths.set(fd, String(p)); return fd; };
fs.writeSync = (fd, data, ...rest) => {
  if (globalThis.armed && /audit.\\d+\\.jsonl$/.test(paths.get(fd) ?? '') && String(data).includes('"action":"write"'))
    process.kill(process.pid, 'SIGKILL');
  return write(fd, data, ...rest);
};
syncBuiltinESMExports();
const { createEngine, defaultAccessPolicy } = await import('@duikit/core');
const { createLowdbStore } = await import('@duikit/store-lowdb');
const store = await createLowdbStore({ dir: process.env.DIR, auditKey: process.env.KEY });
const engine = await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
const ctx = { actor: { professionalId: 'd1', role: 'director', establishment: '750000001' }, purpose: 'care' };
await engine.createUserFile(ctx, { notes: [] }, { id: 'uf-1' });
globalThis.armed = true;
await engine.addItem(ctx, 'uf-1', 'notes', { id: 'n1', text: 'x' }, { expectedVersion: 1 });
process.stdout.write('not killed\\n');
`;

describe('kill -9 between a write and its audit line (lowdb)', () => {
  it('after the restart the write is there with its audit line (restored from the journal)', async () => {
    const { dir, cleanup } = tempDir('duikit-crash-');
    cleanups.push(cleanup);
    const child = spawn(process.execPath, ['--input-type=module', '-e', KILLED_BEFORE_AUDIT], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DIR: dir, KEY: TEST_AUDIT_KEY },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const signal = await new Promise((r) => child.on('exit', (_code, sig) => r(sig)));
    expect(signal, out).toBe('SIGKILL');

    const store = await createLowdbStore({ dir, auditKey: TEST_AUDIT_KEY });
    const engine = await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
    try {
      const rec = await store.get<{ file: { notes: { id: string }[] } }>('userFiles', 'uf-1');
      expect(rec?.version).toBe(2);
      expect(rec?.data.file.notes.map((n) => n.id)).toEqual(['n1']);
      expect(store.info.auditReplayed).toBe(1);
      const writes = await store.queryAudit({ fileId: 'uf-1', actions: ['write'] });
      expect(writes.map((e) => (e.details as { version: number }).version)).toEqual([2]);
      expect(await engine.verifyAudit()).toEqual({ ok: true, checked: 2 });
    } finally {
      await engine.close();
    }
  }, 30_000);
});

describe('kill -9 during acknowledged HTTP writes (lowdb, real server process)', () => {
  it(`${TRIALS} trials: every acknowledged write is kept with its audit line, verifyAudit is ok`, async () => {
    const { dir, cleanup } = tempDir('duikit-crash-');
    cleanups.push(cleanup);
    const next = random(14);
    const acks: Ack[] = [];
    let server: ServerChild | undefined;
    cleanups.push(() => server?.kill());
    let fileIds: string[] = [];
    const firstVersion = new Map<string, number>();
    for (let trial = 0; trial < TRIALS; trial++) {
      // Restarted at once after the kill: the lock of a dead owner does not hold the folder.
      server = await startServerChild(dir);
      const b = await signIn(server.url, DIRECTOR);
      const list = await b.listUserFiles({ phase: 'active' });
      if (!list.ok) throw new Error(JSON.stringify(list.error));
      const versions = new Map(list.value.map((f) => [f.id, f.version]));
      if (!fileIds.length) {
        fileIds = list.value.slice(0, 4).map((f) => f.id);
        for (const id of fileIds) firstVersion.set(id, versions.get(id)!);
      }
      const writers = fileIds.map((id, i) =>
        writeUntilKilled(b, id, versions.get(id)!, `crash-${trial}-${i}`, acks),
      );
      await new Promise((r) => setTimeout(r, 150 + Math.floor(next() * 350)));
      await server.kill();
      await Promise.all(writers);
    }
    expect(acks.length).toBeGreaterThan(TRIALS * 4);

    const store = await createLowdbStore({ dir, auditKey: TEST_AUDIT_KEY });
    const engine = await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
    try {
      expect(await engine.verifyAudit()).toMatchObject({ ok: true });
      for (const id of fileIds) {
        const rec = await store.get<{ file: { notes?: { id: string }[] } }>('userFiles', id);
        const notes = new Set(rec!.data.file.notes?.map((n) => n.id));
        for (const a of acks.filter((x) => x.fileId === id)) expect(notes, a.noteId).toContain(a.noteId);
        // Every version stored since the test began has its audit line, acknowledged or not.
        const audited = new Set(
          (await store.queryAudit({ fileId: id, actions: ['write'] })).map(
            (e) => (e.details as { version?: number } | undefined)?.version,
          ),
        );
        for (let v = firstVersion.get(id)! + 1; v <= rec!.version; v++)
          expect(audited, `${id} version ${v}`).toContain(v);
      }
    } finally {
      await engine.close();
    }
  }, 120_000);
});

describe('the folder lock of a running server (issue 14 §10)', () => {
  it('a live server refuses a second one; once its lock is taken it answers 503 and writes nothing', async () => {
    const { dir, cleanup } = tempDir('duikit-lock-');
    cleanups.push(cleanup);
    const server = await startServerChild(dir);
    cleanups.push(() => server.kill());
    await expect(startServerChild(dir)).rejects.toThrow(
      new RegExp(`already in use by another DUI Kit process \\(pid ${server.child.pid} `),
    );
    const b = await signIn(server.url, DIRECTOR);
    const list = await b.listUserFiles({ phase: 'active' });
    if (!list.ok) throw new Error(JSON.stringify(list.error));
    const [file] = list.value;
    // Another process took the folder over (e.g. judged this one dead): the lock is not ours.
    renameSync(join(dir, '.lock'), join(dir, '.lock.gone'));
    mkdirSync(join(dir, '.lock'));
    writeFileSync(
      join(dir, '.lock', 'owner.json'),
      JSON.stringify({ pid: 999_999, host: 'elsewhere', token: 'theirs', at: new Date().toISOString() }),
    );
    const write = await b.addItem(file.id, 'notes', {
      item: {
        id: 'after-loss',
        personId: file.id,
        at: '2026-03-02T09:00:00Z',
        author: { id: DIRECTOR, kind: 'professional' },
        category: 'administrative',
        text: 'Written after the lock was lost',
      },
      expectedVersion: file.version,
    });
    expect(write).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(write.ok ? '' : write.error.message).toMatch(/plus disponible/);
    // Reads are audited: refused as well rather than served unaudited.
    expect(await b.getUserFile(file.id)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(server.child.exitCode).toBeNull();
  }, 60_000);
});
