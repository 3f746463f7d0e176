/**
 * `@duikit/store-lowdb`: the embedded default store. In Node: one small JSON file per record
 * (written by lowdb's DataFile, atomically), the audit trail in append-only segments of its own,
 * and a lock so that only one process uses a data folder. See README.md for measured limits.
 *
 * @packageDocumentation
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StoreQuery, StorePort, StoredAuditEntry, StoredRecord } from '@duikit/core';
import { StoreCorruptError, parsePositionOf } from './errors.js';
import { AuditFiles } from './node/audit-files.js';
import { lockFolder, type LockOptions } from './node/lock.js';
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
  clock?: () => Date;
}

/** What the store found when it opened. */
export interface LowdbStoreInfo {
  dir: string;
  records: number;
  /** Set when a crash had cut the last audit line: its bytes were kept in this file. */
  tornAuditLine?: string;
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
  let lost: Error | undefined;
  const release = options.lock === false ? async () => {} : await lockFolder(dir, options, (e) => (lost = e));
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
    const logs = new LogFiles(join(dir, 'logs'));
    logs.load();
    const now = options.clock ?? (() => new Date());
    const guard = () => {
      if (lost)
        throw new Error(
          `The lock on ${dir} was lost (${lost.message}); writes are refused to protect the data. Restart the process.`,
        );
    };
    return {
      info: { dir, records: count, ...(tornBytesSavedTo ? { tornAuditLine: tornBytesSavedTo } : {}) },
      async get<T>(collection: string, id: string) {
        const r = records.get(collection, id);
        return r ? (structuredClone(r) as StoredRecord<T>) : undefined;
      },
      async peek<T>(collection: string, id: string) {
        return records.get(collection, id) as StoredRecord<T> | undefined;
      },
      async put<T>(collection: string, id: string, data: T, expectedVersion: number | null) {
        guard();
        return structuredClone(
          await records.put(collection, id, data, expectedVersion, now().toISOString()),
        ) as StoredRecord<T>;
      },
      async delete(collection: string, id: string, expectedVersion: number) {
        guard();
        await records.delete(collection, id, expectedVersion);
      },
      async query<T>(collection: string, query: StoreQuery<T> = {}) {
        const out: StoredRecord<T>[] = [];
        for (const r of records.candidates(collection, query.where)) {
          const rec = r as StoredRecord<T>;
          const data = rec.data as Record<string, unknown>;
          const matches = Object.entries(query.where ?? {}).every(([k, v]) => data?.[k] === v);
          if (matches && (!query.filter || query.filter(rec))) out.push(structuredClone(rec));
          if (query.limit !== undefined && out.length >= query.limit) break;
        }
        return out;
      },
      async appendLog(log: string, key: string, entries: unknown[]) {
        guard();
        logs.append(log, key, entries);
      },
      async readLog<T>(log: string, key: string) {
        return logs.read(log, key) as T[];
      },
      async appendAudit(entry: StoredAuditEntry) {
        guard();
        audit.append(entry);
      },
      async readAudit(fromSeq = 0, limit = Infinity) {
        return audit.readFrom(fromSeq, limit);
      },
      async lastAudit() {
        const e = audit.lastEntry();
        return e ? structuredClone(e) : undefined;
      },
      async pruneAudit(beforeSeq: number) {
        guard();
        return audit.prune(beforeSeq);
      },
      async close() {
        // The journalled records to their files: the folder is left as plain record files.
        await records.settled();
        await records.compact();
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
