/**
 * Hash chaining of audit entries: each entry's hash covers its content and the previous hash, so
 * changing, removing or reordering any entry breaks every later link. SHA-256 is synchronous on
 * every runtime (node:crypto in Node, @noble/hashes elsewhere: `sha256.ts`), with no WebCrypto
 * promise per entry.
 */
import { sha256Hex } from './sha256.js';
import type { AuditEntry } from './types.js';

/** The `prevHash` of the first entry ever written. */
export const GENESIS_HASH = '0'.repeat(64);

// A string needs JSON escaping only for quotes, backslashes, control characters and lone
// surrogates (surrogates of any kind here: a pair is rare and JSON.stringify decides it).
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
const quote = (s: string) => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s));
const keyPrefixes = new Map<string, string>();
const keyPrefix = (key: string) => {
  let p = keyPrefixes.get(key);
  if (p === undefined) {
    p = `${quote(key)}:`;
    if (keyPrefixes.size < 1_000) keyPrefixes.set(key, p);
  }
  return p;
};

// The last key lists found out of order, with their sorted copies: the objects of a trail come
// in a few shapes (an entry's actor, its details), so the sort is mostly found here.
const unsorted: string[][] = [];
const sorted: string[][] = [];
function sortedKeys(keys: string[]): string[] {
  let i = 1;
  while (i < keys.length && keys[i - 1] < keys[i]) i++;
  if (i >= keys.length) return keys;
  next: for (let s = 0; s < unsorted.length; s++) {
    const u = unsorted[s];
    if (u.length !== keys.length) continue;
    for (let k = 0; k < u.length; k++) if (u[k] !== keys[k]) continue next;
    return sorted[s];
  }
  const copy = [...keys].sort();
  if (unsorted.length < 16) {
    unsorted.push(keys);
    sorted.push(copy);
  }
  return copy;
}

/**
 * JSON with object keys sorted at every level and `undefined` dropped, so the hash does not
 * depend on how a store orders keys (a database JSON column may reorder them).
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  // String building, no sort when the keys are already in order, no JSON.stringify for plain
  // strings: this runs for every entry in verifyAudit(). The bytes are those of the first
  // version (JSON.stringify of each sorted level); test/core/audit/chain.test.ts holds it to that.
  if (typeof value === 'string') return quote(value);
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
  const keys = sortedKeys(Object.keys(obj));
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const v = obj[keys[i]];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += keyPrefix(keys[i]) + canonicalJson(v);
  }
  return out + '}';
}

// The fields of an audit entry, sorted; `hash` and `mac` are not hashed.
const FIELDS = [
  'action',
  'actor',
  'at',
  'breakGlass',
  'categories',
  'details',
  'fileId',
  'outcome',
  'pointers',
  'prevHash',
  'purpose',
  'reason',
  'seq',
] as const;
const PREFIX = FIELDS.map((f) => `"${f}":`);
const slots: unknown[] = new Array<unknown>(FIELDS.length);
/** A field's place in FIELDS; -2 for `hash` and `mac`, -1 for any other key. */
function slotOf(key: string): number {
  // A switch on constant strings compares interned pointers: cheaper than a Map lookup.
  switch (key) {
    case 'action':
      return 0;
    case 'actor':
      return 1;
    case 'at':
      return 2;
    case 'breakGlass':
      return 3;
    case 'categories':
      return 4;
    case 'details':
      return 5;
    case 'fileId':
      return 6;
    case 'outcome':
      return 7;
    case 'pointers':
      return 8;
    case 'prevHash':
      return 9;
    case 'purpose':
      return 10;
    case 'reason':
      return 11;
    case 'seq':
      return 12;
    case 'hash':
    case 'mac':
      return -2;
    default:
      return -1;
  }
}

/**
 * `canonicalJson` of an entry without its `hash` and `mac`: the text its hash covers. Entries
 * of the known shape skip the key sort and the copy; any other field takes the general path.
 *
 * @example
 * entryJson({ seq: 1, at, actor, action: 'read', purpose: 'care', outcome: 'success', prevHash, hash });
 */
export function entryJson(entry: object): string {
  const e = entry as Record<string, unknown>;
  const keys = Object.keys(e);
  slots.fill(undefined);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const slot = slotOf(k);
    if (slot >= 0) slots[slot] = e[k];
    else if (slot === -1) {
      const { hash: _hash, mac: _mac, ...rest } = e;
      return canonicalJson(rest);
    }
  }
  let out = '{';
  for (let i = 0; i < FIELDS.length; i++) {
    const v = slots[i];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += PREFIX[i] + canonicalJson(v);
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
  return sha256Hex(entryJson(entry));
}
