/**
 * The walk's inner loop over stored lines (ADR 0033): a run of lines that each chain onto the one
 * before, checked with the walk's state in locals — no object per entry, no substring but the
 * text hashed. It accepts only lines `linkOfLine` reads on its fast path with the same seq,
 * prevHash, hash and MAC, and on which every check of the walk passes; at anything else (another
 * layout, a gap, a broken link, a hash that does not match, a missing MAC, the anchor's entry) it
 * stops, and the walk reads that line one by one as before, so verdicts are unchanged.
 */
import { PREV, SEQ, isHex64 } from './line-layout.js';
import { sha256Hex } from './sha256.js';

/** Where a run left the chain; updated in place by {@link runOfLines}. */
export interface LineRunState {
  /** The last verified entry's seq. */
  seq: number;
  /** The last verified entry's hash (recomputed, 64 hex digits). */
  hash: string;
  /** Whether a MAC was seen since the walk began (with a key, every later entry needs one). */
  signed: boolean;
  /** The end of the last line's text from prevHash's closing quote to seq's digits, checked. */
  tail: string;
}

const bracketFree = (line: string, from: number, to: number) => {
  for (let k = from; k < to; k++) {
    const c = line.charCodeAt(k);
    if (c === 123 || c === 125 || c === 91 || c === 93) return false;
  }
  return true;
};

/**
 * Checks `lines[from]`, `lines[from + 1]`, … while each is in the layout `auditLine` writes, has
 * seq `state.seq + 1`, names `state.hash` as its top-level prevHash and hashes to its stored hash
 * (with `keyed`, and a MAC seen before, it must carry a MAC too). Stops before `stopAt` (an
 * anchor's seq). Returns the index of the first line not accepted; `state` then describes the
 * last accepted one. `madeHere`: the lines were made by `auditLine` in this process
 * (`StorePort.auditLinesMadeHere`), so their MACs need no hex check.
 *
 * @example
 * const state = { seq: 1, hash: first.hash, signed: true, tail: '' };
 * const next = runOfLines(lines, 1, state, true, -1, false); // lines[1..next) verified
 */
export function runOfLines(
  lines: readonly string[],
  from: number,
  state: LineRunState,
  keyed: boolean,
  stopAt: number,
  madeHere: boolean,
): number {
  let { seq, hash, signed, tail } = state;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const n = line.length;
    if (
      n < 140 ||
      line.charCodeAt(0) !== 91 ||
      line.charCodeAt(n - 1) !== 93 ||
      line.charCodeAt(n - 2) !== 34
    )
      break;
    // `,"<64>"]` or `,"<64>","<64>"]` after the text, as linkOfLine reads them.
    let end = n - 68;
    const hasMac =
      line.charCodeAt(n - 69) === 34 && line.charCodeAt(n - 68) === 44 && line.charCodeAt(n - 67) === 34;
    if (hasMac) {
      if (!madeHere && !isHex64(line.slice(n - 66, n - 2))) break;
      end = n - 135;
    } else if (keyed && signed) break;
    if (line.charCodeAt(end - 1) !== 125 || line.charCodeAt(end) !== 44 || line.charCodeAt(end + 1) !== 34)
      break;
    // The text as stored, hashed as it is (first: the hash reads the whole line into the cache,
    // where the checks below then find it). The stored hash must be its digest.
    const digest = sha256Hex(line.slice(1, end));
    // `,"seq":<digits>}` ends the text, and the digits must say the next seq.
    let d = end - 1;
    let value = 0;
    for (
      let unit = 1, c = line.charCodeAt(d - 1);
      c >= 48 && c <= 57;
      c = line.charCodeAt(--d - 1), unit *= 10
    )
      value += (c - 48) * unit;
    if (value !== seq + 1 || d === end - 1 || end - 1 - d > 15 || value === stopAt) break;
    // The last `,"prevHash":"` before seq, with no bracket between (at the top level). Where the
    // line ends as the one before (`","purpose":"care","seq":`, checked when first met), that is
    // where the tail puts it: no such member can start inside the hash or the tail, nor run from
    // the tail into the digits. Else it is found as linkOfLine finds it.
    let p = d - tail.length - 77;
    // (Substrings compared with ===: cheaper than startsWith at a position, measured.)
    if (p > 0 && tail && line.slice(p + 77, d) === tail) {
      if (line.slice(p, p + 13) !== PREV) break;
    } else {
      if (!line.startsWith(SEQ, d - 7)) break;
      p = line.lastIndexOf(PREV, d);
      if (p < 0 || line.charCodeAt(p + 77) !== 34 || !bracketFree(line, p + 78, d)) break;
      tail = line.slice(p + 77, d);
    }
    if (line.slice(p + 13, p + 77) !== hash) break;
    if (line.slice(end + 2, end + 66) !== digest) break;
    seq = value;
    hash = digest;
    if (hasMac && keyed) signed = true;
  }
  state.seq = seq;
  state.hash = hash;
  state.signed = signed;
  state.tail = tail;
  return i;
}

/**
 * The MAC member of a line in the layout `auditLine` writes (as `runOfLines` accepted it), or
 * `undefined` when it has none.
 *
 * @example
 * macOfLine(lines[next - 1]); // the MAC that closes the chain, if the run ended it
 */
export function macOfLine(line: string): string | undefined {
  const n = line.length;
  return line.charCodeAt(n - 69) === 34 && line.charCodeAt(n - 68) === 44 && line.charCodeAt(n - 67) === 34
    ? line.slice(n - 66, n - 2)
    : undefined;
}
