/**
 * `@duikit/store-lowdb`: the embedded default store. In Node: one small JSON file per record
 * (written by lowdb's DataFile, atomically), the audit trail in append-only segments of its own,
 * and a lock so that only one process uses a data folder. See README.md for measured limits.
 *
 * @packageDocumentation
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  matchesWhere,
  nextRecord,
  pickAudit,
  runLocalTransaction,
  runQuery,
  type AuditChainer,
  type StoreQuery,
  type StorePort,
  type StoredAuditEntry,
  type StoredRecord,
} from '@duikit/core';
import { StoreCorruptError, parsePositionOf } from './errors.js';
import { AuditFiles } from './node/audit-files.js';
import { lockFolder, type LockOptions } from './node/lock.js';
import { resolveAuditKey } from './node/audit-key.js';
import { Journal } from './node/journal.js';
import { LogFiles } from './node/log-files.js';
import { RecordFiles } from './node/records.js';

export * from './errors.js';
export { encodeName } from './node/records.js';
export type { StorePort } from '@duikit/core';

/** Options of {@link createLowdbStore}. */
export interface LowdbStoreOptions extends LockOptions {
  /** The data folder (created when missing). */
  dir: string;
  /** Take the folder lock (default true). Only turn off for read-only tools on a stopped store. */
  lock?: boolean;
  /** Audit entries per segment file (default 10,000). */
  auditSegmentSize?: number;
  /**
   * Collections whose writes go to the journal first (one appended line instead of a file
   * rewrite), their files brought up to date every `journalEvery` writes and on close. Default:
   * workflow instances and step drafts, written on every event and every draft save.
   */
  journal?: readonly string[];
  /** Journal lines between two compactions (default 1,000). */
  journalEvery?: number;
  /**
   * The key audit entries are signed with (ADR 0026). Default: `DUIKIT_AUDIT_KEY`, the file
   * `DUIKIT_AUDIT_KEY_FILE` names, or `~/.config/duikit/audit.key` (created on first use).
   * Never inside the data folder.
   */
  auditKey?: string | Uint8Array;
  clock?: () => Date;
}

/** What the store found when it opened. */
export interface LowdbStoreInfo {
  dir: string;
  records: number;
  /** Set when a crash had cut the last audit line: its bytes were kept in this file. */
  tornAuditLine?: string;
  /** Where the audit key came from: `option`, `DUIKIT_AUDIT_KEY` or the key file's path. */
  auditKey: string;
  /** Audit entries of committed transactions restored from the journal at start (ADR 0025). */
  auditReplayed: number;
}

const FORMAT = 1;

function checkManifest(dir: string) {
  const path = join(dir, 'duikit-store.json');
  if (!existsSync(path)) {
    writeFileSync(
      path,
      `${JSON.stringify({ format: FORMAT, createdAt: new Date().toISOString() }, null, 2)}\n`,
    );
    return;
  }
  const text = readFileSync(path, 'utf8');
  let manifest: { format?: number };
  try {
    manifest = JSON.parse(text) as { format?: number };
  } catch (e) {
    throw new StoreCorruptError(path, parsePositionOf(e, text), (e as Error).message);
  }
  if (manifest.format !== FORMAT) {
    throw new StoreCorruptError(
      path,
      {},
      `format ${manifest.format} is not supported by this version (expected ${FORMAT}): upgrade @duikit/store-lowdb`,
    );
  }
}

/**
 * Opens (or creates) a data folder. Refuses to start when another process holds the folder
 * ({@link StoreLockedError}) or a file cannot be read ({@link StoreCorruptError}, file untouched).
 *
 * @example
 * const store = await createLowdbStore({ dir: './data' });
 * const engine = await createEngine({ store, policy: defaultAccessPolicy });
 */
export async function createLowdbStore(
  options: LowdbStoreOptions,
): Promise<StorePort & { info: LowdbStoreInfo }> {
  if (!options?.dir)
    throw new Error('createLowdbStore: `dir` is required (the data folder, e.g. { dir: "./data" }).');
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const lock =
    options.lock === false
      ? { check: () => {}, release: async () => {} }
      : await lockFolder(dir, options, () => {});
  const release = () => lock.release();
  try {
    checkManifest(dir);
    const journal = new Journal(join(dir, 'journal'));
    const records = new RecordFiles(join(dir, 'records'), {
      journal,
      collections: new Set(options.journal ?? ['workflowInstances', 'stepDrafts']),
      every: options.journalEvery ?? 1_000,
    });
    const count = records.load();
    const replayed = journal.load();
    records.replay(replayed.lines);
    const audit = new AuditFiles(join(dir, 'audit'), options.auditSegmentSize ?? 10_000);
    const { tornBytesSavedTo } = audit.load();
    // A transaction's line holds its audit entries: those the crash kept from the trail go back.
    const auditReplayed = audit.replay(replayed.lines.flatMap((l) => ('t' in l ? l.a : [])));
    audit.reconcileHead();
    const { key, source: keySource } = resolveAuditKey(dir, options.auditKey);
    const logs = new LogFiles(join(dir, 'logs'));
    logs.load();
    // Likewise the log appends of a committed transaction (a workflow event's history).
    logs.reconcile(replayed.lines.flatMap((l) => ('t' in l ? (l.l ?? []) : [])));
    const now = options.clock ?? (() => new Date());
    // Synchronous from reading the last link to appending: one chain, whatever the callers.
    const chain = (next: StoredAuditEntry | AuditChainer) => {
      audit.check();
      const entry = typeof next === 'function' ? next(audit.lastEntry()) : next;
      audit.append(entry);
      return entry;
    };
    // Set when a transaction's journal line was written but its audit lines could not be: the
    // next start restores them from the journal; until then nothing more is written.
    let broken: Error | undefined;
    const guard = () => {
      lock.check();
      if (broken)
        throw new Error(
          `The audit trail or a log of ${dir} could not be written (${broken.message}); writes are refused until a restart restores them from the journal.`,
        );
    };
    return {
      info: {
        dir,
        records: count,
        auditKey: keySource,
        auditReplayed,
        ...(tornBytesSavedTo ? { tornAuditLine: tornBytesSavedTo } : {}),
      },
      async get<T>(collection: string, id: string) {
        const r = records.get(collection, id);
        return r ? (structuredClone(r) as StoredRecord<T>) : undefined;
      },
      async peek<T>(collection: string, id: string) {
        return records.get(collection, id) as StoredRecord<T> | undefined;
      },
      async put<T>(collection: string, id: string, data: T, expectedVersion: number | null) {
        guard();
        const record = nextRecord(collection, id, data, expectedVersion, now().toISOString());
        await records.apply([{ collection, id, expected: expectedVersion, record }]);
        return { ...record, data }; // the store keeps `record`, a copy: the caller's data comes back
      },
      async delete(collection: string, id: string, expectedVersion: number) {
        guard();
        await records.apply([{ collection, id, expected: expectedVersion }]);
      },
      async query<T>(collection: string, query: StoreQuery<T> = {}) {
        return runQuery(records.candidates(collection, query.where), query).map((r) => structuredClone(r));
      },
      async count(collection, query = {}) {
        let n = 0;
        for (const r of records.candidates(collection, query.where))
          if (matchesWhere(r.data, query.where)) n++;
        return n;
      },
      async transaction(fn) {
        guard();
        const current = (c: string, id: string) => records.get(c, id);
        return runLocalTransaction(
          {
            current,
            logs: true,
            // One journal line holds the records, their audit entries and the log appends
            // (ADR 0025); the audit and log files follow it in the same tick.
            commit: async (writes, chained, appended) => {
              guard(); // the lock may have been lost while `fn` ran
              const pending = new Map<string, number>();
              const lines = appended.map(({ log, key, entries }) => {
                const k = `${log}\u0000${key}`;
                const at = pending.get(k) ?? logs.length(log, key);
                pending.set(k, at + entries.length);
                return { log, key, at, e: entries };
              });
              const entries = records.commit(
                writes,
                () => {
                  audit.check();
                  let last = audit.lastEntry();
                  return chained.map((c) => (last = c(last)));
                },
                lines,
              );
              // Past the journal line, a failed file append must stop every later write: the
              // next start restores the trail and the logs from the line (`at` stays true).
              try {
                entries.forEach((e) => audit.append(e));
                for (const l of lines) logs.append(l.log, l.key, l.e, true);
              } catch (e) {
                broken = e as Error;
                throw e;
              }
            },
          },
          () => now().toISOString(),
          fn,
        );
      },
      async inventory() {
        return { collections: records.names(), logs: logs.keys() };
      },
      async importRecord(record) {
        guard();
        const expected = records.get(record.collection, record.id)?.version ?? null;
        await records.apply([
          { collection: record.collection, id: record.id, expected, record: structuredClone(record) },
        ]);
      },
      async appendLog(log: string, key: string, entries: unknown[]) {
        guard();
        logs.append(log, key, entries);
      },
      async readLog<T>(log: string, key: string) {
        return logs.read(log, key) as T[];
      },
      async appendAudit(entry) {
        guard();
        return structuredClone(chain(entry));
      },
      async queryAudit(q) {
        return pickAudit(
          q.order === 'desc' ? audit.newestFirst(q.beforeSeq) : audit.oldestFirst(q.afterSeq),
          q,
        );
      },
      async readAudit(fromSeq = 0, limit = Infinity) {
        return audit.readFrom(fromSeq, limit);
      },
      async readAuditLines(fromSeq: number, limit: number) {
        return audit.readLines(fromSeq, limit);
      },
      async lastAudit() {
        const e = audit.lastEntry();
        return e ? structuredClone(e) : undefined;
      },
      async auditHead() {
        return audit.storedHead();
      },
      auditKey: key,
      async pruneAudit(beforeSeq: number) {
        guard();
        return audit.prune(beforeSeq);
      },
      async close() {
        // The journalled records to their files: the folder is left as plain record files
        // (unless the audit could not be written: the journal then restores it at the next start).
        await records.settled();
        let held = true;
        try {
          lock.check();
        } catch {
          held = false; // another process owns the folder now: write nothing more to it
        }
        if (!broken && held) await records.compact();
        journal.close();
        audit.close();
        logs.close();
        await release();
      },
    };
  } catch (e) {
    await release();
    throw e;
  }
}
