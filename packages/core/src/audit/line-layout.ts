/**
 * The fixed parts of the stored audit line's layout (ADR 0031), shared by the per-entry reader
 * (`linkOfLine`) and the run over a batch (`runOfLines`, ADR 0033), so both accept exactly the
 * same shapes. Internal to the audit module: not exported from the package.
 */

/** 64 lowercase hexadecimal digits (a SHA-256 or HMAC-SHA256 in hex). */
export const HEX64 = /^[0-9a-f]{64}$/;

// Node's hex decoder stops at the first character that is not a hex digit: checking a MAC's 64
// characters so costs a third of a regular expression (a browser has no Buffer: the regex).
// Buffer's own hexWrite where it has one: write() first normalises its arguments in JS, a third
// of the check's time.
interface HexWriter {
  write(text: string, offset: number, encoding: 'hex'): number;
  hexWrite?(text: string, offset: number, length: number): number;
}
const scratch = (globalThis as { Buffer?: { allocUnsafe(n: number): HexWriter } }).Buffer?.allocUnsafe(32);
const hexWrite = scratch?.hexWrite?.bind(scratch);

/**
 * Whether `s` is 64 hexadecimal digits (Node's hex decoder where there is one, else `HEX64`).
 *
 * @example
 * isHex64(sha256Hex('abc')); // true
 */
export const isHex64: (s: string) => boolean = hexWrite
  ? (s) => hexWrite(s, 0, 32) === 32
  : scratch
    ? (s) => scratch.write(s, 0, 'hex') === 32
    : (s) => HEX64.test(s);

/**
 * What precedes an entry's `prevHash` value in its canonical text.
 *
 * @example
 * line.startsWith(PREV, p); // a prevHash member starts at p
 */
export const PREV = ',"prevHash":"';

/**
 * What precedes an entry's `seq` value in its canonical text (`seq` is its last member).
 *
 * @example
 * line.startsWith(SEQ, d - SEQ.length); // the digits from d are the entry's seq
 */
export const SEQ = ',"seq":';
