/**
 * The audit trail's lines as `verifyAudit()` reads them (ADR 0031, ADR 0034): a page of rows at a
 * time, each row's stored text as it is, with the page after it already on its way.
 */
import type postgres from 'postgres';

/**
 * A row's line: `audit.line`, or the JSONB document of an entry written before ADR 0031. Readers
 * and the verifier see the same text.
 */
export const LINE = 'coalesce(line, legacy_entry::text) AS line';

// One column, one row per line: measured the cheapest way through postgres.js and the wire
// (ADR 0034: a page joined into one value, an array, or COPY cost more than they saved).
const PAGE = `SELECT ${LINE} FROM audit WHERE seq >= $1 ORDER BY seq LIMIT $2`;

/**
 * How long a page read ahead may wait for the call that takes it. The verifier asks for it a page
 * later (milliseconds); past this, or asked for anything else, it is dropped and the page read
 * afresh, so that no caller gets rows read long before it asked.
 */
const FRESH_MS = 1_000;

interface Ahead {
  from: number;
  limit: number;
  at: number;
  page: Promise<string[]>;
}

/**
 * `StorePort.readAuditLines` on PostgreSQL: up to `limit` lines from `fromSeq`, in seq order. Each
 * call also starts reading the page that follows (from `fromSeq + limit`, as the verifier does when
 * no seq is missing) on another connection of the pool, so that the database works on it while
 * the verifier hashes; a call for exactly that page takes it, any other call drops it.
 *
 * @example
 * const readAuditLines = auditLineReader(sql);
 * const lines = await readAuditLines(1, 5_000); // ['[{"action":"read",…,"seq":1},"…","…"]', …]
 */
export function auditLineReader(sql: postgres.Sql): (fromSeq: number, limit: number) => Promise<string[]> {
  // A named, prepared statement: parsed and planned once per connection, not once per page.
  const read = async (from: number, limit: number) => {
    const rows = await sql.unsafe(PAGE, [from, limit], { prepare: true }).values();
    const lines = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) lines[i] = rows[i][0] as string;
    return lines;
  };
  let ahead: Ahead | undefined;
  return (fromSeq, limit) => {
    const now = performance.now();
    const taken =
      ahead && ahead.from === fromSeq && ahead.limit === limit && now - ahead.at < FRESH_MS
        ? ahead.page
        : undefined;
    // A read ahead that failed is read again: the caller sees the failure only if it repeats.
    const page = taken ? taken.catch(() => read(fromSeq, limit)) : read(fromSeq, limit);
    // Trails start at seq 1: the first page asked for from 0 ends at `limit`.
    const next = Math.max(fromSeq, 1) + limit;
    ahead = { from: next, limit, at: now, page: read(next, limit) };
    ahead.page.catch(() => {});
    return page;
  };
}
