/**
 * `duikit store copy --from <lowdb dir | postgres://…> --to <lowdb dir | postgres://…>`: copies
 * every record (version and time kept), every workflow history log and the audit trail (its
 * entries as they are, so the hash chain carries over), verifies the chain on both sides and
 * prints the counts. A re-run copies only what changed since, and refuses a target whose trail
 * or history has diverged from the source's (never overwritten). Stop the servers first: lowdb
 * locks its folder, and a copy is a snapshot.
 */
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openAuditLog, type AuditVerification, type StorePort, type Translate } from '@duikit/core';
import type { Io } from './io.js';

/** Collections a copy leaves behind: sessions belong to the running servers, not the data. */
const SKIPPED = new Set(['serverSessions']);
const AUDIT_BATCH = 1_000;

/** What a copy did. */
export interface CopyReport {
  records: { collection: string; copied: number; unchanged: number }[];
  logEntries: number;
  audit: { copied: number; total: number };
  verified: { from: AuditVerification; to: AuditVerification };
}

/** A copy the target refuses (it holds a different history). */
export class CopyRefused extends Error {}

type Copyable = StorePort & Required<Pick<StorePort, 'inventory' | 'importRecord'>>;

/** Opens a lowdb folder or a PostgreSQL URL (the store packages are run-time dependencies). */
async function openStore(where: string): Promise<Copyable> {
  // Variable specifiers keep both stores optional, run-time dependencies of the CLI.
  let store: StorePort;
  if (/^postgres(ql)?:\/\//.test(where)) {
    const specifier = '@duikit/store-postgres';
    const mod = (await import(specifier)) as {
      createPostgresStore(o: { url: string; max?: number }): Promise<StorePort>;
    };
    store = await mod.createPostgresStore({ url: where, max: 4 });
  } else {
    const specifier = '@duikit/store-lowdb';
    const mod = (await import(specifier)) as {
      createLowdbStore(o: { dir: string }): Promise<StorePort>;
    };
    store = await mod.createLowdbStore({ dir: resolve(where) });
  }
  if (!store.inventory || !store.importRecord) {
    await store.close();
    throw new Error(`${where}: this store cannot list or import its records (inventory/importRecord).`);
  }
  return store as Copyable;
}

/**
 * Copies everything from one store to another (both open).
 *
 * @example
 * const report = await copyStore(lowdbStore, postgresStore);
 */
export async function copyStore(from: Copyable, to: Copyable): Promise<CopyReport> {
  const inv = await from.inventory();
  // First what could refuse the copy, so that a refused copy writes nothing.
  const auditFrom = await sharedAuditPast(from, to);
  const logs: { log: string; key: string; rest: unknown[] }[] = [];
  if (from.readLog && to.readLog && to.appendLog) {
    for (const { log, key } of inv.logs) {
      const src = await from.readLog(log, key);
      const dst = await to.readLog(log, key);
      if (dst.length > src.length || !isDeepStrictEqual(dst, src.slice(0, dst.length)))
        throw new CopyRefused(`the target's log ${log}/${key} differs from the source's: nothing copied`);
      if (src.length > dst.length) logs.push({ log, key, rest: src.slice(dst.length) });
    }
  }
  const records: CopyReport['records'] = [];
  for (const collection of inv.collections.filter((c) => !SKIPPED.has(c)).sort()) {
    const row = { collection, copied: 0, unchanged: 0 };
    for (const rec of await from.query(collection)) {
      const there = await to.get(collection, rec.id);
      if (there && there.version === rec.version && isDeepStrictEqual(there.data, rec.data)) row.unchanged++;
      else {
        await to.importRecord(rec);
        row.copied++;
      }
    }
    records.push(row);
  }
  let logEntries = 0;
  for (const { log, key, rest } of logs) {
    await to.appendLog!(log, key, rest);
    logEntries += rest.length;
  }
  const audit = await copyAudit(from, to, auditFrom);
  const [vFrom, vTo] = await Promise.all([verify(from), verify(to)]);
  return { records, logEntries, audit, verified: { from: vFrom, to: vTo } };
}

/** The first seq the target lacks, once checked that its last entry is the source's, as it is. */
async function sharedAuditPast(from: StorePort, to: StorePort): Promise<number> {
  const last = await to.lastAudit();
  if (!last) return 1;
  const [same] = await from.readAudit(last.seq, 1);
  if (!same || same.seq !== last.seq || !isDeepStrictEqual(same, last))
    throw new CopyRefused(
      `the target's audit trail ends at entry ${last.seq}, which the source does not have as it is: nothing copied`,
    );
  return last.seq + 1;
}

/** Appends the source's entries from `next` on, in batches. */
async function copyAudit(from: StorePort, to: StorePort, first: number) {
  let next = first;
  let copied = 0;
  for (;;) {
    const batch = await from.readAudit(next, AUDIT_BATCH);
    for (const e of batch) await to.appendAudit(e);
    copied += batch.length;
    if (batch.length < AUDIT_BATCH) break;
    next = batch[batch.length - 1].seq + 1;
  }
  const total = (await from.lastAudit())?.seq ?? 0;
  return { copied, total };
}

const verify = async (store: StorePort) => (await openAuditLog(store)).verify();

/**
 * Runs `duikit store copy`; exit code 0 when copied and both chains verify, 1 otherwise, 2 on
 * a usage error.
 *
 * @example
 * process.exitCode = await runStoreCopy({ from: './data', to: 'postgres://…' }, processIo, t);
 */
export async function runStoreCopy(
  opts: { from?: string; to?: string },
  io: Io,
  t: Translate,
): Promise<number> {
  if (!opts.from || !opts.to) {
    io.err(t('cli.help.store'));
    return 2;
  }
  let from: Copyable | undefined;
  let to: Copyable | undefined;
  try {
    from = await openStore(opts.from);
    to = await openStore(opts.to);
    const report = await copyStore(from, to);
    for (const r of report.records) io.out(t('cli.store.records', { ...r }));
    io.out(t('cli.store.logs', { count: report.logEntries }));
    io.out(t('cli.store.audit', report.audit));
    for (const [side, v] of Object.entries(report.verified))
      io.out(
        v.ok
          ? t('cli.store.verified', { side: side === 'from' ? opts.from : opts.to, checked: v.checked })
          : t('cli.store.broken', {
              side: side === 'from' ? opts.from : opts.to,
              seq: v.firstBroken?.seq ?? 0,
            }),
      );
    return report.verified.from.ok && report.verified.to.ok ? 0 : 1;
  } catch (e) {
    io.err(t('cli.store.failed', { message: (e as Error).message.replace(/:[^:@/]*@/, ':…@') }));
    return 1;
  } finally {
    await from?.close();
    await to?.close();
  }
}
