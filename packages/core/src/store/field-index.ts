/**
 * Equality and membership indexes on fields (dotted paths) of records, for `StoreQuery.where`: a
 * query by `instanceId`, or by a care-team member (`contains`, ADR 0030), reads the matching
 * records instead of scanning the collection. Built lazily per field on its first query, then
 * kept up to date on every write.
 */
import type { StoreQuery, StoredRecord } from './port.js';
import { isContains, valueAt, valuesAt } from './query.js';

type Value = string | number | boolean | null;
const KEY = (v: unknown) => (typeof v === 'string' ? `s:${v}` : `j:${JSON.stringify(v ?? null)}`);

/** The index of one store. */
export interface FieldIndex {
  /** The ids whose `field` equals `value` (the field's index built on first use). */
  lookup(collection: string, field: string, value: Value, all: () => Iterable<StoredRecord>): Set<string>;
  /** The ids whose values at `field` ({@link valuesAt}) include `value`. */
  lookupContains(
    collection: string,
    field: string,
    value: string,
    all: () => Iterable<StoredRecord>,
  ): Set<string>;
  /**
   * The records a `where` may match: those of its most selective equality or `contains`, or
   * every record when it has neither. The caller still applies the whole `where`.
   */
  candidates(
    collection: string,
    where: StoreQuery['where'],
    records: Map<string, StoredRecord>,
  ): Iterable<StoredRecord>;
  /** Keeps the built indexes true after a write (`next` undefined = deleted). */
  update(collection: string, id: string, prev: unknown, next: unknown): void;
}

/** One built index: value key → ids, and the keys a record's data files under. */
interface Built {
  ids: Map<string, Set<string>>;
  keys: (data: unknown) => string[];
}

/**
 * Creates an empty index.
 *
 * @example
 * const index = createFieldIndex();
 * index.lookup('workflowHistory', 'instanceId', 'wf-1', () => records.values());
 */
export function createFieldIndex(): FieldIndex {
  // collection → field (suffixed for membership) → built index
  const indexes = new Map<string, Map<string, Built>>();
  const add = (ids: Map<string, Set<string>>, k: string, id: string) => {
    let s = ids.get(k);
    if (!s) ids.set(k, (s = new Set()));
    s.add(id);
  };
  const built = (
    collection: string,
    name: string,
    keys: Built['keys'],
    all: () => Iterable<StoredRecord>,
  ) => {
    let byField = indexes.get(collection);
    if (!byField) indexes.set(collection, (byField = new Map<string, Built>()));
    let b = byField.get(name);
    if (!b) {
      byField.set(name, (b = { ids: new Map(), keys }));
      for (const rec of all()) for (const k of keys(rec.data)) add(b.ids, k, rec.id);
    }
    return b.ids;
  };
  const index: FieldIndex = {
    lookup(collection, field, value, all) {
      const ids = built(collection, field, (d) => [KEY(valueAt(d, field))], all);
      return ids.get(KEY(value)) ?? new Set();
    },
    lookupContains(collection, field, value, all) {
      const keys = (d: unknown) => [...new Set(valuesAt(d, field))].map(KEY);
      return built(collection, `${field}\u0000[]`, keys, all).get(KEY(value)) ?? new Set();
    },
    candidates(collection, where, records) {
      let best: Set<string> | undefined;
      for (const [field, c] of Object.entries(where ?? {})) {
        if (c === undefined || (c !== null && typeof c === 'object' && !isContains(c))) continue;
        const all = () => records.values();
        const ids = isContains(c)
          ? index.lookupContains(collection, field, c.contains, all)
          : index.lookup(collection, field, c, all);
        if (!best || ids.size < best.size) best = ids;
      }
      return best ? [...best].map((id) => records.get(id)!) : records.values();
    },
    update(collection, id, prev, next) {
      for (const { ids, keys } of indexes.get(collection)?.values() ?? []) {
        const before = prev === undefined ? [] : keys(prev);
        const after = next === undefined ? [] : keys(next);
        for (const k of before) if (!after.includes(k)) ids.get(k)?.delete(id);
        for (const k of after) if (!before.includes(k)) add(ids, k, id);
      }
    },
  };
  return index;
}
