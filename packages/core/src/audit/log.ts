/**
 * The audit log over the Store port: appends chained entries in order, reads them back with
 * filters, verifies the chain and prunes by age.
 */
import type { StorePort } from '../store/port.js';
import { GENESIS_HASH, hashEntry } from './chain.js';
import type { AuditEntry, AuditQuery, AuditVerification } from './types.js';

/** An entry before the log numbers and chains it. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

const BATCH = 5_000;

/** The append-only, hash-chained log used by the engine. */
export interface AuditLog {
  /** Numbers, chains and stores an entry; resolves once the store has it. */
  append(draft: AuditDraft): Promise<AuditEntry>;
  /** Entries matching the query (and `keep`, applied before `limit`), oldest first. */
  read(query?: AuditQuery, keep?: (e: AuditEntry) => boolean | Promise<boolean>): Promise<AuditEntry[]>;
  /** Entries newest first, from just before `beforeSeq` (default: the newest), read in batches. */
  newestFirst(beforeSeq?: number): AsyncGenerator<AuditEntry>;
  verify(): Promise<AuditVerification>;
  /** Removes entries recorded before `cutoff` (ISO); the cut is itself recorded by the caller. */
  prune(cutoff: string): Promise<{ removed: number; throughSeq: number; anchorHash: string } | null>;
}

/**
 * Opens the log: reads the last entry so that new entries chain onto it.
 *
 * @example
 * const log = await openAuditLog(store);
 * await log.append({ at, actor, action: 'read', fileId, purpose: 'care', outcome: 'success' });
 */
export async function openAuditLog(store: StorePort): Promise<AuditLog> {
  const last = (await store.lastAudit()) as unknown as AuditEntry | undefined;
  let head = { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
  // Appends are chained synchronously (seq and prevHash), then stored strictly in order.
  let queue: Promise<unknown> = Promise.resolve();

  async function* all(fromSeq = 0): AsyncGenerator<AuditEntry> {
    let next = fromSeq;
    for (;;) {
      const batch = (await store.readAudit(next, BATCH)) as unknown as AuditEntry[];
      for (const e of batch) yield e;
      if (batch.length < BATCH) return;
      next = batch[batch.length - 1].seq + 1;
    }
  }

  return {
    async *newestFirst(beforeSeq) {
      await queue;
      const [first] = (await store.readAudit(0, 1)) as unknown as AuditEntry[];
      if (!first) return;
      let hi = Math.min(beforeSeq ?? head.seq + 1, head.seq + 1);
      while (hi > first.seq) {
        const lo = Math.max(first.seq, hi - BATCH);
        const batch = (await store.readAudit(lo, hi - lo)) as unknown as AuditEntry[];
        for (let i = batch.length - 1; i >= 0; i--) if (batch[i].seq < hi) yield batch[i];
        hi = lo;
      }
    },
    append(draft) {
      const base = { ...draft, seq: head.seq + 1, prevHash: head.hash };
      const entry: AuditEntry = { ...base, hash: hashEntry(base) };
      head = { seq: entry.seq, hash: entry.hash };
      const stored = queue.then(() => store.appendAudit(entry as never));
      queue = stored.catch(() => undefined);
      return stored.then(() => entry);
    },
    async read(query = {}, keep) {
      const out: AuditEntry[] = [];
      for await (const e of all()) {
        if (query.fileId && e.fileId !== query.fileId) continue;
        if (query.actor && e.actor.professionalId !== query.actor) continue;
        if (query.from && e.at < query.from) continue;
        if (query.to && e.at >= query.to) continue;
        if (keep && !(await keep(e))) continue;
        out.push(e);
        if (query.limit && out.length >= query.limit) break;
      }
      return out;
    },
    async verify() {
      await queue;
      let checked = 0;
      let prev: AuditEntry | undefined;
      let first: AuditEntry | undefined;
      const prunes: AuditEntry[] = [];
      try {
        for await (const e of all()) {
          first ??= e;
          if (prev && e.seq !== prev.seq + 1)
            return { ok: false, checked, firstBroken: { seq: e.seq, reason: 'sequence-gap' } };
          if (e.prevHash !== (prev ? prev.hash : first.seq === 1 ? GENESIS_HASH : e.prevHash)) {
            return { ok: false, checked, firstBroken: { seq: e.seq, reason: 'broken-link' } };
          }
          if (hashEntry(e) !== e.hash)
            return { ok: false, checked, firstBroken: { seq: e.seq, reason: 'hash-mismatch' } };
          if (e.action === 'audit-prune') prunes.push(e);
          checked++;
          prev = e;
        }
      } catch {
        return { ok: false, checked, firstBroken: { seq: (prev?.seq ?? 0) + 1, reason: 'unreadable' } };
      }
      // A trail that does not start at 1 must have been cut by an audited prune naming that link.
      if (first && first.seq !== 1) {
        const cut = prunes.some(
          (p) => p.details?.throughSeq === first.seq - 1 && p.details?.anchorHash === first.prevHash,
        );
        if (!cut) return { ok: false, checked, firstBroken: { seq: first.seq, reason: 'broken-link' } };
      }
      return { ok: true, checked };
    },
    async prune(cutoff) {
      await queue;
      let beforeSeq = 0;
      for await (const e of all()) {
        if (e.at >= cutoff) break;
        beforeSeq = e.seq + 1;
      }
      if (beforeSeq === 0) return null;
      const removed = await store.pruneAudit(beforeSeq);
      if (removed === 0) return null;
      const [firstKept] = (await store.readAudit(0, 1)) as unknown as AuditEntry[];
      if (!firstKept) return { removed, throughSeq: head.seq, anchorHash: head.hash };
      return { removed, throughSeq: firstKept.seq - 1, anchorHash: firstKept.prevHash };
    },
  };
}
