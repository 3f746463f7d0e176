/**
 * The query semantics every store shares (ADR 0022), for the stores that answer in the process
 * (memory, lowdb). A database store translates the same semantics to SQL; the contract tests
 * hold both to them.
 */
import type {
  AuditStoreQuery,
  ContainsCondition,
  WhereCondition,
  RangeCondition,
  StoreQuery,
  StoredAuditEntry,
  StoredRecord,
} from './port.js';

/**
 * The value at a dotted path of a record's data (`undefined` when absent).
 *
 * @example
 * valueAt({ meta: { phase: 'active' } }, 'meta.phase'); // 'active'
 */
export function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * The strings at a dotted path, arrays along the way flattened one level per step (as
 * PostgreSQL's lax JSON path `$.a.b[*]`): what a `contains` condition looks among.
 *
 * @example
 * valuesAt({ meta: { careTeam: [{ professionalId: 'a' }, { professionalId: 'b' }] } }, 'meta.careTeam.professionalId'); // ['a', 'b']
 */
export function valuesAt(data: unknown, path: string): string[] {
  let vs: unknown[] = [data];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const v of vs)
      for (const x of Array.isArray(v) ? v : [v])
        if (x !== null && typeof x === 'object' && !Array.isArray(x))
          next.push((x as Record<string, unknown>)[key]);
    vs = next;
  }
  return vs
    .flatMap((v): unknown[] => (Array.isArray(v) ? v : [v]))
    .filter((v): v is string => typeof v === 'string');
}

/** Whether a condition is a `contains` (membership in the values at a path). */
export const isContains = (c: WhereCondition | undefined): c is ContainsCondition =>
  c !== null && typeof c === 'object' && 'contains' in c;

const isRange = (c: WhereCondition | undefined): c is RangeCondition =>
  c !== null && typeof c === 'object' && !('contains' in c);

/** Whether a value meets a condition (`null` equals a missing field; a `contains`, among `value`). */
export function meets(value: unknown, c: WhereCondition | undefined): boolean {
  if (c === undefined) return true;
  if (isContains(c)) return Array.isArray(value) && value.includes(c.contains);
  if (!isRange(c)) return (value ?? null) === c;
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  if (c.gt !== undefined && !(value > c.gt)) return false;
  if (c.gte !== undefined && !(value >= c.gte)) return false;
  if (c.lt !== undefined && !(value < c.lt)) return false;
  if (c.lte !== undefined && !(value <= c.lte)) return false;
  return true;
}

/** Whether a record's data meets every condition of a `where`. */
export const matchesWhere = (data: unknown, where: StoreQuery['where']): boolean =>
  Object.entries(where ?? {}).every(([path, c]) =>
    meets(isContains(c) ? valuesAt(data, path) : valueAt(data, path), c),
  );

/** The first equality condition of a `where`, which an in-memory index can answer. */
export function firstEquality(
  where: StoreQuery['where'],
): [string, string | number | boolean | null] | undefined {
  for (const [path, c] of Object.entries(where ?? {}))
    if (c !== undefined && !isRange(c) && !isContains(c)) return [path, c];
  return undefined;
}

const orderOf = (q: Pick<StoreQuery, 'orderBy'>) =>
  typeof q.orderBy === 'string'
    ? { field: q.orderBy, desc: false }
    : (q.orderBy ?? { field: 'id', desc: false });

const keyOf = (rec: StoredRecord, field: string): string | number | null =>
  field === 'id' ? rec.id : ((valueAt(rec.data, field) ?? null) as string | number | null);

// Missing values sort first, as PostgreSQL's NULLS FIRST on ascending order.
const cmp = (a: string | number | null, b: string | number | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/**
 * The cursor of a record for a query's order: pass it as `after` to read the next page.
 *
 * @example
 * const next = await store.query(c, { ...q, after: cursorOf(page.at(-1)!, q) });
 */
export function cursorOf(rec: StoredRecord, q: Pick<StoreQuery, 'orderBy'> = {}): string {
  const { field } = orderOf(q);
  return field === 'id' ? JSON.stringify([rec.id]) : JSON.stringify([keyOf(rec, field), rec.id]);
}

/** Parses a cursor into the (value, id) it names. */
export function parseCursor(
  cursor: string,
  q: Pick<StoreQuery, 'orderBy'> = {},
): [string | number | null, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    parsed = undefined;
  }
  const { field } = orderOf(q);
  if (!Array.isArray(parsed) || parsed.length !== (field === 'id' ? 1 : 2))
    throw new Error(
      `Invalid cursor ${JSON.stringify(cursor)}: pass cursorOf(lastRecord, query) from the previous page.`,
    );
  return field === 'id'
    ? [parsed[0] as string, parsed[0] as string]
    : (parsed as [string | number | null, string]);
}

/**
 * Sorts, pages and filters candidate records (not copied: the caller copies what it returns).
 *
 * @example
 * const page = runQuery(records.values(), { where: { status: 'active' }, limit: 10 });
 */
export function runQuery<T>(candidates: Iterable<StoredRecord>, q: StoreQuery<T> = {}): StoredRecord<T>[] {
  const { field, desc } = orderOf(q);
  const sign = desc ? -1 : 1;
  const out: StoredRecord<T>[] = [];
  for (const r of candidates) {
    const rec = r as StoredRecord<T>;
    if (matchesWhere(rec.data, q.where) && (!q.filter || q.filter(rec))) out.push(rec);
  }
  // Without an order or a cursor, the store's own order (insertion, in memory) is kept.
  if (q.orderBy !== undefined || q.after !== undefined)
    out.sort((a, b) => sign * (cmp(keyOf(a, field), keyOf(b, field)) || cmp(a.id, b.id)));
  let from = 0;
  if (q.after !== undefined) {
    const [v, id] = parseCursor(q.after, q);
    from = out.findIndex((r) => sign * (cmp(keyOf(r, field), v) || cmp(r.id, id)) > 0);
    if (from < 0) from = out.length;
  }
  return out.slice(from, q.limit === undefined ? undefined : from + q.limit);
}

/** Whether an audit entry matches the filters of a query (not the seq bounds). */
export function auditMatches(e: StoredAuditEntry, q: AuditStoreQuery): boolean {
  if (q.fileId !== undefined && e.fileId !== q.fileId) return false;
  if (
    q.actor !== undefined &&
    (e.actor as { professionalId?: string } | undefined)?.professionalId !== q.actor
  )
    return false;
  if (q.actions?.length && !q.actions.includes(e.action as string)) return false;
  const at = e.at as string;
  if (q.from !== undefined && !(at >= q.from)) return false;
  if (q.to !== undefined && !(at < q.to)) return false;
  return true;
}

/**
 * The index of the first entry whose seq is at least `seq`, by bisection (entries in seq order).
 *
 * @example
 * entries.slice(firstAtOrAbove(entries, 42)); // from seq 42 on
 */
export function firstAtOrAbove(entries: readonly { seq: number }[], seq: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Picks the entries of an audit query from entries already in the query's order (`order`), reading
 * only as far as the limit needs. Entries are copied.
 *
 * @example
 * pickAudit(newestFirst(), { fileId: 'f1', order: 'desc', limit: 20 });
 */
export function pickAudit(ordered: Iterable<StoredAuditEntry>, q: AuditStoreQuery): StoredAuditEntry[] {
  const out: StoredAuditEntry[] = [];
  const limit = q.limit ?? Infinity;
  if (limit <= 0) return out;
  for (const e of ordered) {
    if (q.beforeSeq !== undefined && e.seq >= q.beforeSeq) continue;
    if (q.afterSeq !== undefined && e.seq <= q.afterSeq) continue;
    if (!auditMatches(e, q)) continue;
    out.push(structuredClone(e));
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Answers an audit query over entries kept in seq order (bisecting to the first one in range).
 *
 * @example
 * queryAuditEntries(entries, { fileId: 'f1', order: 'desc', limit: 20 });
 */
export function queryAuditEntries(
  entries: readonly StoredAuditEntry[],
  q: AuditStoreQuery,
): StoredAuditEntry[] {
  function* ordered() {
    if (q.order === 'desc') {
      const end = q.beforeSeq === undefined ? entries.length : firstAtOrAbove(entries, q.beforeSeq);
      for (let i = end - 1; i >= 0; i--) yield entries[i];
    } else {
      for (
        let i = q.afterSeq === undefined ? 0 : firstAtOrAbove(entries, q.afterSeq + 1);
        i < entries.length;
        i++
      )
        yield entries[i];
    }
  }
  return pickAudit(ordered(), q);
}
