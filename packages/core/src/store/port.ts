/**
 * The Store port: the only way the engine persists anything. Adapters: the memory store (tests,
 * demos), `@duikit/store-lowdb` (embedded default) and `@duikit/store-postgres`; a host may
 * implement it over its own database. ADR 0022 records why it has this shape.
 *
 * Every record carries a version. `put` with a stale expected version is refused with a
 * {@link ConflictError}; nothing is overwritten. Every query the engine makes can be pushed down
 * to a database: equality and range conditions on declared fields ({@link STORE_INDEXES}),
 * membership (`contains`) in declared list fields, one
 * `orderBy`, cursor pagination (`after`, `limit`) and counts. `transaction` groups record writes
 * and their audit entries: all are kept, or none.
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

/** A value a condition compares with. */
export type IndexValue = string | number | boolean | null;

/** A range on one field (bounds combine with AND; strings compare in code-point order). */
export interface RangeCondition {
  gt?: string | number;
  gte?: string | number;
  lt?: string | number;
  lte?: string | number;
}

/**
 * A string among the values at a path, arrays along the path flattened (one level per step):
 * `{ 'meta.careTeam.professionalId': { contains: 'pro-1' } }` matches a record whose care team
 * has a member `pro-1`. Declared list fields ({@link STORE_INDEXES} `lists`) are indexed (ADR 0030).
 */
export interface ContainsCondition {
  contains: string;
}

/** Equality (a value, `null` matching a missing field), a range, or membership in a list. */
export type WhereCondition = IndexValue | RangeCondition | ContainsCondition;

/**
 * A query a database can answer with an index. Field names are dotted paths into `data`
 * (`meta.establishment`); the declared ones ({@link STORE_INDEXES}) are indexed by every store.
 *
 * @example
 * await store.query('workflowInstances', {
 *   where: { status: 'active', nextDueAt: { lte: now } }, orderBy: 'nextDueAt', limit: 500,
 * });
 */
export interface StoreQuery<T = unknown> {
  where?: Record<string, WhereCondition | undefined>;
  /**
   * A predicate run after the `where`, in the process: it cannot be pushed down, so the engine
   * uses none on a hot path. Kept for hosts' own small collections.
   */
  filter?: (record: StoredRecord<T>) => boolean;
  /**
   * One field to sort by (then by id). Without it the order is the store's own (unspecified), and
   * with `after` alone, by id.
   */
  orderBy?: string | { field: string; desc?: boolean };
  /** The cursor of the last record of the previous page ({@link cursorOf}). */
  after?: string;
  limit?: number;
}

/** One audit entry as the store keeps it (hash-chained by the engine). */
export interface StoredAuditEntry {
  seq: number;
  [key: string]: unknown;
}

/** The last link of the audit chain, as the store reads it under its lock. */
export interface AuditLink {
  seq: number;
  hash?: unknown;
}

/**
 * Builds the entry that follows `last` (`undefined` on an empty trail). The store calls it while
 * it holds the trail's lock, so that any number of processes extend one chain.
 */
export type AuditChainer = (last: AuditLink | undefined) => StoredAuditEntry;

/** The chain's head a store keeps apart from the trail (ADR 0026), and where (for messages). */
export interface StoredAuditHead {
  seq: number;
  hash: string;
  /** The last entry's MAC; absent on a trail written before entries were signed. */
  mac?: string;
  /** The file or table that holds it, named in errors. */
  source: string;
}

/** A page of the audit trail, pushed down: every field narrows. */
export interface AuditStoreQuery {
  fileId?: string;
  /** `actor.professionalId`. */
  actor?: string;
  actions?: readonly string[];
  /** ISO instants: `from` <= at < `to`. */
  from?: string;
  to?: string;
  /** Entries with seq < `beforeSeq` (newest first) or > `afterSeq` (oldest first). */
  beforeSeq?: number;
  afterSeq?: number;
  order?: 'asc' | 'desc';
  limit?: number;
}

/** What a store holds (see {@link StorePort.inventory}). */
export interface StoreInventory {
  collections: string[];
  logs: { log: string; key: string }[];
}

/** Work to do once a transaction has committed (see {@link StorePort.claimEach}). */
export type AfterCommit = () => Promise<void>;

/** What a transaction may do: reads see its own writes; everything applies at commit or not at all. */
export interface StoreTx {
  get<T = unknown>(collection: string, id: string): Promise<StoredRecord<T> | undefined>;
  put<T = unknown>(
    collection: string,
    id: string,
    data: T,
    expectedVersion: number | null,
  ): Promise<StoredRecord<T>>;
  delete(collection: string, id: string, expectedVersion: number): Promise<void>;
  /** Chains an entry onto the trail when the transaction commits. */
  appendAudit(next: AuditChainer): void;
  /**
   * Appends to a log (see {@link StorePort.appendLog}) as part of the transaction. Optional: a
   * store without it has the caller append after the commit.
   */
  appendLog?(log: string, key: string, entries: unknown[]): Promise<void>;
}

/**
 * The persistence interface.
 *
 * @example
 * const rec = await store.put('userFiles', 'f1', { person: {} }, null); // create, version 1
 * await store.transaction(async (tx) => {
 *   await tx.put('userFiles', 'f1', { ...rec.data, x: 1 }, rec.version); // version 2
 *   tx.appendAudit((last) => chain(last, { action: 'write', fileId: 'f1' }));
 * });
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
   * `query` without copying the records, for a caller that only reads them and builds what it
   * writes anew (`tick` firing due instances, ADR 0032): the results must never be changed.
   * Optional: without it, callers use `query`.
   */
  peekQuery?<T = unknown>(
    collection: string,
    query?: StoreQuery<T>,
  ): Promise<readonly Readonly<StoredRecord<T>>[]>;
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
  /** Lists the records of a collection that match the query, in `orderBy` order. */
  query<T = unknown>(collection: string, query?: StoreQuery<T>): Promise<StoredRecord<T>[]>;
  /** How many records match the `where` (no filter, no paging). */
  count(collection: string, query?: Pick<StoreQuery, 'where'>): Promise<number>;
  /**
   * Runs `fn`, then applies its writes and audit entries atomically. A version conflict (at the
   * write or at commit) or an exception from `fn` rolls everything back and rejects.
   */
  transaction<R>(fn: (tx: StoreTx) => Promise<R>): Promise<R>;
  /**
   * Appends one entry to the audit log (append-only; kept apart from the files). Given a
   * {@link AuditChainer}, the store numbers it under its lock and returns the entry it built.
   */
  appendAudit(entry: StoredAuditEntry | AuditChainer): Promise<StoredAuditEntry>;
  /** Reads audit entries in order, from `fromSeq` (inclusive). */
  readAudit(fromSeq?: number, limit?: number): Promise<StoredAuditEntry[]>;
  /**
   * The same entries as the lines the store keeps (ADR 0031: `auditLine`, or any JSON text of the
   * entry for one written otherwise), for `verifyAudit()` to hash as they are. What `readAudit`
   * returns must be what these lines parse to. Optional: without it, entries are read as objects.
   */
  readAuditLines?(fromSeq: number, limit: number): Promise<string[]>;
  /**
   * True when the lines `readAuditLines` returns were made by `auditLine` in this process and kept
   * as they were, out of reach of anything outside it, and readers see the objects parsed from
   * them when they were appended (the memory store). verifyAudit() then need not check that each
   * line's MAC is 64 hex digits (that a reader parsing the line would see that MAC).
   */
  readonly auditLinesMadeHere?: boolean;
  /** Audit entries matching the query, in seq order (`order`, default ascending). */
  queryAudit(query: AuditStoreQuery): Promise<StoredAuditEntry[]>;
  /**
   * The last audit entry appended, or `undefined` when none ever was (the engine chains onto it).
   * A store keeps it even when a prune removed it, so that the chain goes on.
   */
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
  /**
   * Every entry appended to one key of a log, in order. Entries never change once appended:
   * a store may return the same deeply frozen objects to every reader (callers never mutate them).
   */
  readLog?<T = unknown>(log: string, key: string): Promise<T[]>;
  /**
   * The chain's head as the store keeps it apart from the trail (seq, hash and MAC of the last
   * entry ever appended), so that a trail cut or emptied behind the engine's back is seen
   * (ADR 0026). Optional: without it, only the chain's links are checked.
   */
  auditHead?(): Promise<StoredAuditHead | undefined>;
  /**
   * The key the store's entries are signed with, when the store resolves one itself (lowdb in
   * Node: `DUIKIT_AUDIT_KEY` or a key file outside the data folder; memory: a key of its own
   * lifetime). The engine's `auditKey` option wins.
   */
  readonly auditKey?: Uint8Array;
  /**
   * Work queue over a collection, for several processes (ADR 0027): runs `fn` once per record
   * matching `query` (its `where` and `orderBy`; `filter` and `limit` are ignored), each in its
   * own transaction that holds the record locked while `fn` runs. A record another process holds
   * is skipped (that process is working on it); a record whose transaction failed, or whose
   * process died, is left unlocked and unchanged for the next claim, here or anywhere; the other
   * records are still claimed, and the failure is thrown at the end. What `fn`
   * returns, if anything, runs once its transaction has committed. Answers how many records `fn`
   * ran for. Optional: without it, the caller reads the matches and writes each in a
   * {@link StorePort.transaction} whose version check picks one writer.
   *
   * @example
   * await store.claimEach('workflowInstances', { where: { nextDueAt: { lte: now } } }, async (rec, tx) => {
   *   await tx.put('workflowInstances', rec.id, fired(rec.data), rec.version);
   * });
   */
  /**
   * Everything the store holds, for copies between stores (`duikit store copy`): the collections
   * that have records and the keys of each log. Optional.
   */
  inventory?(): Promise<StoreInventory>;
  /**
   * Writes a record exactly as given (its version and time kept), over whatever is there: for
   * copies between stores only, never for the engine's writes. Optional, with `inventory`.
   */
  importRecord?(record: StoredRecord): Promise<void>;
  claimEach?<T = unknown>(
    collection: string,
    query: StoreQuery<T>,
    fn: (record: StoredRecord<T>, tx: StoreTx) => Promise<AfterCommit | void>,
  ): Promise<number>;
  /** Releases files, connections, locks and timers. */
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

/**
 * Tells whether an error is a {@link ConflictError}, also across copies of `@duikit/core`.
 *
 * @example
 * if (isConflict(e)) return reload();
 */
export const isConflict = (e: unknown): e is ConflictError =>
  e instanceof ConflictError || (e as { code?: unknown } | null)?.code === 'conflict';
