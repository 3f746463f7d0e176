export * from './port.js';
export { createMemoryStore } from './memory.js';
export { createFieldIndex, type FieldIndex } from './field-index.js';
export {
  STORE_INDEXES,
  MAX_INDEXED_FIELDS,
  MAX_LIST_FIELDS,
  DUE_NEVER,
  type CollectionIndexes,
} from './indexes.js';
export {
  valueAt,
  valuesAt,
  isContains,
  meets,
  matchesWhere,
  firstEquality,
  cursorOf,
  parseCursor,
  runQuery,
  auditMatches,
  queryAuditEntries,
  pickAudit,
  firstAtOrAbove,
} from './query.js';
export {
  runLocalTransaction,
  checkVersions,
  nextRecord,
  type TxWrite,
  type LocalTxBase,
} from './local-tx.js';
