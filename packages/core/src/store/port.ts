/**
 * The Store port: the only way the engine persists anything. Adapters: the memory store (tests,
 * demos) and `@duikit/store-lowdb`; a host may implement it over its own database.
 *
 * Every record carries a version. `put` with a stale expected version is refused with a
 * {@link ConflictError}; nothing is overwritten.
 */

/** A stored record: the data plus the metadata the store maintains. */
export interface StoredRecord<T = unknown> {
  /** Collection name, e.g. `userFiles`, `workflowInstances`. */
  collection: string;
  /** Record id, unique within its collection. */
  id: string;
  /** Starts at 1 on creation, incremented on every write. */
  version: number;
  /** ISO 8601 instant (UTC) of the last write. */
  updatedAt: string;
  data: T;
}

/** A simple equality filter on top-level fields of `data`, plus an optional predicate. */
export interface StoreQuery<T = unknown> {
  where?: Partial<Record<string, string | number | boolean | null>>;
  filter?: (record: StoredRecord<T>) => boolean;
  limit?: number;
}

/** One audit entry as the store keeps it (hash-chained by the engine). */
export interface StoredAuditEntry {
  seq: number;
  [key: string]: unknown;
}

/**
 * The persistence interface.
 *
 * @example
 * const rec = await store.put('userFiles', 'f1', { person: {} }, null); // create, version 1
 * await store.put('userFiles', 'f1', { ...rec.data, x: 1 }, rec.version); // version 2
 */
export interface StorePort {
  /** Reads one record, or `undefined` when there is none. */
  get<T = unknown>(collection: string, id: string): Promise<StoredRecord<T> | undefined>;
  /**
   * Reads one record without copying it, for a caller that only looks (an access check reading
   * the care team): the result must never be changed. Optional: without it, callers use `get`.
   */
  peek?<T = unknown>(collection: string, id: string): Promise<Readonly<StoredRecord<T>> | undefined>;
  /**
   * Creates (`expectedVersion` null) or replaces a record. Rejects with {@link ConflictError}
   * when the stored version differs from `expectedVersion` (or the record exists on create).
   */
  put<T = unknown>(
    collection: string,
    id: string,
    data: T,
    expectedVersion: number | null,
  ): Promise<StoredRecord<T>>;
  /** Deletes a record, with the same version check as `put`. */
  delete(collection: string, id: string, expectedVersion: number): Promise<void>;
  /** Lists the records of a collection that match the query. */
  query<T = unknown>(collection: string, query?: StoreQuery<T>): Promise<StoredRecord<T>[]>;
  /** Appends one entry to the audit log (append-only; kept apart from the files). */
  appendAudit(entry: StoredAuditEntry): Promise<void>;
  /** Reads audit entries in order, from `fromSeq` (inclusive). */
  readAudit(fromSeq?: number, limit?: number): Promise<StoredAuditEntry[]>;
  /** The last audit entry, or `undefined` when the trail is empty (the engine chains onto it). */
  lastAudit(): Promise<StoredAuditEntry | undefined>;
  /**
   * Removes audit entries with `seq < beforeSeq` (audit retention). A store may keep a few more
   * (e.g. whole segments only); returns how many were removed.
   */
  pruneAudit(beforeSeq: number): Promise<number>;
  /**
   * Appends entries to one key of an append-only log kept beside the records (a workflow
   * instance's history). Optional: without it, the engine stores one record per entry.
   */
  appendLog?(log: string, key: string, entries: unknown[]): Promise<void>;
  /** Every entry appended to one key of a log, in order. */
  readLog?<T = unknown>(log: string, key: string): Promise<T[]>;
  /** Releases files, locks and timers. */
  close(): Promise<void>;
}

/**
 * Thrown when a write names a version that is no longer the stored one.
 *
 * @example
 * try { await store.put('userFiles', id, data, 3); } catch (e) { if (e instanceof ConflictError) reload(); }
 */
export class ConflictError extends Error {
  readonly code = 'conflict';
  constructor(
    readonly collection: string,
    readonly id: string,
    readonly expectedVersion: number | null,
    readonly actualVersion: number | null,
  ) {
    super(
      `Conflict on ${collection}/${id}: expected version ${expectedVersion ?? 'none (create)'}, ` +
        `found ${actualVersion ?? 'none'}. Reload the record and apply the change again.`,
    );
    this.name = 'ConflictError';
  }
}
