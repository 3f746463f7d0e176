/**
 * The fields every store indexes, per collection: the engine queries only these (ADR 0022). A
 * database store turns them into real columns; `establishment` is the column a sharded database
 * (Citus) distributes the records by.
 */

/** The indexed fields of one collection (dotted paths into the record's data). */
export interface CollectionIndexes {
  /** The path of the record's establishment, when it has one (the distribution key). */
  establishment?: string;
  /** Further fields queried by equality or range (string values: ids, statuses, ISO instants). */
  fields: readonly string[];
  /**
   * Fields queried by membership (`contains`): paths whose values, arrays flattened, are strings
   * (ADR 0030). A database store keeps them in array columns with an inverted index.
   */
  lists?: readonly string[];
}

/**
 * The engine's collections and the fields it queries them by.
 *
 * @example
 * STORE_INDEXES.workflowInstances.fields; // ['fileId', 'status', 'nextDueAt', 'definition']
 */
export const STORE_INDEXES: Readonly<Record<string, CollectionIndexes>> = {
  // Who a care-team or represented-person scope lists files by (ADR 0030).
  userFiles: {
    establishment: 'meta.establishment',
    fields: ['meta.phase'],
    lists: ['meta.careTeam.professionalId', 'meta.representatives.professionalId'],
  },
  workflowInstances: {
    establishment: 'establishment',
    fields: ['fileId', 'status', 'nextDueAt', 'definition'],
  },
  inboxEntries: { establishment: 'establishment', fields: ['instanceId'] },
  stepDrafts: { fields: ['instanceId'] },
  workflowHistory: { fields: ['instanceId'] },
  // The reference server's sessions when they live in the store (several processes).
  serverSessions: { fields: ['professionalId', 'idleUntil'] },
};

/** The most fields a collection may declare besides its establishment (database columns k1..k4). */
export const MAX_INDEXED_FIELDS = 4;

/** The most list fields a collection may declare (database array columns m1, m2). */
export const MAX_LIST_FIELDS = 2;

/**
 * An instant later than any deadline: the `nextDueAt` of an instance with nothing pending, so
 * that a range query `nextDueAt <= now` never returns it.
 */
export const DUE_NEVER = '9999-12-31T23:59:59.999Z';
