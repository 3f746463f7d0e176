import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '@duikit/core';
import { createLocalStorageStore, StoreCorruptError, StoreQuotaError } from '@duikit/store-lowdb/browser';

/** A localStorage with a character quota, like Chromium's (~5 M characters). */
class FakeStorage {
  items = new Map<string, string>();
  constructor(private readonly quota = 5_000_000) {}
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.items].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});
afterEach(() => delete (globalThis as { localStorage?: unknown }).localStorage);

describe('localStorage store', () => {
  it('persists records under the key and the audit in segments, and reopens', async () => {
    const store = createLocalStorageStore({ key: 'duikit' });
    const a = await store.put('userFiles', 'f1', { n: 1 }, null);
    await store.put('userFiles', 'f1', { n: 2 }, a.version);
    await expect(store.put('userFiles', 'f1', { n: 3 }, a.version)).rejects.toBeInstanceOf(ConflictError);
    for (let seq = 1; seq <= 501; seq++) await store.appendAudit({ seq });
    expect([...storage.items.keys()].sort()).toEqual(['duikit', 'duikit:audit:0', 'duikit:audit:1']);
    const again = createLocalStorageStore({ key: 'duikit' });
    expect((await again.get<{ n: number }>('userFiles', 'f1'))?.data.n).toBe(2);
    expect((await again.lastAudit())?.seq).toBe(501);
    expect((await again.readAudit(499)).map((e) => e.seq)).toEqual([499, 500, 501]);
    expect(await again.pruneAudit(501)).toBe(500);
  });

  it('refuses to start on a damaged key and leaves it as it is', () => {
    storage.items.set('duikit', '{"format":1,"records":{');
    expect(() => createLocalStorageStore({ key: 'duikit' })).toThrow(StoreCorruptError);
    expect(() => createLocalStorageStore({ key: 'duikit' })).toThrow(/localStorage\["duikit"\]/);
    expect(storage.items.get('duikit')).toBe('{"format":1,"records":{');
  });

  it('reports a full storage clearly and keeps what was stored', async () => {
    storage = new FakeStorage(20_000);
    (globalThis as { localStorage?: unknown }).localStorage = storage;
    const store = createLocalStorageStore({ key: 'duikit' });
    await store.put('c', 'small', { ok: true }, null);
    await expect(store.put('c', 'big', { filler: 'x'.repeat(30_000) }, null)).rejects.toBeInstanceOf(
      StoreQuotaError,
    );
    expect(await store.get('c', 'big')).toBeUndefined();
    expect((await createLocalStorageStore({ key: 'duikit' }).get('c', 'small'))?.version).toBe(1);
  });
});
