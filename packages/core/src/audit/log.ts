/**
 * The audit log over the Store port: appends chained entries in order, reads them back with
 * filters, verifies the chain and prunes by age.
 */
import type { AuditChainer, AuditStoreQuery, StorePort } from '../store/port.js';
import { GENESIS_HASH, entryJson } from './chain.js';
import { AuditChainError, linkMac, type AuditAnchor } from './head.js';
import { rememberText } from './line.js';
import { sha256Hex } from './sha256.js';
import type { AuditEntry, AuditQuery, AuditVerification } from './types.js';
import { headProblem, verifyChain } from './verify.js';

/** An entry before the log numbers and chains it. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

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
  /** Walks the chain: links, hashes, MACs, the store's signed head and, if given, an anchor. */
  verify(anchor?: AuditAnchor): Promise<AuditVerification>;
  /**
   * The start check, O(1): the store's head verifies and the trail ends on it. Throws
   * {@link AuditChainError} naming the head's file and seq otherwise.
   */
  checkHead(): Promise<void>;
  /** The signed head now, for the host to keep outside (a separate log, a timestamping service). */
  anchor(at: string): Promise<AuditAnchor | undefined>;
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
  (draft: AuditDraft, key?: Uint8Array): AuditChainer =>
  (last) => {
    const base = { ...draft, seq: (last?.seq ?? 0) + 1, prevHash: (last?.hash as string) ?? GENESIS_HASH };
    // The canonical text is kept for the store's line (ADR 0031): serialised once per entry.
    const text = entryJson(base);
    const hash = sha256Hex(text);
    const entry = { ...base, hash, ...(key ? { mac: linkMac(key, base.seq, hash) } : {}) };
    rememberText(entry, text);
    return entry;
  };

/**
 * Opens the log over a store. The chain's head is the store's: nothing is cached here, so that
 * several processes on one database extend one chain. With a `key`, every entry is signed and
 * the store's head is checked (ADR 0026).
 *
 * @example
 * const log = await openAuditLog(store, key);
 * await log.append({ at, actor, action: 'read', fileId, purpose: 'care', outcome: 'success' });
 */
export async function openAuditLog(store: StorePort, key?: Uint8Array): Promise<AuditLog> {
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
    chain: (draft) => chainEntry(draft, key),
    async append(draft) {
      return (await store.appendAudit(chainEntry(draft, key))) as unknown as AuditEntry;
    },
    async checkHead() {
      if (!key) return;
      const head = await store.auditHead?.();
      if (!head) return;
      const last = await store.lastAudit();
      const problem = headProblem(key, head, last);
      if (problem) throw new AuditChainError(head.source, problem.seq, problem.detail);
      // A head without MAC belongs to a trail written before entries were signed, never to a
      // trail that starts signed (MACs stripped to pass for one).
      const [firstEntry] = head.mac === undefined ? await store.readAudit(0, 1) : [];
      if (firstEntry?.mac !== undefined)
        throw new AuditChainError(head.source, head.seq, 'the head carries no MAC while the trail is signed');
    },
    async anchor(at) {
      const last = await store.lastAudit();
      if (!last || typeof last.hash !== 'string' || !key) return undefined;
      return { seq: last.seq, hash: last.hash, mac: linkMac(key, last.seq, last.hash), at };
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
    verify: (anchor) => verifyChain(store, key, anchor),
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
