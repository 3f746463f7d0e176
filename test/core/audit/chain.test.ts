/**
 * The audit hash is a format: the bytes hashed for an entry, and so every stored hash and MAC,
 * must not change when the code that computes them gets faster. `fixtures/trail-f3379f5.json` is
 * a signed trail written by the code of commit f3379f5 (pure-JS SHA-256 and HMAC, one sort per
 * object), with escapes, non-ASCII, nested and unsorted details, numeric keys, `undefined` and a
 * field outside the schema; the key is bytes 1…32.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  createEngine,
  createMemoryStore,
  defaultAccessPolicy,
  entryJson,
  hashEntry,
  hmacSha256Hex,
  linkMac,
  nobleHmacSha256Hex,
  nobleSha256Hex,
  sha256Hex,
  sha256Implementation,
  type AuditEntry,
} from '@duikit/core';

const trail = JSON.parse(
  readFileSync(new URL('./fixtures/trail-f3379f5.json', import.meta.url), 'utf8'),
) as AuditEntry[];
const key = new Uint8Array(32).map((_, i) => i + 1);

/** canonicalJson as first written (ADR 0004): JSON.stringify of each level, keys sorted. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((v: unknown) => (v === undefined ? 'null' : reference(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const parts = Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${reference(obj[k])}`);
  return `{${parts.join(',')}}`;
}

describe('audit hashes keep their bytes', () => {
  it('a trail written by the earlier code verifies, entry by entry and through the engine', async () => {
    expect(trail).toHaveLength(5);
    for (const e of trail) {
      expect(hashEntry(e)).toBe(e.hash);
      expect(linkMac(key, e.seq, e.hash)).toBe(e.mac);
    }
    const store = createMemoryStore();
    for (const e of trail) await store.appendAudit(e as never);
    const engine = await createEngine({ store, policy: defaultAccessPolicy, auditKey: key });
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: 5 });
    // One byte changed anywhere in an entry's content is another hash.
    const changed = { ...trail[1], actor: { ...trail[1].actor, name: 'Zoe' } };
    expect(hashEntry(changed)).not.toBe(trail[1].hash);
  });

  it('entryJson and canonicalJson give the first version’s bytes, whatever the key order', () => {
    const samples: unknown[] = [
      ...trail,
      { b: 1, a: [{ d: 2, c: 3 }, undefined], c: undefined, '10': 'x', '9': 'y' },
      {
        s: 'quote " backslash \\ nul \u0000 del \u007f line\u2028 lone \ud800 pair 😀',
        n: [1e21, -0, 0.1, NaN],
      },
      { nested: { z: { y: { x: [true, false, null, {}] } } }, empty: [], o: {} },
      'plain',
      42,
      null,
    ];
    for (const s of samples) expect(canonicalJson(s)).toBe(reference(s));
    for (const e of trail) {
      const { hash: _h, mac: _m, ...rest } = e;
      expect(entryJson(e)).toBe(reference(rest));
      // The same entry with its keys in reverse order (a database may reorder them).
      const reversed = Object.fromEntries(Object.entries(e).reverse());
      expect(entryJson(reversed)).toBe(reference(rest));
    }
  });

  it('node:crypto and @noble/hashes agree on SHA-256 and HMAC-SHA256', () => {
    expect(sha256Implementation).toBe('node:crypto');
    // FIPS 180-2 test vector.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const texts = ['', 'abc', 'é€😀', 'x'.repeat(1000), ...trail.map((e) => entryJson(e))];
    for (const t of texts) {
      expect(sha256Hex(t)).toBe(nobleSha256Hex(t));
      expect(hmacSha256Hex(key, t)).toBe(nobleHmacSha256Hex(key, t));
    }
  });
});
