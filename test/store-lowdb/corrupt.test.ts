import { readFileSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLowdbStore, StoreCorruptError } from '@duikit/store-lowdb';
import { tempDir } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const folder = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

async function seeded(dir: string) {
  const store = await createLowdbStore({ dir });
  await store.put('userFiles', 'uf-1', { name: 'MARTIN' }, null);
  await store.put('userFiles', 'uf-2', { name: 'DURAND' }, null);
  await store.appendAudit({ seq: 1, at: 'x' });
  await store.appendAudit({ seq: 2, at: 'y' });
  await store.close();
}

describe('lowdb store: corrupt files', () => {
  it('refuses to start on a damaged record, naming the file and the parse position, and leaves it untouched', async () => {
    const dir = folder();
    await seeded(dir);
    const path = join(dir, 'records', 'userFiles', 'uf-2.json');
    const damaged = '{"collection":"userFiles","id":"uf-2",\n"version":1,"data":{"name":"DUR';
    writeFileSync(path, damaged);
    const err = await createLowdbStore({ dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreCorruptError);
    const e = err as StoreCorruptError;
    expect(e.path).toBe(path);
    expect(e.line).toBe(2);
    expect(e.message).toContain(path);
    expect(e.message).toMatch(/left untouched/);
    expect(readFileSync(path, 'utf8')).toBe(damaged);
    // The refusal released the lock: once repaired, the folder opens.
    writeFileSync(
      path,
      JSON.stringify({ collection: 'userFiles', id: 'uf-2', version: 1, updatedAt: 'x', data: {} }),
    );
    const store = await createLowdbStore({ dir });
    expect(store.info.records).toBe(2);
    await store.close();
  });

  it('refuses a record file that parses but is not a record of that name', async () => {
    const dir = folder();
    await seeded(dir);
    writeFileSync(join(dir, 'records', 'userFiles', 'uf-1.json'), '{"hello":"world"}');
    await expect(createLowdbStore({ dir })).rejects.toThrow(/not a DUI Kit record/);
  });

  it('refuses a damaged audit line in the middle, naming the segment and line', async () => {
    const dir = folder();
    await seeded(dir);
    const seg = join(dir, 'audit', '000000000001.jsonl');
    const lines = readFileSync(seg, 'utf8').split('\n');
    lines[0] = lines[0].replace('"seq":1', '"seq":1,,');
    writeFileSync(seg, lines.join('\n'));
    const before = readFileSync(seg, 'utf8');
    const err = (await createLowdbStore({ dir }).catch((e: unknown) => e)) as StoreCorruptError;
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect([err.path, err.line]).toEqual([seg, 1]);
    expect(readFileSync(seg, 'utf8')).toBe(before);
  });

  it('keeps the bytes of an audit line cut by a crash in a side file and goes on', async () => {
    const dir = folder();
    await seeded(dir);
    appendFileSync(join(dir, 'audit', '000000000001.jsonl'), '{"seq":3,"at":"z"');
    const store = await createLowdbStore({ dir });
    expect(store.info.tornAuditLine).toBeDefined();
    expect(readFileSync(store.info.tornAuditLine!, 'utf8')).toBe('{"seq":3,"at":"z"');
    expect((await store.lastAudit())?.seq).toBe(2);
    await store.appendAudit({ seq: 3, at: 'z2' });
    expect((await store.readAudit()).map((e) => e.seq)).toEqual([1, 2, 3]);
    await store.close();
  });

  it('ignores the temp file of an interrupted atomic write', async () => {
    const dir = folder();
    await seeded(dir);
    writeFileSync(join(dir, 'records', 'userFiles', '.uf-1.json.tmp'), '{"partial');
    const store = await createLowdbStore({ dir });
    expect((await store.get<{ name: string }>('userFiles', 'uf-1'))?.data.name).toBe('MARTIN');
    expect(readdirSync(join(dir, 'records', 'userFiles')).sort()).toEqual([
      '.uf-1.json.tmp',
      'uf-1.json',
      'uf-2.json',
    ]);
    await store.close();
  });
});
