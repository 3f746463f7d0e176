/**
 * Transactions for the stores that live in the process (memory, lowdb): the writes are kept
 * aside while `fn` runs (its reads see them), then handed to the store's `commit`, which checks
 * every version and applies them all before it yields, so no other call sees half of them.
 */
import { cloneJson } from '../json/clone.js';
import { ConflictError, type AuditChainer, type StoreTx, type StoredRecord } from './port.js';

/** One write of a transaction: `data` undefined deletes. */
export interface TxWrite {
  collection: string;
  id: string;
  /** The version the record had when the transaction first touched it (null: absent). */
  expected: number | null;
  /** The record as written (undefined for a delete). */
  record?: StoredRecord;
}

/** An append to a log made inside a transaction (entries already copied). */
export interface TxLogAppend {
  log: string;
  key: string;
  entries: unknown[];
}

/** What a local store gives the transaction runner. */
export interface LocalTxBase {
  /** The stored record now (not copied). */
  current(collection: string, id: string): StoredRecord | undefined;
  /**
   * Checks `expected` of every write (ConflictError), then applies writes, audit entries and log
   * appends (a store without transactional logs may leave `logs` to the caller: see `logs`).
   */
  commit(writes: TxWrite[], audit: AuditChainer[], logs: TxLogAppend[]): Promise<unknown>;
  /** Whether `commit` applies log appends; otherwise the transaction offers no `appendLog`. */
  logs?: boolean;
}

/**
 * The record a write of `data` over `expected` makes (version + 1, stamped now); `data` copied.
 *
 * @example
 * const rec = nextRecord('userFiles', 'f1', data, 2, new Date().toISOString()); // version 3
 */
export function nextRecord<T>(
  collection: string,
  id: string,
  data: T,
  expected: number | null,
  updatedAt: string,
): StoredRecord<T> {
  return { collection, id, version: (expected ?? 0) + 1, updatedAt, data: cloneJson(data) };
}

/** Throws a {@link ConflictError} unless every write still finds the version it expected. */
export function checkVersions(writes: readonly TxWrite[], base: Pick<LocalTxBase, 'current'>): void {
  for (const w of writes) {
    const actual = base.current(w.collection, w.id)?.version ?? null;
    if (actual !== w.expected) throw new ConflictError(w.collection, w.id, w.expected, actual);
  }
}

/**
 * Runs `fn` against an overlay, then commits.
 *
 * @example
 * transaction: (fn) => runLocalTransaction(base, () => new Date().toISOString(), fn),
 */
export async function runLocalTransaction<R>(
  base: LocalTxBase,
  now: () => string,
  fn: (tx: StoreTx) => Promise<R>,
): Promise<R> {
  const writes = new Map<string, TxWrite>();
  const audit: AuditChainer[] = [];
  const logs: TxLogAppend[] = [];
  const key = (c: string, id: string) => `${c}\u0000${id}`;
  const seen = (c: string, id: string) => {
    const w = writes.get(key(c, id));
    return w ? w.record : base.current(c, id);
  };
  const touch = (c: string, id: string, expected: number | null, record?: StoredRecord) => {
    const actual = seen(c, id)?.version ?? null;
    if (actual !== expected) throw new ConflictError(c, id, expected, actual);
    const first = writes.get(key(c, id))?.expected ?? base.current(c, id)?.version ?? null;
    writes.set(key(c, id), { collection: c, id, expected: first, record });
  };
  const tx: StoreTx = {
    async get<T>(c: string, id: string) {
      const r = seen(c, id);
      return r ? (cloneJson(r) as StoredRecord<T>) : undefined;
    },
    async put<T>(c: string, id: string, data: T, expected: number | null) {
      const rec = nextRecord(c, id, data, expected, now());
      touch(c, id, expected, rec);
      // The store keeps `rec` (its data a copy): the caller gets its own `data` back rather than
      // a second copy of a record it already holds (a workflow event's largest cost).
      return { ...rec, data };
    },
    async delete(c: string, id: string, expected: number) {
      touch(c, id, expected);
    },
    appendAudit(next) {
      audit.push(next);
    },
    ...(base.logs
      ? {
          async appendLog(log: string, key: string, entries: unknown[]) {
            logs.push({ log, key, entries: cloneJson(entries) });
          },
        }
      : {}),
  };
  const result = await fn(tx);
  await base.commit([...writes.values()], audit, logs);
  return result;
}
