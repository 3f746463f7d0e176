import {
  ConflictError,
  type StoreQuery,
  type StorePort,
  type StoredAuditEntry,
  type StoredRecord,
} from './port.js';
import { createFieldIndex } from './field-index.js';

/**
 * An in-memory {@link StorePort}: for tests, Storybook and demos. Records are deep-copied in and
 * out through structuredClone so that callers never share state with the store.
 *
 * @example
 * const store = createMemoryStore();
 * await store.put('userFiles', 'f1', { person: {} }, null);
 */
export function createMemoryStore(now: () => Date = () => new Date()): StorePort {
  const collections = new Map<string, Map<string, StoredRecord>>();
  const audit: StoredAuditEntry[] = [];
  const index = createFieldIndex();
  const logs = new Map<string, unknown[]>();
  const col = (name: string) => {
    let c = collections.get(name);
    if (!c) collections.set(name, (c = new Map<string, StoredRecord>()));
    return c;
  };

  return {
    async get<T>(collection: string, id: string) {
      const r = col(collection).get(id);
      return r ? (structuredClone(r) as StoredRecord<T>) : undefined;
    },
    async peek<T>(collection: string, id: string) {
      return col(collection).get(id) as StoredRecord<T> | undefined;
    },
    async put<T>(collection: string, id: string, data: T, expectedVersion: number | null) {
      const c = col(collection);
      const current = c.get(id);
      if ((current?.version ?? null) !== expectedVersion) {
        throw new ConflictError(collection, id, expectedVersion, current?.version ?? null);
      }
      const rec: StoredRecord<T> = {
        collection,
        id,
        version: (current?.version ?? 0) + 1,
        updatedAt: now().toISOString(),
        data: structuredClone(data),
      };
      c.set(id, rec);
      index.update(collection, id, current?.data, rec.data);
      return structuredClone(rec);
    },
    async delete(collection: string, id: string, expectedVersion: number) {
      const c = col(collection);
      const current = c.get(id);
      if (current?.version !== expectedVersion) {
        throw new ConflictError(collection, id, expectedVersion, current?.version ?? null);
      }
      c.delete(id);
      index.update(collection, id, current.data, undefined);
    },
    async query<T>(collection: string, query: StoreQuery<T> = {}) {
      const out: StoredRecord<T>[] = [];
      const c = col(collection);
      const [first] = Object.entries(query.where ?? {});
      // With a `where`, only the records its first field matches are looked at (indexed).
      const candidates = first
        ? [...index.lookup(collection, first[0], first[1] ?? null, () => c.values())].map((id) => c.get(id)!)
        : c.values();
      for (const r of candidates) {
        const rec = r as StoredRecord<T>;
        const data = rec.data as Record<string, unknown>;
        const matches = Object.entries(query.where ?? {}).every(([k, v]) => data?.[k] === v);
        if (matches && (!query.filter || query.filter(rec))) out.push(structuredClone(rec));
        if (query.limit !== undefined && out.length >= query.limit) break;
      }
      return out;
    },
    async appendLog(log: string, key: string, entries: unknown[]) {
      const k = `${log}\u0000${key}`;
      logs.set(k, [...(logs.get(k) ?? []), ...entries.map((e) => structuredClone(e))]);
    },
    async readLog<T>(log: string, key: string) {
      return structuredClone(logs.get(`${log}\u0000${key}`) ?? []) as T[];
    },
    async appendAudit(entry: StoredAuditEntry) {
      audit.push(structuredClone(entry));
    },
    async readAudit(fromSeq = 0, limit = Infinity) {
      // Entries are in seq order: find the first one by bisection instead of scanning them all.
      let lo = 0;
      let hi = audit.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (audit[mid].seq < fromSeq) lo = mid + 1;
        else hi = mid;
      }
      return audit.slice(lo, limit === Infinity ? undefined : lo + limit).map((e) => structuredClone(e));
    },
    async lastAudit() {
      const last = audit[audit.length - 1];
      return last ? structuredClone(last) : undefined;
    },
    async pruneAudit(beforeSeq: number) {
      const keep = audit.filter((e) => e.seq >= beforeSeq);
      const removed = audit.length - keep.length;
      audit.splice(0, audit.length, ...keep);
      return removed;
    },
    async close() {},
  };
}
