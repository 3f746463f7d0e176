/**
 * The audit log over the Store port: appends chained entries in order, reads them back with
 * filters, verifies the chain and prunes by age.
 */
import type { AuditChainer, AuditStoreQuery, StorePort } from '../store/port.js';
import { GENESIS_HASH, hashEntry } from './chain.js';
import type { AuditEntry, AuditQuery, AuditVerification } from './types.js';

/** An entry before the log numbers and chains it. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

const BATCH = 5_000;
// Newest-first pages are small: an audit page stops after a few dozen entries.
const PAGE = 200;

/** The append-only, hash-chained log used by the engine. */
export interface AuditLog {
  /** Numbers, chains and stores an entry; resolves once the store has it. */
  append(draft: AuditDraft): Promise<AuditEntry>;
  /** The builder a transaction hands the store, which numbers the entry under its lock. */
  chain(draft: AuditDraft): AuditChainer;
  /**
   * Entries matching the query (pushed down to the store), oldest first; `keep` (the reader's
   * scope) applies before `limit`.
   */
  read(query?: AuditQuery, keep?: (e: AuditEntry) => boolean | Promise<boolean>): Promise<AuditEntry[]>;
  /** Entries newest first, from just before `beforeSeq` (default: the newest), read in batches. */
  newestFirst(
    beforeSeq?: number,
    filters?: Omit<AuditStoreQuery, 'order' | 'beforeSeq'>,
  ): AsyncGenerator<AuditEntry>;
  verify(): Promise<AuditVerification>;
  /** Removes entries recorded before `cutoff` (ISO); the cut is itself recorded by the caller. */
  prune(cutoff: string): Promise<{ removed: number; throughSeq: number; anchorHash: string } | null>;
}

/**
 * The entry that follows `last`: the store calls this under its lock, so one chain is extended
 * by any number of processes.
 *
 * @example
 * store.appendAudit(chainEntry({ at, actor, action: 'read', purpose: 'care', outcome: 'success' }));
 */
export const chainEntry =
  (draft: AuditDraft): AuditChainer =>
  (last) => {
    const base = { ...draft, seq: (last?.seq ?? 0) + 1, prevHash: (last?.hash as string) ?? GENESIS_HASH };
    return { ...base, hash: hashEntry(base) };
  };

/**
 * Opens the log over a store. The chain's head is the store's: nothing is cached here, so that
 * several processes on one database extend one chain.
 *
 * @example
 * const log = await openAuditLog(store);
 * await log.append({ at, actor, action: 'read', fileId, purpose: 'care', outcome: 'success' });
 */
export async function openAuditLog(store: StorePort): Promise<AuditLog> {
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
    async *newestFirst(beforeSeq, filters = {}) {
      let before = beforeSeq;
      for (;;) {
        const batch = (await store.queryAudit({
          ...filters,
          order: 'desc',
          ...(before !== undefined ? { beforeSeq: before } : {}),
          limit: PAGE,
        })) as unknown as AuditEntry[];
        for (const e of batch) yield e;
        if (batch.length < PAGE) return;
        before = batch[batch.length - 1].seq;
      }
    },
    chain: chainEntry,
    async append(draft) {
      return (await store.appendAudit(chainEntry(draft))) as unknown as AuditEntry;
    },
    async read(query = {}, keep) {
      const rows = (await store.queryAudit({
        ...(query.fileId ? { fileId: query.fileId } : {}),
        ...(query.actor ? { actor: query.actor } : {}),
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        ...(query.limit && !keep ? { limit: query.limit } : {}),
      })) as unknown as AuditEntry[];
      if (!keep) return rows;
      const out: AuditEntry[] = [];
      for (const e of rows) {
        if (!(await keep(e))) continue;
        out.push(e);
        if (query.limit && out.length >= query.limit) break;
      }
      return out;
    },
    async verify() {
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
      const [first] = (await store.readAudit(0, 1)) as unknown as AuditEntry[];
      if (!first || first.at >= cutoff) return null;
      const [kept] = await store.queryAudit({ from: cutoff, limit: 1 });
      const head = (await store.lastAudit()) as unknown as AuditEntry;
      const beforeSeq = kept ? kept.seq : head.seq + 1;
      const removed = await store.pruneAudit(beforeSeq);
      if (removed === 0) return null;
      const [firstKept] = (await store.readAudit(0, 1)) as unknown as AuditEntry[];
      if (!firstKept) return { removed, throughSeq: head.seq, anchorHash: head.hash };
      return { removed, throughSeq: firstKept.seq - 1, anchorHash: firstKept.prevHash };
    },
  };
}
