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
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The hash of an entry: SHA-256 (hex) of its canonical JSON without the `hash` field.
 *
 * @example
 * const hash = hashEntry({ ...entry, prevHash: GENESIS_HASH });
 */
export function hashEntry(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...rest } = entry;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))));
}
