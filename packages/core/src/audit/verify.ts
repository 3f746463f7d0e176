/**
 * Walking the audit chain for `verifyAudit()`. Every link and every hash is recomputed; of the
 * MACs, only the one that closes the chain (the last entry's, against the signed head) and the
 * anchor's are checked on the way, because the last hash covers every entry before it (ADR 0028).
 * When something is found broken, the MACs before the break are checked one by one, so the
 * verdict names the first forged entry exactly as when every MAC was checked in turn.
 */
import type { StorePort, StoredAuditHead } from '../store/port.js';
import { GENESIS_HASH } from './chain.js';
import { AuditChainError, macMatches, type AuditAnchor } from './head.js';
import { linkOfEntry, linkOfLine, parseAuditLine, type AuditLinkView } from './line.js';
import { macOfLine, runOfLines, type LineRunState } from './line-run.js';
import type { AuditEntry, AuditVerification } from './types.js';

/** Why a chain is broken (`AuditVerification.firstBroken.reason`). */
export type AuditBreak = NonNullable<AuditVerification['firstBroken']>['reason'];

const BATCH = 5_000;

/** Entries in seq order, a batch at a time (no promise per entry). */
async function* batches(store: StorePort): AsyncGenerator<AuditEntry[]> {
  let next = 0;
  for (;;) {
    const batch = (await store.readAudit(next, BATCH)) as unknown as AuditEntry[];
    if (batch.length) yield batch;
    if (batch.length < BATCH) return;
    next = batch[batch.length - 1].seq + 1;
  }
}

/** A break found by the walk: how many entries passed, and how many MACs to check before it. */
interface Found {
  seq: number;
  reason: AuditBreak;
  checked: number;
  macsBefore: number;
}

/**
 * Verifies the chain in `store`: links, hashes, the closing MAC, the store's signed head and, if
 * given, an anchor. With a key, a break is reported at the first entry whose MAC does not verify
 * when there is one before it.
 *
 * @example
 * const v = await verifyChain(store, key); // { ok: true, checked: 100000 }
 */
export async function verifyChain(
  store: StorePort,
  key: Uint8Array | undefined,
  anchor?: AuditAnchor,
): Promise<AuditVerification> {
  if (anchor && (!key || !macMatches(key, anchor.seq, anchor.hash, anchor.mac)))
    return { ok: false, checked: 0, firstBroken: { seq: anchor.seq, reason: 'anchor-mismatch' } };
  const found = await walk(store, key, anchor);
  if (typeof found === 'number') return { ok: true, checked: found };
  const forged = key ? await firstBadMac(store, key, found.macsBefore) : undefined;
  const { seq, reason, checked } = forged ?? found;
  return { ok: false, checked, firstBroken: { seq, reason } };
}

/** The first of the first `count` entries whose MAC does not verify. */
async function firstBadMac(store: StorePort, key: Uint8Array, count: number): Promise<Found | undefined> {
  let i = 0;
  try {
    for await (const batch of batches(store))
      for (const e of batch) {
        if (i >= count) return undefined;
        if (e.mac !== undefined && !macMatches(key, e.seq, e.hash, e.mac))
          return { seq: e.seq, reason: 'bad-mac', checked: i, macsBefore: i };
        i++;
      }
  } catch {
    // The walk already reports what could not be read.
  }
  return undefined;
}

type Item = string | AuditEntry;

/**
 * Reads entries from `fromSeq` as the store keeps them: its lines when it has them (ADR 0031),
 * else its objects. A rejection is kept for whoever awaits it (a read ahead may be dropped).
 */
function reader(store: StorePort): (fromSeq: number) => Promise<readonly Item[]> {
  const read = store.readAuditLines
    ? (from: number) => store.readAuditLines!(from, BATCH)
    : (from: number) => store.readAudit(from, BATCH) as unknown as Promise<AuditEntry[]>;
  return (from) => {
    const p = read(from);
    p.catch(() => {});
    return p;
  };
}

/** The number of entries when the chain holds, else its first break. */
async function walk(
  store: StorePort,
  key: Uint8Array | undefined,
  anchor?: AuditAnchor,
): Promise<number | Found> {
  let checked = 0;
  let prev: AuditLinkView | undefined;
  let first: AuditLinkView | undefined;
  let signed = false;
  let tail = '';
  let anchored = !anchor;
  const prunes: AuditEntry[] = [];
  // An anchor is checked with its entry's MAC, as the entry before a break is.
  const broken = (seq: number, reason: AuditBreak, withCurrent = false): Found => ({
    seq,
    reason,
    checked,
    macsBefore: checked + (withCurrent ? 1 : 0),
  });
  const read = reader(store);
  const madeHere = store.auditLinesMadeHere === true;
  try {
    let pending = read(0);
    let ahead = -1;
    for (;;) {
      const batch = await pending;
      for (let i = 0; i < batch.length; i++) {
        // After a batch's first entry (which sets the read ahead), lines that chain onto the one
        // before are checked as a run, the walk's state in locals (ADR 0033); it stops where this
        // loop must look, and this loop reads that line as before.
        if (i > 0 && first!.seq === 1 && typeof prev?.hash === 'string' && typeof batch[i] === 'string') {
          const state: LineRunState = { seq: prev.seq, hash: prev.hash, signed, tail };
          const next = runOfLines(batch as readonly string[], i, state, !!key, anchor?.seq ?? -1, madeHere);
          if (next > i) {
            checked += next - i;
            signed = state.signed;
            tail = state.tail;
            prev = {
              seq: state.seq,
              prevHash: undefined,
              hash: state.hash,
              mac: macOfLine(batch[next - 1] as string),
              hashOk: true,
            };
            if ((i = next) === batch.length) break;
          }
        }
        const item = batch[i];
        const e = typeof item === 'string' ? linkOfLine(item, prev?.hash, madeHere) : linkOfEntry(item);
        // The next batch is read while this one is hashed, from where it starts if no seq is missing.
        if (i === 0 && batch.length === BATCH) pending = read((ahead = e.seq + BATCH));
        first ??= e;
        if (prev && e.seq !== prev.seq + 1) return broken(e.seq, 'sequence-gap');
        if (e.prevHash !== (prev ? prev.hash : first.seq === 1 ? GENESIS_HASH : e.prevHash))
          return broken(e.seq, 'broken-link');
        if (!e.hashOk) return broken(e.seq, 'hash-mismatch');
        if (key && e.mac !== undefined) signed = true;
        else if (key && signed) return broken(e.seq, 'unsigned');
        if (anchor && e.seq === anchor.seq) {
          if (e.hash !== anchor.hash) return broken(e.seq, 'anchor-mismatch', true);
          anchored = true;
        }
        // Prunes matter only to a trail that does not start at 1; a line is parsed only then.
        if (first.seq !== 1) {
          const line = typeof item === 'string' ? item : undefined;
          const entry = e.entry ?? (line?.includes('"audit-prune"') ? parseAuditLine(line) : undefined);
          if (entry?.action === 'audit-prune') prunes.push(entry as unknown as AuditEntry);
        }
        checked++;
        prev = e;
      }
      if (batch.length < BATCH) break;
      if (prev!.seq + 1 !== ahead) pending = read(prev!.seq + 1);
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
  let head: StoredAuditHead | undefined;
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
  } else if (key && prev?.mac !== undefined && !macMatches(key, prev.seq, prev.hash, prev.mac))
    // No head kept apart (PostgreSQL): the last entry's MAC closes the chain.
    return broken(prev.seq, 'bad-mac');
  // An anchor older than the first entry kept was pruned away: the prune names its link.
  if (anchor && !anchored && !(first && anchor.seq < first.seq)) return broken(anchor.seq, 'anchor-mismatch');
  return checked;
}

/**
 * What is wrong between the store's head and the trail's last entry, if anything: the head's
 * MAC, a trail that ends before it or elsewhere, the last entry's MAC.
 *
 * @example
 * const problem = headProblem(key, await store.auditHead(), await store.lastAudit());
 */
export function headProblem(
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
