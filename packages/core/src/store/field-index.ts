/**
 * An equality index on fields (dotted paths) of records, for `StoreQuery.where`: a query by
 * `instanceId` or `fileId` reads the matching records instead of scanning the collection. Built
 * lazily per field on its first query, then kept up to date on every write.
 */
import type { StoredRecord } from './port.js';
import { valueAt } from './query.js';

type Value = string | number | boolean | null;
const KEY = (v: unknown) => (typeof v === 'string' ? `s:${v}` : `j:${JSON.stringify(v ?? null)}`);

/** The index of one store. */
export interface FieldIndex {
  /** The ids whose `field` equals `value`, or undefined when the index must first be built. */
  lookup(collection: string, field: string, value: Value, all: () => Iterable<StoredRecord>): Set<string>;
  /** Keeps the built indexes true after a write (`next` undefined = deleted). */
  update(collection: string, id: string, prev: unknown, next: unknown): void;
}

/**
 * Creates an empty index.
 *
 * @example
 * const index = createFieldIndex();
 * index.lookup('workflowHistory', 'instanceId', 'wf-1', () => records.values());
 */
export function createFieldIndex(): FieldIndex {
  // collection → field → value key → ids
  const indexes = new Map<string, Map<string, Map<string, Set<string>>>>();
  const fieldOf = valueAt;
  return {
    lookup(collection, field, value, all) {
      let byField = indexes.get(collection);
      if (!byField) indexes.set(collection, (byField = new Map<string, Map<string, Set<string>>>()));
      let byValue = byField.get(field);
      if (!byValue) {
        byField.set(field, (byValue = new Map<string, Set<string>>()));
        for (const rec of all()) {
          const k = KEY(fieldOf(rec.data, field));
          let ids = byValue.get(k);
          if (!ids) byValue.set(k, (ids = new Set()));
          ids.add(rec.id);
        }
      }
      return byValue.get(KEY(value)) ?? new Set();
    },
    update(collection, id, prev, next) {
      for (const [field, byValue] of indexes.get(collection) ?? []) {
        const before = KEY(fieldOf(prev, field));
        const after = KEY(fieldOf(next, field));
        if (prev !== undefined && (next === undefined || before !== after)) byValue.get(before)?.delete(id);
        if (next !== undefined && (prev === undefined || before !== after)) {
          let ids = byValue.get(after);
          if (!ids) byValue.set(after, (ids = new Set()));
          ids.add(id);
        }
      }
    },
  };
}
