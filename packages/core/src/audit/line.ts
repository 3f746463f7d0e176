/**
 * Audit entries as stored lines (ADR 0031): the canonical text an entry's hash covers (the same
 * bytes as always, `entryJson`), then its hash and MAC, in a JSON array. A store keeps
 * the line as it is — a lowdb JSON Lines row, a PostgreSQL text column, a string beside the memory
 * store's object — and readers see what it parses to. Verifying then hashes the stored bytes and
 * reads the links from that same text, instead of rebuilding canonical JSON per entry. A line of
 * any other layout (written before, or by hand) is parsed and its canonical text rebuilt, as before.
 */
import { entryJson } from './chain.js';
import { HEX64, PREV, SEQ, isHex64 } from './line-layout.js';
import { sha256Hex } from './sha256.js';
import type { AuditEntry } from './types.js';
import type { StoredAuditEntry } from '../store/port.js';

// The canonical text chainEntry hashed, for the entry object it returned: the store that calls
// the chainer writes its line at once, without serialising the entry a second time.
const texts = new WeakMap<object, string>();

/**
 * Records that `text` is the canonical text of `entry` (what its hash covers). Only for an entry
 * just built and not changed since (the chainer's result, handed straight to the store).
 *
 * @example
 * const text = entryJson(base); const entry = { ...base, hash: sha256Hex(text) }; rememberText(entry, text);
 */
export function rememberText(entry: object, text: string): void {
  texts.set(entry, text);
}

/**
 * The line a store keeps for an entry: `[<canonical text>,"<hash>","<mac>"]` (no MAC: two
 * members). The leading `[` marks the layout; an entry whose hash or MAC is not 64 hex digits is
 * kept as `JSON.stringify` writes it (an object, as every line before ADR 0031), and verified the
 * slow way.
 *
 * @example
 * writeSync(fd, `${auditLine(entry)}\n`);
 */
export function auditLine(entry: { seq: number; hash?: unknown; mac?: unknown }): string {
  const { hash, mac } = entry;
  if (
    typeof hash !== 'string' ||
    !HEX64.test(hash) ||
    (mac !== undefined && (typeof mac !== 'string' || !HEX64.test(mac)))
  )
    return JSON.stringify(entry);
  const text = texts.get(entry) ?? entryJson(entry);
  // Joined, not concatenated: one flat string, which the verifier reads and hashes faster than the
  // tree of pieces `+` or a template would leave (ADR 0033).
  return (mac === undefined ? ['[', text, ',"', hash, '"]'] : ['[', text, ',"', hash, '","', mac, '"]']).join(
    '',
  );
}

/**
 * The entry a stored line holds, as readers see it: `[text, hash, mac]` becomes the text's
 * object with `hash` and `mac`; a line of the earlier layout is the entry itself.
 *
 * @example
 * const entry = parseAuditLine(line); // { seq, at, actor, …, hash, mac }
 */
export function parseAuditLine(line: string): StoredAuditEntry {
  const value = JSON.parse(line) as unknown;
  if (!Array.isArray(value)) return value as StoredAuditEntry;
  const [entry, hash, mac] = value as [StoredAuditEntry, unknown, unknown];
  return { ...entry, hash, ...(mac !== undefined ? { mac } : {}) };
}

/**
 * The `seq` of a stored line, cheaply for the layout `auditLine` writes (read from the text's end,
 * not verified), by parsing otherwise; `undefined` when the line has none.
 *
 * @example
 * seqOfLine(lines[0]); // 1
 */
export function seqOfLine(line: string): number | undefined {
  const n = line.length;
  const end = line.charCodeAt(0) === 91 ? n - (line.startsWith('","', n - 69) ? 135 : 68) : -1;
  if (end > 0 && line.startsWith('},"', end - 1)) {
    let d = end - 1;
    while (d > 0 && line.charCodeAt(d - 1) >= 48 && line.charCodeAt(d - 1) <= 57) d--;
    if (d < end - 1 && line.startsWith(SEQ, d - SEQ.length)) return Number(line.slice(d, end - 1));
  }
  try {
    const seq = (parseAuditLine(line) as { seq?: unknown }).seq;
    return typeof seq === 'number' ? seq : undefined;
  } catch {
    return undefined;
  }
}

/** What the walk needs of one entry. */
export interface AuditLinkView {
  seq: number;
  prevHash: unknown;
  hash: unknown;
  mac: unknown;
  /** Whether `hash` is the SHA-256 of the entry's canonical text. */
  hashOk: boolean;
  /** The parsed entry, when it was parsed (the slow path). */
  entry?: AuditEntry;
}

/**
 * The links of an entry read from an object (a store without lines, or a line of the earlier
 * layout): its canonical text rebuilt and hashed, as before ADR 0031.
 *
 * @example
 * const link = linkOfEntry(entry); // { seq, prevHash, hash, mac, hashOk, entry }
 */
export function linkOfEntry(e: AuditEntry): AuditLinkView {
  const hashOk = typeof e?.hash === 'string' && sha256Hex(entryJson(e)) === e.hash;
  return { seq: e?.seq, prevHash: e?.prevHash, hash: e?.hash, mac: e?.mac, hashOk, entry: e };
}

/**
 * The links of an entry read from its stored line. In the layout `auditLine` writes, the text is
 * hashed as it is, and `seq` and `prevHash` are read from it at places that can only be its top
 * level; otherwise the line is parsed (throws when it is not JSON) and read as an object.
 * `expectedPrev` (the previous entry's hash, verified) saves a check; `madeHere` says the line
 * was made by `auditLine` in this process and kept as it was (`StorePort.auditLinesMadeHere`).
 *
 * @example
 * const link = linkOfLine(line, prev?.hash);
 */
export function linkOfLine(line: string, expectedPrev?: unknown, madeHere = false): AuditLinkView {
  return fastLink(line, expectedPrev, madeHere) ?? linkOfEntry(parseAuditLine(line) as unknown as AuditEntry);
}

function fastLink(line: string, expectedPrev: unknown, madeHere: boolean): AuditLinkView | undefined {
  const n = line.length;
  if (n < 140 || line.charCodeAt(0) !== 91 || line.charCodeAt(n - 1) !== 93 || line.charCodeAt(n - 2) !== 34)
    return undefined;
  // The members after the text: `,"<64>"]` or `,"<64>","<64>"]`, and nothing else. (Characters
  // compared one by one: cheaper than startsWith at a position, on every entry.)
  let end = n - 68;
  let mac: string | undefined;
  if (line.charCodeAt(n - 69) === 34 && line.charCodeAt(n - 68) === 44 && line.charCodeAt(n - 67) === 34) {
    mac = line.slice(n - 66, n - 2);
    // No quote, backslash or control character: a reader parsing the line sees this MAC. (A line
    // made here by auditLine has a hex MAC, and its readers see the object parsed from it then.)
    if (!madeHere && !isHex64(mac)) return undefined;
    end = n - 135;
  }
  if (line.charCodeAt(end - 1) !== 125 || line.charCodeAt(end) !== 44 || line.charCodeAt(end + 1) !== 34)
    return undefined;
  // The text ends with `,"seq":<digits>}` (seq is the last key of an entry's canonical text).
  let d = end - 1;
  let seq = 0;
  for (let unit = 1, c = line.charCodeAt(d - 1); c >= 48 && c <= 57; c = line.charCodeAt(--d - 1), unit *= 10)
    seq += (c - 48) * unit;
  if (d === end - 1 || end - 1 - d > 15 || !line.startsWith(SEQ, d - SEQ.length)) return undefined;
  // The last `,"prevHash":"<64>"` is at the top level when no bracket follows it before the
  // text's last: an object or array holding it would close after it. (`,"` cannot occur in a
  // string.) Between it and seq are short members (purpose, reason): looked at char by char.
  const p = line.lastIndexOf(PREV, d);
  if (p < 0 || line.charCodeAt(p + 77) !== 34) return undefined;
  for (let i = p + 78; i < d; i++) {
    const c = line.charCodeAt(i);
    if (c === 123 || c === 125 || c === 91 || c === 93) return undefined;
  }
  // Substrings compared with ===: faster than startsWith at a position for 64 characters.
  const prevHash = line.slice(p + 13, p + 77);
  if (prevHash !== expectedPrev && !HEX64.test(prevHash)) return undefined;
  // The text as stored, hashed as it is (a slice, not a copy); the stored hash must be its digest.
  const hash = sha256Hex(line.slice(1, end));
  if (line.slice(end + 2, end + 66) !== hash) return undefined;
  return { seq, prevHash, hash, mac, hashOk: true };
}
