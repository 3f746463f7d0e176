import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError } from '@duikit/core';
import { createLowdbStore } from '@duikit/store-lowdb';
import { tempDir } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const folder = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

describe('lowdb store (Node)', () => {
  it('writes one JSON file per record, on disk even under vitest (G4), and reads it back after a restart', async () => {
    const dir = folder();
    const store = await createLowdbStore({ dir });
    const a = await store.put('userFiles', 'uf/1 é', { n: 1 }, null);
    const b = await store.put('userFiles', 'uf/1 é', { n: 2 }, a.version);
    expect(b.version).toBe(2);
    await store.close();
    const files = readdirSync(join(dir, 'records', 'userFiles'));
    expect(files).toEqual(['uf%2F1%20%C3%A9.json']);
    expect(JSON.parse(readFileSync(join(dir, 'records', 'userFiles', files[0]), 'utf8'))).toMatchObject({
      version: 2,
      data: { n: 2 },
    });
    const again = await createLowdbStore({ dir });
    expect((await again.get<{ n: number }>('userFiles', 'uf/1 é'))?.data.n).toBe(2);
    expect(again.info.records).toBe(1);
    await again.close();
  });

  it('refuses a stale write with ConflictError and leaves the file as it was', async () => {
    const dir = folder();
    const store = await createLowdbStore({ dir });
    await store.put('c', 'x', { v: 'first' }, null);
    await store.put('c', 'x', { v: 'second' }, 1);
    await expect(store.put('c', 'x', { v: 'lost?' }, 1)).rejects.toBeInstanceOf(ConflictError);
    await expect(store.put('c', 'x', { v: 'dup' }, null)).rejects.toBeInstanceOf(ConflictError);
    await store.close();
    expect(JSON.parse(readFileSync(join(dir, 'records', 'c', 'x.json'), 'utf8')).data).toEqual({
      v: 'second',
    });
  });

  it('lets only one of two concurrent writers with the same version win', async () => {
    const store = await createLowdbStore({ dir: folder() });
    await store.put('c', 'x', { n: 0 }, null);
    const results = await Promise.allSettled([
      store.put('c', 'x', { n: 1 }, 1),
      store.put('c', 'x', { n: 2 }, 1),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    await store.close();
  });

  it('queries by field and predicate, deletes with a version check', async () => {
    const store = await createLowdbStore({ dir: folder() });
    await store.put('c', 'a', { kind: 'x', n: 1 }, null);
    await store.put('c', 'b', { kind: 'y', n: 2 }, null);
    await store.put('c', 'c', { kind: 'x', n: 3 }, null);
    expect((await store.query<{ n: number }>('c', { where: { kind: 'x' } })).map((r) => r.id)).toEqual([
      'a',
      'c',
    ]);
    expect(
      (await store.query<{ n: number }>('c', { filter: (r) => r.data.n > 1, limit: 1 })).map((r) => r.id),
    ).toEqual(['b']);
    await expect(store.delete('c', 'a', 7)).rejects.toBeInstanceOf(ConflictError);
    await store.delete('c', 'a', 1);
    expect(await store.get('c', 'a')).toBeUndefined();
    // The field index follows changes and deletions.
    await store.put('c', 'c', { kind: 'y', n: 3 }, 1);
    expect(await store.query('c', { where: { kind: 'x' } })).toEqual([]);
    expect((await store.query('c', { where: { kind: 'y' } })).map((r) => r.id)).toEqual(['b', 'c']);
    await store.close();
  });

  it('appends logs line by line, reads them back after a restart, and moves a torn last line aside', async () => {
    const dir = folder();
    const store = await createLowdbStore({ dir });
    await store.appendLog!('workflowHistory', 'wf-1', [{ event: 'start' }]);
    await store.appendLog!('workflowHistory', 'wf-2', [{ event: 'start' }]);
    await store.appendLog!('workflowHistory', 'wf-1', [{ event: 'SUBMIT' }, { event: 'COMPLETE' }]);
    const file = join(dir, 'logs', 'workflowHistory.jsonl');
    // One line per entry: an append never rewrites what is there.
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(4);
    await store.close();
    const { appendFileSync } = await import('node:fs');
    appendFileSync(file, '{"k":"wf-1","e":{"ev');
    const again = await createLowdbStore({ dir });
    expect(await again.readLog!('workflowHistory', 'wf-1')).toEqual([
      { event: 'start' },
      { event: 'SUBMIT' },
      { event: 'COMPLETE' },
    ]);
    expect(await again.readLog!('workflowHistory', 'nothing')).toEqual([]);
    expect(readdirSync(join(dir, 'logs')).some((f) => f.includes('.torn-'))).toBe(true);
    await again.close();
  });

  it('journals busy collections: a write is one appended line, replayed after a crash, filed on close', async () => {
    const dir = folder();
    const crashed = await createLowdbStore({ dir, lock: false });
    await crashed.put('workflowInstances', 'wf-1', { state: 'a' }, null);
    await crashed.put('workflowInstances', 'wf-1', { state: 'b' }, 1);
    await crashed.put('workflowInstances', 'wf-2', { state: 'a' }, null);
    await crashed.delete('workflowInstances', 'wf-2', 1);
    const file = join(dir, 'records', 'workflowInstances', 'wf-1.json');
    // No record file rewritten per write: the journal holds them until a compaction.
    expect(existsSync(file)).toBe(false);
    expect(
      readFileSync(join(dir, 'journal', 'records.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(4);
    // The process dies here (no close): the next one replays the journal.
    const next = await createLowdbStore({ dir, lock: false });
    expect(await next.get('workflowInstances', 'wf-1')).toMatchObject({ version: 2, data: { state: 'b' } });
    expect(await next.get('workflowInstances', 'wf-2')).toBeUndefined();
    await expect(next.put('workflowInstances', 'wf-1', { state: 'c' }, 1)).rejects.toBeInstanceOf(
      ConflictError,
    );
    await next.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 2, data: { state: 'b' } });
    expect(readdirSync(join(dir, 'journal')).filter((f) => f.endsWith('.jsonl'))).toEqual([]);
  });

  it("keeps a transaction's log appends in its journal line: a crash before the log file loses none, adds none twice", async () => {
    const dir = folder();
    const crashed = await createLowdbStore({ dir, lock: false });
    const history = (n: number) => ({ event: `E${n}` });
    for (const [v, n] of [
      [null, 0],
      [1, 1],
    ] as const)
      await crashed.transaction(async (tx) => {
        await tx.put('workflowInstances', 'wf-1', { historyLength: n + 1 }, v);
        await tx.appendLog!('workflowHistory', 'wf-1', [history(n)]);
      });
    const line = JSON.parse(
      readFileSync(join(dir, 'journal', 'records.jsonl'), 'utf8')
        .trim()
        .split('\n')[1],
    );
    expect(line.l).toEqual([{ log: 'workflowHistory', key: 'wf-1', at: 1, e: [history(1)] }]);
    // The process dies after the journal line, before the log file got the second entry.
    const logFile = join(dir, 'logs', 'workflowHistory.jsonl');
    const kept = readFileSync(logFile, 'utf8').trim().split('\n');
    writeFileSync(logFile, `${kept[0]}\n`);
    const next = await createLowdbStore({ dir, lock: false });
    expect(await next.readLog!('workflowHistory', 'wf-1')).toEqual([history(0), history(1)]);
    // A second start finds the log whole and appends nothing more.
    const third = await createLowdbStore({ dir, lock: false });
    expect(await third.readLog!('workflowHistory', 'wf-1')).toEqual([history(0), history(1)]);
    await third.close();
  });

  it('compacts the journal as it grows, keeping every write', async () => {
    const dir = folder();
    const store = await createLowdbStore({ dir, lock: false, journalEvery: 3 });
    for (let v = 0; v < 10; v++) await store.put('stepDrafts', 'd-1', { n: v }, v === 0 ? null : v);
    await new Promise((r) => setTimeout(r, 50));
    const again = await createLowdbStore({ dir, lock: false });
    expect(await again.get('stepDrafts', 'd-1')).toMatchObject({ version: 10, data: { n: 9 } });
    await again.close();
    await store.close();
  });

  it('keeps the audit apart, in append-only segments, continues it after a restart and prunes whole segments', async () => {
    const dir = folder();
    const store = await createLowdbStore({ dir, auditSegmentSize: 3 });
    for (let seq = 1; seq <= 7; seq++) await store.appendAudit({ seq, at: `2026-01-0${seq}` });
    await store.close();
    expect(readdirSync(join(dir, 'audit'))).toEqual([
      '000000000001.jsonl',
      '000000000004.jsonl',
      '000000000007.jsonl',
      'head.json',
    ]);
    const again = await createLowdbStore({ dir, auditSegmentSize: 3 });
    expect((await again.lastAudit())?.seq).toBe(7);
    await again.appendAudit({ seq: 8, at: '2026-01-08' });
    expect((await again.readAudit(5, 2)).map((e) => e.seq)).toEqual([5, 6]);
    expect(await again.pruneAudit(5)).toBe(3);
    expect((await again.readAudit()).map((e) => e.seq)).toEqual([4, 5, 6, 7, 8]);
    expect(existsSync(join(dir, 'audit', '000000000001.jsonl'))).toBe(false);
    await again.close();
  });
});
