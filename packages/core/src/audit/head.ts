/**
 * The signed head of the audit chain (ADR 0026). Every entry carries a MAC, HMAC-SHA256 of its
 * `seq` and `hash` under a key kept outside the data, and the store keeps the last entry's
 * (seq, hash, mac) apart from the trail: a trail that ends before its head was cut, an entry
 * whose MAC does not verify was forged or rehashed. An anchor is the same triple the host copies
 * out (a separate log, a timestamping service) to detect a rollback of the head itself.
 */
import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { hmacSha256Hex } from './sha256.js';

/** The head of the chain, or an anchor copied out of it. */
export interface AuditAnchor {
  seq: number;
  hash: string;
  /** HMAC-SHA256 (hex) of `seq` and `hash` under the audit key. */
  mac: string;
  /** When the anchor was taken (informational; not covered by the MAC). */
  at?: string;
}

/**
 * The key as bytes: 64 hex digits are decoded, any other text of 32 characters or more is used
 * as its UTF-8 bytes.
 *
 * @example
 * auditKeyBytes(process.env.DUIKIT_AUDIT_KEY!);
 */
export function auditKeyBytes(key: string | Uint8Array): Uint8Array {
  if (typeof key !== 'string') return key;
  if (/^[0-9a-f]{64}$/i.test(key.trim())) return hexToBytes(key.trim().toLowerCase());
  if (key.length < 32)
    throw new Error(
      'The audit key must be 64 hex digits or a text of at least 32 characters (DUIKIT_AUDIT_KEY).',
    );
  return utf8ToBytes(key);
}

/**
 * The MAC of a link: HMAC-SHA256(key, "<seq>:<hash>"), hex.
 *
 * @example
 * const mac = linkMac(key, 42, entry.hash);
 */
export function linkMac(key: Uint8Array, seq: number, hash: string): string {
  return hmacSha256Hex(key, `${seq}:${hash}`);
}

/** Whether `mac` is the MAC of (seq, hash) under `key` (constant time). */
export function macMatches(key: Uint8Array, seq: number, hash: unknown, mac: unknown): boolean {
  if (typeof hash !== 'string' || typeof mac !== 'string') return false;
  const expected = linkMac(key, seq, hash);
  if (expected.length !== mac.length) return false;
  let diff = 0;
  for (let i = 0; i < mac.length; i++) diff |= expected.charCodeAt(i) ^ mac.charCodeAt(i);
  return diff === 0;
}

/**
 * The trail disagrees with its signed head: started with it, the engine would extend a chain
 * that was cut or forged. The message names where the head is kept and the sequence numbers.
 *
 * @example
 * catch (e) { if (e instanceof AuditChainError) console.error(e.message); }
 */
export class AuditChainError extends Error {
  readonly code = 'audit-chain';
  constructor(
    readonly source: string,
    readonly seq: number,
    detail: string,
  ) {
    super(
      `The audit trail does not match its signed head (${source}, seq ${seq}): ${detail}. ` +
        'Entries were removed, replaced or forged, or the audit key changed. Nothing was written: ' +
        'restore the audit trail (or the key) from a backup, then start again.',
    );
    this.name = 'AuditChainError';
  }
}
