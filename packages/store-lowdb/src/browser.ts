/**
 * `@duikit/store-lowdb/browser`: the embedded store over localStorage, through lowdb's
 * `LocalStorage` adapter. Records live under `key`, the audit trail under `key:audit:<n>` in
 * segments (an append rewrites one small segment, not the whole trail). For demos and offline
 * use: localStorage holds about 5 million characters (≈2,500 user files of 2 KB).
 *
 * @packageDocumentation
 */
import { LocalStorage } from 'lowdb/browser';
import {
  checkVersions,
  matchesWhere,
  nextRecord,
  pickAudit,
  runLocalTransaction,
  runQuery,
  type AuditChainer,
  type TxWrite,
  type StoreQuery,
  type StorePort,
  type StoredAuditEntry,
  type StoredRecord,
} from '@duikit/core';
import { StoreCorruptError, StoreQuotaError, parsePositionOf } from './errors.js';

export * from './errors.js';
export type { StorePort } from '@duikit/core';

type Records = Record<string, Record<string, StoredRecord>>;
interface Root {
  format: 1;
  records: Records;
  auditSegments: number;
}

const SEGMENT = 500;

/** Options of {@link createLocalStorageStore}. */
export interface LocalStorageStoreOptions {
  /** localStorage key of the records; the audit uses `<key>:audit:<n>`. */
  key: string;
  clock?: () => Date;
}

function readKey<T>(key: string): T | null {
  try {
    return new LocalStorage<T>(key).read();
  } catch (e) {
    const raw = globalThis.localStorage.getItem(key) ?? '';
    throw new StoreCorruptError(`localStorage["${key}"]`, parsePositionOf(e, raw), (e as Error).message);
  }
}

function writeKey<T>(key: string, value: T): void {
  try {
    new LocalStorage<T>(key).write(value);
  } catch (e) {
    if (e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22))
      throw new StoreQuotaError(key);
    throw e;
  }
}

/**
 * Opens the store over localStorage. A key that does not parse refuses the start and stays as it is.
 *
 * @example
 * const store = createLocalStorageStore({ key: 'duikit-demo' });
 */
export function createLocalStorageStore(options: LocalStorageStoreOptions): StorePort {
  if (!options?.key) throw new Error('createLocalStorageStore: `key` is required (e.g. { key: "duikit" }).');
  if (!globalThis.localStorage)
    throw new Error('createLocalStorageStore: no localStorage here (use createLowdbStore in Node).');
  const { key } = options;
  const now = options.clock ?? (() => new Date());
  const root: Root = readKey<Root>(key) ?? { format: 1, records: {}, auditSegments: 0 };
  let tail: StoredAuditEntry[] = root.auditSegments
    ? (readKey<StoredAuditEntry[]>(`${key}:audit:${root.auditSegments - 1}`) ?? [])
    : [];
  const segKey = (n: number) => `${key}:audit:${n}`;
  let last: StoredAuditEntry | undefined = tail.at(-1);

  /** Writes the records; on quota failure the memory goes back to what is stored. */
  const commit = (undo: () => void) => {
    try {
      writeKey(key, root);
    } catch (e) {
      undo();
      throw e;
    }
  };
  const col = (c: string) => (root.records[c] ??= {});
  const current = (c: string, id: string) => root.records[c]?.[id];
  /** Checks every version, then writes all the records in one localStorage write. */
  const apply = (writes: TxWrite[]) => {
    checkVersions(writes, { current });
    const before = writes.map((w) => current(w.collection, w.id));
    for (const w of writes) {
      if (w.record) col(w.collection)[w.id] = w.record;
      else delete col(w.collection)[w.id];
    }
    commit(() =>
      writes.forEach((w, i) => {
        const prev = before[i];
        if (prev) col(w.collection)[w.id] = prev;
        else delete col(w.collection)[w.id];
      }),
    );
  };
  /** Appends one entry to the last segment (a new one every SEGMENT entries). */
  const chain = (next: StoredAuditEntry | AuditChainer) => {
    const entry = typeof next === 'function' ? next(last) : next;
    const fresh = root.auditSegments === 0 || tail.length >= SEGMENT;
    const seg = fresh ? root.auditSegments : root.auditSegments - 1;
    const segment = fresh ? [entry] : [...tail, entry];
    writeKey(segKey(seg), segment);
    if (fresh) {
      root.auditSegments++;
      commit(() => root.auditSegments--);
    }
    tail = segment;
    last = entry;
    return entry;
  };

  return {
    async get<T>(collection: string, id: string) {
      const r = root.records[collection]?.[id];
      return r ? (structuredClone(r) as StoredRecord<T>) : undefined;
    },
    async put<T>(collection: string, id: string, data: T, expectedVersion: number | null) {
      const record = nextRecord(collection, id, data, expectedVersion, now().toISOString());
      apply([{ collection, id, expected: expectedVersion, record }]);
      return structuredClone(record);
    },
    async delete(collection: string, id: string, expectedVersion: number) {
      apply([{ collection, id, expected: expectedVersion }]);
    },
    async query<T>(collection: string, query: StoreQuery<T> = {}) {
      return runQuery(Object.values(root.records[collection] ?? {}), query).map((r) => structuredClone(r));
    },
    async count(collection, query = {}) {
      return Object.values(root.records[collection] ?? {}).filter((r) => matchesWhere(r.data, query.where))
        .length;
    },
    transaction: (fn) =>
      runLocalTransaction(
        {
          current,
          commit: async (writes, chained) => {
            apply(writes);
            for (const c of chained) chain(c);
          },
        },
        () => now().toISOString(),
        fn,
      ),
    async appendAudit(entry) {
      return structuredClone(chain(entry));
    },
    async queryAudit(q) {
      const all = await this.readAudit();
      return pickAudit(q.order === 'desc' ? all.reverse() : all, q);
    },
    async readAudit(fromSeq = 0, limit = Infinity) {
      const out: StoredAuditEntry[] = [];
      for (let n = 0; n < root.auditSegments && out.length < limit; n++) {
        for (const e of readKey<StoredAuditEntry[]>(segKey(n)) ?? [])
          if (e.seq >= fromSeq && out.length < limit) out.push(e);
      }
      return out;
    },
    async lastAudit() {
      return last && structuredClone(last);
    },
    async pruneAudit(beforeSeq: number) {
      let removed = 0;
      for (let n = 0; n < root.auditSegments - 1; n++) {
        const seg = readKey<StoredAuditEntry[]>(segKey(n));
        if (!seg?.length || seg[seg.length - 1].seq >= beforeSeq) continue;
        removed += seg.length;
        writeKey(segKey(n), []);
      }
      return removed;
    },
    async close() {},
  };
}
