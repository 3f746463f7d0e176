/**
 * The port's queries as SQL (ADR 0022): declared fields read their real column (`k1`..`k4`,
 * `establishment`), others the JSONB document. Strings compare in code-point order (`COLLATE
 * "C"`), as in the other stores; missing values sort first.
 */
import {
  MAX_INDEXED_FIELDS,
  MAX_LIST_FIELDS,
  STORE_INDEXES,
  isContains,
  parseCursor,
  valueAt,
  valuesAt,
  type RangeCondition,
  type StoreQuery,
  type WhereCondition,
} from '@duikit/core';

/** SQL text with its parameters ($1, $2…). */
export interface Sql {
  text: string;
  params: unknown[];
}

/** The columns of a collection's declared fields. */
export function columnsOf(collection: string): Map<string, string> {
  const decl = STORE_INDEXES[collection];
  const cols = new Map<string, string>();
  if (!decl) return cols;
  if (decl.fields.length > MAX_INDEXED_FIELDS)
    throw new Error(`STORE_INDEXES.${collection} declares more than ${MAX_INDEXED_FIELDS} fields`);
  if (decl.establishment) cols.set(decl.establishment, 'establishment');
  decl.fields.forEach((f, i) => cols.set(f, `k${i + 1}`));
  return cols;
}

/** The array columns of a collection's declared list fields (ADR 0030). */
export function listColumnsOf(collection: string): Map<string, string> {
  const lists = STORE_INDEXES[collection]?.lists ?? [];
  if (lists.length > MAX_LIST_FIELDS)
    throw new Error(`STORE_INDEXES.${collection} declares more than ${MAX_LIST_FIELDS} lists`);
  return new Map(lists.map((f, i) => [f, `m${i + 1}`]));
}

/** The column values of a record: its declared fields (strings, else NULL) and lists. */
export function keysOf(collection: string, data: unknown) {
  const out = { establishment: '', k1: null, k2: null, k3: null, k4: null } as Record<string, string | null>;
  for (const [path, col] of columnsOf(collection)) {
    const v = valueAt(data, path);
    if (col === 'establishment') out.establishment = typeof v === 'string' ? v : '';
    else out[col] = typeof v === 'string' ? v : null;
  }
  const lists: Record<string, string[] | null> = { m1: null, m2: null };
  for (const [path, col] of listColumnsOf(collection)) lists[col] = [...new Set(valuesAt(data, path))];
  return { ...out, ...lists } as Record<'establishment', string> &
    Record<'k1' | 'k2' | 'k3' | 'k4', string | null> &
    Record<'m1' | 'm2', string[] | null>;
}

const pathArray = (path: string) =>
  `'{${path
    .split('.')
    .map((p) => `"${p.replace(/["\\{},]/g, '')}"`)
    .join(',')}}'`;

/** Builds parameter placeholders as it goes. */
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** The text expression of a field (its column, or the document's text at the path). */
export function fieldText(collection: string, path: string): string {
  if (path === 'id') return 'id';
  return columnsOf(collection).get(path) ?? `((data #>> ${pathArray(path)}) COLLATE "C")`;
}

const isRange = (c: WhereCondition): c is RangeCondition =>
  c !== null && typeof c === 'object' && !isContains(c);
const OPS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** A lax JSON path over the document, arrays flattened at every step, as `valuesAt` reads. */
const jsonPath = (path: string) =>
  `lax $${path
    .split('.')
    .map((k) => `."${k.replace(/["\\]/g, (ch) => `\\${ch}`)}"`)
    .join('')}[*] ? (@ == $v)`;

function condition(collection: string, path: string, c: WhereCondition, p: Params): string {
  if (isContains(c)) {
    // A declared list: its array column, answered by the GIN index. Otherwise the document.
    const col = listColumnsOf(collection).get(path);
    if (col) return `${col} @> ARRAY[${p.add(c.contains)}]::text[]`;
    return `jsonb_path_exists(data, ${p.add(jsonPath(path))}::jsonpath, jsonb_build_object('v', ${p.add(c.contains)}::text))`;
  }
  const json = `(data #> ${pathArray(path)})`;
  const col = columnsOf(collection).get(path);
  const text = fieldText(collection, path);
  if (c === null) {
    const missing = `coalesce(${json}, 'null'::jsonb) = 'null'::jsonb`;
    return col && col !== 'establishment' ? `(${col} IS NULL AND ${missing})` : missing;
  }
  if (!isRange(c)) {
    if (typeof c === 'string') return col ? `${col} = ${p.add(c)}` : `${text} = ${p.add(c)}`;
    return `${json} = ${p.add(c)}::jsonb`;
  }
  const parts: string[] = [];
  for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
    const v = c[op];
    if (v === undefined) continue;
    if (typeof v === 'number')
      parts.push(`(jsonb_typeof(${json}) = 'number' AND ${json} ${OPS[op]} ${p.add(v)}::jsonb)`);
    else parts.push(`${text} ${OPS[op]} ${p.add(v)}`);
  }
  // A range never matches a missing value (nor, for strings, a non-string one).
  return parts.length ? parts.join(' AND ') : 'true';
}

/** The WHERE clause (without the keyword) of a query on one collection. */
export function whereSql(collection: string, where: StoreQuery['where'], p: Params): string {
  const parts = [`collection = ${p.add(collection)}`];
  for (const [path, c] of Object.entries(where ?? {}))
    if (c !== undefined) parts.push(condition(collection, path, c, p));
  return parts.join(' AND ');
}

const orderOf = (q: Pick<StoreQuery, 'orderBy'>) =>
  typeof q.orderBy === 'string'
    ? { field: q.orderBy, desc: false }
    : (q.orderBy ?? { field: 'id', desc: false });

/** The ORDER BY and cursor condition of a query. */
export function orderSql(collection: string, q: StoreQuery, p: Params): { order: string; after?: string } {
  if (q.orderBy === undefined && q.after === undefined)
    return { order: q.limit !== undefined ? 'ORDER BY id' : '' };
  const { field, desc } = orderOf(q);
  if (field === 'id') {
    const order = `ORDER BY id ${desc ? 'DESC' : 'ASC'}`;
    if (q.after === undefined) return { order };
    const [, id] = parseCursor(q.after, q);
    return { order, after: `id ${desc ? '<' : '>'} ${p.add(id)}` };
  }
  const k = fieldText(collection, field);
  const order = `ORDER BY ${k} ${desc ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}, id ${desc ? 'DESC' : 'ASC'}`;
  if (q.after === undefined) return { order };
  const [v, id] = parseCursor(q.after, q);
  const vs = v === null ? null : String(v);
  if (!desc) {
    const after =
      vs === null
        ? `(${k} IS NOT NULL OR id > ${p.add(id)})`
        : `(${k} > ${p.add(vs)} OR (${k} = ${p.add(vs)} AND id > ${p.add(id)}))`;
    return { order, after };
  }
  const after =
    vs === null
      ? `(${k} IS NULL AND id < ${p.add(id)})`
      : `(${k} < ${p.add(vs)} OR (${k} = ${p.add(vs)} AND id < ${p.add(id)}) OR ${k} IS NULL)`;
  return { order, after };
}
