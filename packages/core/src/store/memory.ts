import type { AuditChainer, StoreQuery, StorePort, StoredAuditEntry, StoredRecord } from './port.js';
import { auditLine, parseAuditLine } from '../audit/line.js';
import { cloneJson } from '../json/clone.js';
import { createFieldIndex } from './field-index.js';
import { deepFreeze } from '../json/freeze.js';
import { checkVersions, nextRecord, runLocalTransaction, type TxWrite } from './local-tx.js';
import { firstAtOrAbove, matchesWhere, queryAuditEntries, runQuery } from './query.js';

/**
 * An in-memory {@link StorePort}: for tests, Storybook and demos. Records are deep-copied in and
 * out (`cloneJson`: structuredClone's result, faster on JSON) so that callers never share state
 * with the store.
 *
 * @example
 * const store = createMemoryStore();
 * await store.put('userFiles', 'f1', { person: {} }, null);
 */
export function createMemoryStore(now: () => Date = () => new Date()): StorePort {
  const collections = new Map<string, Map<string, StoredRecord>>();
  const audit: StoredAuditEntry[] = [];
  // Each entry's stored line (ADR 0031), at the same index: the entry is what it parses to.
  const lines: string[] = [];
  // The last entry ever appended: the chain goes on from it even when a prune removed it.
  let tail: StoredAuditEntry | undefined;
  const index = createFieldIndex();
  const logs = new Map<string, unknown[]>();
  const col = (name: string) => {
    let c = collections.get(name);
    if (!c) collections.set(name, (c = new Map<string, StoredRecord>()));
    return c;
  };
  const current = (c: string, id: string) => col(c).get(id);
  // Audit entries never change once appended: kept frozen, handed out shared by readAudit (a
  // copy per entry was most of verifyAudit()'s time). The object is parsed from the line, so
  // readers see exactly the text verifyAudit() hashes.
  const chain = (next: StoredAuditEntry | AuditChainer) => {
    const line = auditLine(typeof next === 'function' ? next(tail) : next);
    const entry = deepFreeze(parseAuditLine(line));
    audit.push(entry);
    lines.push(line);
    tail = entry;
    return entry;
  };
  // Log entries never change once appended: kept frozen, handed out shared (see readLog). A
  // transaction's entries were copied when appended to it: they are frozen as they are.
  const appendLog = (log: string, key: string, entries: unknown[], copied = false) => {
    const k = `${log}\u0000${key}`;
    const frozen = (copied ? entries : cloneJson(entries)).map(deepFreeze);
    const list = logs.get(k);
    if (list) list.push(...frozen);
    else logs.set(k, frozen);
  };
  // Synchronous: every version is checked before anything changes, then all of it is applied.
  const apply = (writes: TxWrite[], chained: AuditChainer[] = []) => {
    checkVersions(writes, { current });
    for (const w of writes) {
      const c = col(w.collection);
      const prev = c.get(w.id)?.data;
      if (w.record) c.set(w.id, w.record);
      else c.delete(w.id);
      index.update(w.collection, w.id, prev, w.record?.data);
    }
    return chained.map(chain);
  };
  // With an equality or a `contains`, only the records it matches are looked at (indexed).
  const candidates = (collection: string, where: StoreQuery['where']) =>
    index.candidates(collection, where, col(collection));

  return {
    async get<T>(collection: string, id: string) {
      const r = current(collection, id);
      return r ? (cloneJson(r) as StoredRecord<T>) : undefined;
    },
    async peek<T>(collection: string, id: string) {
      return current(collection, id) as StoredRecord<T> | undefined;
    },
    async put<T>(collection: string, id: string, data: T, expectedVersion: number | null) {
      const rec = nextRecord(collection, id, data, expectedVersion, now().toISOString());
      apply([{ collection, id, expected: expectedVersion, record: rec }]);
      // The caller's own data back (the store keeps the copy nextRecord made).
      return { ...rec, data };
    },
    async delete(collection: string, id: string, expectedVersion: number) {
      apply([{ collection, id, expected: expectedVersion }]);
    },
    async query<T>(collection: string, query: StoreQuery<T> = {}) {
      return runQuery(candidates(collection, query.where), query).map((r) => cloneJson(r));
    },
    async peekQuery<T>(collection: string, query: StoreQuery<T> = {}) {
      return runQuery(candidates(collection, query.where), query);
    },
    async count(collection, query = {}) {
      let n = 0;
      for (const r of candidates(collection, query.where)) if (matchesWhere(r.data, query.where)) n++;
      return n;
    },
    transaction: (fn) =>
      runLocalTransaction(
        {
          current,
          logs: true,
          commit: async (w, a, l) => {
            apply(w, a);
            for (const x of l) appendLog(x.log, x.key, x.entries, true);
          },
        },
        () => now().toISOString(),
        fn,
      ),
    async appendLog(log: string, key: string, entries: unknown[]) {
      appendLog(log, key, entries);
    },
    async readLog<T>(log: string, key: string) {
      return [...(logs.get(`${log}\u0000${key}`) ?? [])] as T[];
    },
    async appendAudit(entry) {
      return structuredClone(chain(entry));
    },
    async readAudit(fromSeq = 0, limit = Infinity) {
      // Entries are in seq order: find the first one by bisection instead of scanning them all.
      const lo = firstAtOrAbove(audit, fromSeq);
      return audit.slice(lo, limit === Infinity ? undefined : lo + limit);
    },
    // Made by auditLine here, kept as made; readers see the objects parsed from them at append.
    auditLinesMadeHere: true,
    async readAuditLines(fromSeq, limit) {
      const lo = firstAtOrAbove(audit, fromSeq);
      return lines.slice(lo, lo + limit);
    },
    async queryAudit(q) {
      return queryAuditEntries(audit, q);
    },
    async lastAudit() {
      return tail ? structuredClone(tail) : undefined;
    },
    async auditHead() {
      return tail && typeof tail.hash === 'string'
        ? {
            seq: tail.seq,
            hash: tail.hash,
            ...(typeof tail.mac === 'string' ? { mac: tail.mac } : {}),
            source: 'memory store',
          }
        : undefined;
    },
    // A key of the store's own lifetime: the trail lives no longer than the process.
    auditKey: globalThis.crypto.getRandomValues(new Uint8Array(32)),
    async pruneAudit(beforeSeq: number) {
      const keep = audit.map((e) => e.seq >= beforeSeq);
      const removed = keep.filter((k) => !k).length;
      lines.splice(0, lines.length, ...lines.filter((_, i) => keep[i]));
      audit.splice(0, audit.length, ...audit.filter((_, i) => keep[i]));
      return removed;
    },
    async close() {},
  };
}
