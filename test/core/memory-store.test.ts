import { describe, expect, it } from 'vitest';
import { ConflictError, createMemoryStore } from '@duikit/core';

describe('memory store', () => {
  it('creates at version 1 and increments on each write', async () => {
    const store = createMemoryStore();
    const a = await store.put('userFiles', 'f1', { n: 1 }, null);
    const b = await store.put('userFiles', 'f1', { n: 2 }, a.version);
    expect([a.version, b.version]).toEqual([1, 2]);
    expect((await store.get<{ n: number }>('userFiles', 'f1'))?.data.n).toBe(2);
  });

  it('refuses a stale write and keeps the stored data', async () => {
    const store = createMemoryStore();
    await store.put('userFiles', 'f1', { n: 1 }, null);
    await store.put('userFiles', 'f1', { n: 2 }, 1);
    await expect(store.put('userFiles', 'f1', { n: 3 }, 1)).rejects.toBeInstanceOf(ConflictError);
    await expect(store.put('userFiles', 'f1', { n: 3 }, null)).rejects.toThrow(/expected version none/);
    expect((await store.get<{ n: number }>('userFiles', 'f1'))?.data.n).toBe(2);
  });

  it('never shares objects with callers', async () => {
    const store = createMemoryStore();
    const data = { list: [1] };
    await store.put('c', 'x', data, null);
    data.list.push(2);
    const read = await store.get<{ list: number[] }>('c', 'x');
    read!.data.list.push(3);
    expect((await store.get<{ list: number[] }>('c', 'x'))?.data.list).toEqual([1]);
  });

  it('queries by field equality and predicate', async () => {
    const store = createMemoryStore();
    await store.put('c', 'a', { kind: 'x', n: 1 }, null);
    await store.put('c', 'b', { kind: 'y', n: 2 }, null);
    await store.put('c', 'c', { kind: 'x', n: 3 }, null);
    const xs = await store.query<{ kind: string; n: number }>('c', { where: { kind: 'x' } });
    expect(xs.map((r) => r.id)).toEqual(['a', 'c']);
    const big = await store.query<{ n: number }>('c', { filter: (r) => r.data.n > 1 });
    expect(big.map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('keeps its field index true when a record changes its value or goes', async () => {
    const store = createMemoryStore();
    await store.put('c', 'a', { kind: 'x' }, null);
    await store.put('c', 'b', { kind: 'x' }, null);
    expect((await store.query('c', { where: { kind: 'x' } })).map((r) => r.id)).toEqual(['a', 'b']);
    await store.put('c', 'a', { kind: 'y' }, 1);
    await store.delete('c', 'b', 1);
    await store.put('c', 'd', { kind: 'x' }, null);
    expect((await store.query('c', { where: { kind: 'x' } })).map((r) => r.id)).toEqual(['d']);
    expect((await store.query('c', { where: { kind: 'y' } })).map((r) => r.id)).toEqual(['a']);
    // Every field of the `where` still counts, not only the indexed one.
    expect(await store.query('c', { where: { kind: 'y', n: 1 } })).toEqual([]);
  });
});
