/**
 * Applies the pending migrations in one transaction under an advisory lock: several processes
 * starting at once wait for each other, and only the first applies anything.
 */
import type postgres from 'postgres';
import { MIGRATIONS } from './migrations.js';

/** The lock key of the migrations (an arbitrary constant: "duik" in ASCII). */
const LOCK = 0x6475696b;

/**
 * Brings `schema` up to the newest migration.
 *
 * @example
 * const { version, applied } = await migrate(sql, 'duikit');
 */
export async function migrate(
  sql: postgres.Sql,
  schema: string,
): Promise<{ version: number; applied: number[] }> {
  return sql.begin<{ version: number; applied: number[] }>(async (db) => {
    await db`SELECT pg_advisory_xact_lock(${LOCK})`;
    await db.unsafe(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await db.unsafe(`SET LOCAL search_path TO ${schema}`);
    await db`CREATE TABLE IF NOT EXISTS duikit_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;
    const done = new Set(
      (await db<{ version: number }[]>`SELECT version FROM duikit_migrations`).map((r) => r.version),
    );
    const newest = Math.max(0, ...done);
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    if (newest > known)
      throw new Error(
        `The database schema "${schema}" is at version ${newest}, newer than this @duikit/store-postgres knows (${known}): upgrade the package.`,
      );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await db.unsafe(m.sql);
      await db`INSERT INTO duikit_migrations (version, name) VALUES (${m.version}, ${m.name})`;
      applied.push(m.version);
    }
    return { version: Math.max(newest, ...applied), applied };
  });
}
