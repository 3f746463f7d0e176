/**
 * Hash chaining of audit entries: each entry's hash covers its content and the previous hash, so
 * changing, removing or reordering any entry breaks every later link. SHA-256 from @noble/hashes
 * is synchronous and browser-safe (no WebCrypto promise per entry).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditEntry } from './types.js';

/** The `prevHash` of the first entry ever written. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level and `undefined` dropped, so the hash does not
 * depend on how a store orders keys (a database JSON column may reorder them).
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  // String building instead of arrays and joins: this runs once per entry in verifyAudit().
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i) out += ',';
      out += value[i] === undefined ? 'null' : canonicalJson(value[i]);
    }
    return out + ']';
  }
  const obj = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key) + ':' + canonicalJson(v);
  }
  return out + '}';
}

/**
 * The hash of an entry: SHA-256 (hex) of its canonical JSON without the `hash` field (nor the
 * `mac`, which signs the hash).
 *
 * @example
 * const hash = hashEntry({ ...entry, prevHash: GENESIS_HASH });
 */
export function hashEntry(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, mac: _signature, ...rest } = entry;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))));
}
