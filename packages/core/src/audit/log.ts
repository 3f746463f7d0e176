/**
 * The audit log over the Store port: appends chained entries in order, reads them back with
 * filters, verifies the chain and prunes by age.
 */
import type { AuditChainer, AuditStoreQuery, StorePort } from '../store/port.js';
import { GENESIS_HASH, hashEntry } from './chain.js';
import { AuditChainError, linkMac, macMatches, type AuditAnchor } from './head.js';
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
    const hash = hashEntry(base);
    return { ...base, hash, ...(key ? { mac: linkMac(key, base.seq, hash) } : {}) };
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
    async verify(anchor) {
      let checked = 0;
      let prev: AuditEntry | undefined;
      let first: AuditEntry | undefined;
      let signed = false;
      let anchored = !anchor;
      const prunes: AuditEntry[] = [];
      const broken = (seq: number, reason: AuditBreak) => ({
        ok: false,
        checked,
        firstBroken: { seq, reason },
      });
      if (anchor && (!key || !macMatches(key, anchor.seq, anchor.hash, anchor.mac)))
        return broken(anchor.seq, 'anchor-mismatch');
      try {
        for await (const e of all()) {
          first ??= e;
          if (prev && e.seq !== prev.seq + 1) return broken(e.seq, 'sequence-gap');
          if (e.prevHash !== (prev ? prev.hash : first.seq === 1 ? GENESIS_HASH : e.prevHash))
            return broken(e.seq, 'broken-link');
          if (hashEntry(e) !== e.hash) return broken(e.seq, 'hash-mismatch');
          if (key && e.mac !== undefined) {
            if (!macMatches(key, e.seq, e.hash, e.mac)) return broken(e.seq, 'bad-mac');
            signed = true;
          } else if (key && signed) return broken(e.seq, 'unsigned');
          if (anchor && e.seq === anchor.seq) {
            if (e.hash !== anchor.hash) return broken(e.seq, 'anchor-mismatch');
            anchored = true;
          }
          if (e.action === 'audit-prune') prunes.push(e);
          checked++;
          prev = e;
        }
      } catch {
        return broken((prev?.seq ?? 0) + 1, 'unreadable');
      }
      // A trail that does not start at 1 must have been cut by an audited prune naming that link.
      if (first && first.seq !== 1) {
        const cut = prunes.some(
          (p) => p.details?.throughSeq === first.seq - 1 && p.details?.anchorHash === first.prevHash,
        );
        if (!cut) return broken(first.seq, 'broken-link');
      }
      let head;
      try {
        head = key ? await store.auditHead?.() : undefined;
      } catch (e) {
        // The store already found the trail off its head (e.g. the head file removed).
        if (e instanceof AuditChainError) return broken(e.seq, 'head-mismatch');
        throw e;
      }
      if (head) {
        const problem = headProblem(key!, head, prev);
        if (problem) return broken(problem.seq, problem.reason);
      }
      // An anchor older than the first entry kept was pruned away: the prune names its link.
      if (anchor && !anchored && !(first && anchor.seq < first.seq))
        return broken(anchor.seq, 'anchor-mismatch');
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

type AuditBreak = NonNullable<AuditVerification['firstBroken']>['reason'];

/** What is wrong between the store's head and the trail's last entry, if anything. */
function headProblem(
  key: Uint8Array,
  head: { seq: number; hash: string; mac?: string },
  last: { seq: number; hash?: unknown; mac?: unknown } | undefined,
): { seq: number; reason: AuditBreak; detail: string } | undefined {
  if (head.mac !== undefined && !macMatches(key, head.seq, head.hash, head.mac))
    return {
      seq: head.seq,
      reason: 'head-mismatch',
      detail: "the head's MAC does not verify with the audit key",
    };
  if (!last || last.seq < head.seq)
    return {
      seq: head.seq,
      reason: 'tail-cut',
      detail: `the trail ends at seq ${last?.seq ?? 0}, before its head`,
    };
  if (last.seq > head.seq || last.hash !== head.hash)
    return {
      seq: head.seq,
      reason: 'head-mismatch',
      detail: `the trail's entry ${head.seq} is not the head's`,
    };
  if ((head.mac !== undefined || last.mac !== undefined) && !macMatches(key, last.seq, last.hash, last.mac))
    return { seq: last.seq, reason: 'bad-mac', detail: `the last entry's MAC does not verify` };
  return undefined;
}
