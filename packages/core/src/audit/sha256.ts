/**
 * SHA-256 and HMAC-SHA256 for the audit chain, as lowercase hex. In Node (and any runtime with
 * `process.getBuiltinModule`) they run on node:crypto (OpenSSL, native): hashing an audit entry
 * costs ≈0.4 µs there against ≈9 µs in pure JS, which is what lets `verifyAudit()` walk a million
 * entries a second. Elsewhere (browsers, workers) @noble/hashes computes the same bytes,
 * synchronously. Core stays browser-safe: node:crypto is looked up at run time, never imported.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The part of node:crypto used here (typed locally: core has no Node types in its entry). */
interface NodeCrypto {
  hash?: (algorithm: string, data: string, encoding: 'hex') => string;
  createHash(algorithm: string): { update(data: string): { digest(encoding: 'hex'): string } };
  createHmac(
    algorithm: string,
    key: Uint8Array,
  ): { update(data: string): { digest(encoding: 'hex'): string } };
}

function nodeCrypto(): NodeCrypto | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
}

/**
 * SHA-256 of the UTF-8 bytes of `text`, hex, in pure JS (the browser path, and the reference the
 * native path is tested against).
 *
 * @example
 * nobleSha256Hex('abc'); // 'ba7816bf…'
 */
export function nobleSha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * HMAC-SHA256 of the UTF-8 bytes of `text` under `key`, hex, in pure JS.
 *
 * @example
 * nobleHmacSha256Hex(key, '42:ab12…');
 */
export function nobleHmacSha256Hex(key: Uint8Array, text: string): string {
  return bytesToHex(hmac(sha256, key, utf8ToBytes(text)));
}

const native = nodeCrypto();
const oneShot = native?.hash;

/**
 * SHA-256 of the UTF-8 bytes of `text`, hex: native where the runtime has node:crypto.
 *
 * @example
 * sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export const sha256Hex: (text: string) => string = oneShot
  ? (text) => oneShot('sha256', text, 'hex')
  : native
    ? (text) => native.createHash('sha256').update(text).digest('hex')
    : nobleSha256Hex;

/**
 * HMAC-SHA256 of the UTF-8 bytes of `text` under `key`, hex: native where the runtime has
 * node:crypto.
 *
 * @example
 * hmacSha256Hex(key, `${seq}:${hash}`);
 */
export const hmacSha256Hex: (key: Uint8Array, text: string) => string = native
  ? (key, text) => native.createHmac('sha256', key).update(text).digest('hex')
  : nobleHmacSha256Hex;

/** Which implementation hashes here: `node:crypto` or `@noble/hashes`. */
export const sha256Implementation: 'node:crypto' | '@noble/hashes' = native ? 'node:crypto' : '@noble/hashes';
