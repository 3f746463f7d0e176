/**
 * `@duikit/store-postgres`: the store port on PostgreSQL, for several server processes sharing
 * one database (ADR 0023). PostgreSQL does the concurrency: versions checked in the UPDATE itself,
 * the audit chain extended under a row lock in the transaction of the write it records, the
 * trail append-only by trigger.
 *
 * @packageDocumentation
 */
import postgres from 'postgres';
import {
  type AfterCommit,
  ConflictError,
  STORE_INDEXES,
  type AuditChainer,
  type AuditLink,
  auditLine,
  parseAuditLine,
  type StorePort,
  type StoreQuery,
  type StoreTx,
  type StoredAuditEntry,
  type StoredRecord,
} from '@duikit/core';
import { LINE, auditLineReader } from './audit-lines.js';
import { migrate } from './migrate.js';
import { Params, keysOf, orderSql, whereSql } from './where.js';

export { MIGRATIONS, type Migration } from './migrations.js';
export type { StorePort } from '@duikit/core';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` (also read from `DUIKIT_DATABASE_URL`). */
  url?: string;
  /** The schema holding the tables (created when missing; default `duikit`). */
  schema?: string;
  /** Connections in this process's pool (default 10). */
  max?: number;
  clock?: () => Date;
}

/** What the store found when it opened. */
export interface PostgresStoreInfo {
  schema: string;
  /** The schema version after the migrations ran, and those this start applied. */
  version: number;
  applied: number[];
}

type Db = postgres.Sql | postgres.TransactionSql;
interface Row {
  collection: string;
  id: string;
  version: number;
  updated_at: string;
  data: unknown;
}

const toRecord = <T>(r: Row): StoredRecord<T> => ({
  collection: r.collection,
  id: r.id,
  version: r.version,
  updatedAt: r.updated_at,
  data: r.data as T,
});

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connects, applies the pending migrations (under an advisory lock: several processes may start
 * at once) and returns the store.
 *
 * @example
 * const store = await createPostgresStore({ url: process.env.DUIKIT_DATABASE_URL });
 * const engine = await createEngine({ store, policy: defaultAccessPolicy });
 */
export async function createPostgresStore(
  options: PostgresStoreOptions = {},
): Promise<StorePort & { info: PostgresStoreInfo; sql: postgres.Sql }> {
  const url = options.url ?? process.env.DUIKIT_DATABASE_URL;
  if (!url)
    throw new Error(
      'createPostgresStore: `url` is required (e.g. { url: "postgres://duikit@localhost/duikit" }) or set DUIKIT_DATABASE_URL.',
    );
  const schema = options.schema ?? 'duikit';
  if (!SCHEMA_NAME.test(schema))
    throw new Error(`createPostgresStore: schema ${JSON.stringify(schema)} must match ${SCHEMA_NAME}.`);
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { search_path: schema, application_name: 'duikit' },
  });
  const now = () => (options.clock ?? (() => new Date()))().toISOString();
  let info: PostgresStoreInfo;
  try {
    info = { schema, ...(await migrate(sql, schema)) };
  } catch (e) {
    await sql.end({ timeout: 5 });
    throw e;
  }

  async function get<T>(db: Db, collection: string, id: string, lock = false) {
    const rows = await db.unsafe<Row[]>(
      `SELECT collection, id, version, updated_at, data FROM records WHERE collection = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
      [collection, id],
    );
    return rows[0] ? toRecord<T>(rows[0]) : undefined;
  }

  async function put<T>(db: Db, collection: string, id: string, data: T, expected: number | null) {
    const k = keysOf(collection, data);
    const at = now();
    const json = db.json(data as postgres.JSONValue);
    const rows =
      expected === null
        ? await db<Row[]>`
            INSERT INTO records (establishment, collection, id, version, updated_at, data, k1, k2, k3, k4, m1, m2)
            VALUES (${k.establishment}, ${collection}, ${id}, 1, ${at}, ${json}, ${k.k1}, ${k.k2}, ${k.k3}, ${k.k4},
              ${k.m1}, ${k.m2})
            ON CONFLICT (collection, id) DO NOTHING
            RETURNING collection, id, version, updated_at, data`
        : await db<Row[]>`
            UPDATE records SET establishment = ${k.establishment}, version = version + 1, updated_at = ${at},
              data = ${json}, k1 = ${k.k1}, k2 = ${k.k2}, k3 = ${k.k3}, k4 = ${k.k4}, m1 = ${k.m1}, m2 = ${k.m2}
            WHERE collection = ${collection} AND id = ${id} AND version = ${expected}
            RETURNING collection, id, version, updated_at, data`;
    if (!rows[0])
      throw new ConflictError(collection, id, expected, (await get(db, collection, id))?.version ?? null);
    return toRecord<T>(rows[0]);
  }

  async function del(db: Db, collection: string, id: string, expected: number) {
    const rows =
      await db`DELETE FROM records WHERE collection = ${collection} AND id = ${id} AND version = ${expected} RETURNING id`;
    if (!rows[0])
      throw new ConflictError(collection, id, expected, (await get(db, collection, id))?.version ?? null);
  }

  /** Extends the chain: the head row is locked until the transaction ends. */
  async function chain(db: postgres.TransactionSql, next: StoredAuditEntry | AuditChainer) {
    const [head] = await db<{ entry: AuditLink | null }[]>`SELECT entry FROM audit_head WHERE one FOR UPDATE`;
    const entry = typeof next === 'function' ? next(head?.entry ?? undefined) : next;
    const actor = (entry.actor as { professionalId?: string } | undefined)?.professionalId ?? null;
    // The line the hash covers, kept as it is (ADR 0031): verifyAudit() hashes these bytes.
    await db`
      INSERT INTO audit (seq, at, file_id, actor, action, line)
      VALUES (${entry.seq}, ${typeof entry.at === 'string' ? entry.at : ''}, ${(entry.fileId as string | undefined) ?? null}, ${actor},
        ${(entry.action as string | undefined) ?? null}, ${auditLine(entry)})`;
    await db`UPDATE audit_head SET seq = ${entry.seq}, entry = ${db.json(entry)} WHERE one`;
    return entry;
  }

  // Readers see what the stored line parses to, which is what verifyAudit() hashed.
  const entries = (rows: { line: string }[]) => rows.map((r) => parseAuditLine(r.line));

  async function appendLog(db: Db, log: string, key: string, list: unknown[]) {
    if (!list.length) return;
    await db`INSERT INTO logs ${db(list.map((e) => ({ log, key, entry: db.json(e as postgres.JSONValue) })))}`;
  }

  /** Runs `fn` in a transaction; the audit entries it chained are appended last, at commit. */
  async function inTransaction<R>(fn: (db: postgres.TransactionSql, tx: StoreTx) => Promise<R>): Promise<R> {
    return await sql.begin(async (db) => {
      const audit: AuditChainer[] = [];
      const tx: StoreTx = {
        get: (c, id) => get(db, c, id),
        put: (c, id, data, expected) => put(db, c, id, data, expected),
        delete: (c, id, expected) => del(db, c, id, expected),
        appendAudit: (next) => void audit.push(next),
        appendLog: (log, key, list) => appendLog(db, log, key, list),
      };
      const result = await fn(db, tx);
      // The head is locked last, for as short a time as possible.
      for (const next of audit) await chain(db, next);
      return result;
    });
  }

  return {
    info,
    sql,
    get: (collection, id) => get(sql, collection, id),
    put: (collection, id, data, expected) => put(sql, collection, id, data, expected),
    delete: (collection, id, expected) => del(sql, collection, id, expected),
    async query<T>(collection: string, q: StoreQuery<T> = {}) {
      const p = new Params();
      const where = whereSql(collection, q.where, p);
      const { order, after } = orderSql(collection, q as StoreQuery, p);
      // A filter runs here, after the rows come back: the limit can only apply after it.
      const limit = q.limit !== undefined && !q.filter ? ` LIMIT ${p.add(q.limit)}` : '';
      const rows = await sql.unsafe<Row[]>(
        `SELECT collection, id, version, updated_at, data FROM records WHERE ${where}${after ? ` AND ${after}` : ''} ${order}${limit}`,
        p.values as never[],
      );
      let out = rows.map((r) => toRecord<T>(r));
      if (q.filter) out = out.filter(q.filter);
      return q.limit !== undefined ? out.slice(0, q.limit) : out;
    },
    async count(collection, q = {}) {
      const p = new Params();
      const [row] = await sql.unsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM records WHERE ${whereSql(collection, q.where, p)}`,
        p.values as never[],
      );
      return row.n;
    },
    transaction: (fn) => inTransaction((_db, tx) => fn(tx)),
    async claimEach<T>(
      collection: string,
      q: StoreQuery<T>,
      fn: (record: StoredRecord<T>, tx: StoreTx) => Promise<AfterCommit | void>,
    ) {
      // One row per transaction, locked with SKIP LOCKED: a row another process holds is not
      // waited for, and one whose claimer died (its connection gone) is unlocked by PostgreSQL,
      // unchanged, for the next claim. Rows seen in this run are not claimed twice by it.
      const seen: string[] = [];
      const failed: unknown[] = [];
      for (;;) {
        const claimed = await inTransaction(async (db, tx) => {
          const p = new Params();
          const where = whereSql(collection, q.where, p);
          const { order } = orderSql(collection, { ...q, after: undefined } as StoreQuery, p);
          const rows = await db.unsafe<Row[]>(
            `SELECT collection, id, version, updated_at, data FROM records WHERE ${where}
               AND NOT (id = ANY(${p.add(seen)}::text[])) ${order} LIMIT 1 FOR UPDATE SKIP LOCKED`,
            p.values as never[],
          );
          if (!rows[0]) return undefined;
          seen.push(rows[0].id);
          return { after: await fn(toRecord<T>(rows[0]), tx) };
        }).catch((e: unknown) => {
          // That record's transaction rolled back; the others are still claimed (one failing
          // record must not hold back every record after it), and the failure is reported.
          failed.push(e);
          return { after: undefined };
        });
        if (!claimed) break;
        if (claimed.after) await claimed.after();
      }
      if (failed.length === 1) throw failed[0];
      if (failed.length)
        throw new AggregateError(failed, `${failed.length} claims failed: ${String(failed[0])}`);
      return seen.length;
    },
    async appendAudit(entry) {
      return sql.begin<StoredAuditEntry>((db) => chain(db, entry));
    },
    async readAudit(fromSeq = 0, limit = Infinity) {
      return entries(
        await sql<{ line: string }[]>`
          SELECT ${sql.unsafe(LINE)} FROM audit WHERE seq >= ${fromSeq} ORDER BY seq
          ${limit === Infinity ? sql`` : sql`LIMIT ${limit}`}`,
      );
    },
    readAuditLines: auditLineReader(sql),
    async queryAudit(q) {
      const p = new Params();
      const parts = ['true'];
      if (q.fileId !== undefined) parts.push(`file_id = ${p.add(q.fileId)}`);
      if (q.actor !== undefined) parts.push(`actor = ${p.add(q.actor)}`);
      if (q.actions?.length) parts.push(`action = ANY(${p.add(q.actions)}::text[])`);
      if (q.from !== undefined) parts.push(`at >= ${p.add(q.from)}`);
      if (q.to !== undefined) parts.push(`at < ${p.add(q.to)}`);
      if (q.beforeSeq !== undefined) parts.push(`seq < ${p.add(q.beforeSeq)}`);
      if (q.afterSeq !== undefined) parts.push(`seq > ${p.add(q.afterSeq)}`);
      const limit = q.limit !== undefined ? ` LIMIT ${p.add(q.limit)}` : '';
      return entries(
        await sql.unsafe<{ line: string }[]>(
          `SELECT ${LINE} FROM audit WHERE ${parts.join(' AND ')} ORDER BY seq ${q.order === 'desc' ? 'DESC' : 'ASC'}${limit}`,
          p.values as never[],
        ),
      );
    },
    async lastAudit() {
      const [head] = await sql<{ entry: StoredAuditEntry | null }[]>`SELECT entry FROM audit_head WHERE one`;
      return head?.entry ?? undefined;
    },
    async pruneAudit(beforeSeq) {
      return sql.begin<number>(async (db) => {
        await db`SET LOCAL duikit.audit_prune = 'on'`;
        const rows = await db`DELETE FROM audit WHERE seq < ${beforeSeq}`;
        return rows.count;
      });
    },
    appendLog: (log, key, list) => appendLog(sql, log, key, list),
    async inventory() {
      const cols = await sql<{ collection: string }[]>`SELECT DISTINCT collection FROM records ORDER BY 1`;
      const logs = await sql<
        { log: string; key: string }[]
      >`SELECT DISTINCT log, key FROM logs ORDER BY 1, 2`;
      return { collections: cols.map((c) => c.collection), logs: [...logs] };
    },
    async importRecord(record) {
      const k = keysOf(record.collection, record.data);
      const json = sql.json(record.data as postgres.JSONValue);
      await sql`
        INSERT INTO records (establishment, collection, id, version, updated_at, data, k1, k2, k3, k4, m1, m2)
        VALUES (${k.establishment}, ${record.collection}, ${record.id}, ${record.version}, ${record.updatedAt},
          ${json}, ${k.k1}, ${k.k2}, ${k.k3}, ${k.k4}, ${k.m1}, ${k.m2})
        ON CONFLICT (collection, id) DO UPDATE SET establishment = EXCLUDED.establishment,
          version = EXCLUDED.version, updated_at = EXCLUDED.updated_at, data = EXCLUDED.data,
          k1 = EXCLUDED.k1, k2 = EXCLUDED.k2, k3 = EXCLUDED.k3, k4 = EXCLUDED.k4,
          m1 = EXCLUDED.m1, m2 = EXCLUDED.m2`;
    },
    async readLog<T>(log: string, key: string) {
      const rows = await sql<
        { entry: T }[]
      >`SELECT entry FROM logs WHERE log = ${log} AND key = ${key} ORDER BY pos`;
      return rows.map((r) => r.entry);
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

/** The collections whose fields are real columns (re-exported for tools and docs). */
export { STORE_INDEXES };
