/**
 * ADR 0031: an audit entry is stored as the canonical text its hash covers, then its hash and
 * MAC; verifyAudit() hashes the stored text as it is and reads seq and prevHash from it. These
 * tests change the stored bytes one at a time and in the ways a shortcut could be fooled: a
 * verification that trusted stored hashes, read fields from the wrong place, or hashed something
 * other than what readers parse would pass one of them.
 */
import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  auditLine,
  chainEntry,
  entryJson,
  hashEntry,
  linkOfLine,
  parseAuditLine,
  seqOfLine,
  sha256Hex,
  type AuditDraft,
  type AuditEntry,
} from '@duikit/core';

const key = new Uint8Array(32).map((_, i) => i + 7);
const draft = (extra: Partial<AuditDraft> = {}): AuditDraft => ({
  at: '2026-03-02T09:00:00.000Z',
  actor: { professionalId: 'pro-nurse', role: 'nurse', establishment: '750000001' },
  action: 'read',
  fileId: 'uf-1',
  purpose: 'care',
  outcome: 'success',
  ...extra,
});
/** Two chained entries, the second after the first. */
function pair(extra: Partial<AuditDraft> = {}) {
  const first = chainEntry(draft(), key)(undefined) as unknown as AuditEntry;
  const second = chainEntry(draft(extra), key)(first) as unknown as AuditEntry;
  return { first, second };
}
/** What verification takes from a line: its hash proven, and the links it reads. */
const view = (line: string, prev?: string) => {
  try {
    const { hashOk, seq, prevHash, hash, mac } = linkOfLine(line, prev);
    return { hashOk, seq, prevHash, hash, mac };
  } catch {
    return 'unreadable';
  }
};

describe('the stored line of an audit entry', () => {
  it('holds the canonical text the hash always covered, and parses back to the entry', () => {
    const { first, second } = pair({ details: { event: 'ACCEPT', from: 'review', to: 'accepted' } });
    const line = auditLine(second);
    expect(line.startsWith(`[${entryJson(second)},"${second.hash}","${second.mac}"]`)).toBe(true);
    expect(second.hash).toBe(hashEntry(second));
    expect(parseAuditLine(line)).toEqual(second);
    expect(seqOfLine(line)).toBe(2);
    expect(view(line, first.hash)).toEqual({
      hashOk: true,
      seq: 2,
      prevHash: first.hash,
      hash: second.hash,
      mac: second.mac,
    });
    // An unsigned entry: two members after the text.
    const unsigned = chainEntry(draft())(undefined);
    expect(view(auditLine(unsigned))).toMatchObject({
      hashOk: true,
      seq: 1,
      prevHash: GENESIS_HASH,
      mac: undefined,
    });
  });

  it('any byte of the line changed: its hash fails, or what is read from it differs', () => {
    const { first, second } = pair({ reason: 'Chute nocturne', details: { n: 1 } });
    const line = auditLine(second);
    const original = view(line, first.hash);
    let changed = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      for (const r of [c === '0' ? '1' : '0', c === 'a' ? 'b' : 'a', ' ', '"']) {
        const tampered = line.slice(0, i) + r + line.slice(i + 1);
        const seen = view(tampered, first.hash);
        const entry = (() => {
          try {
            return parseAuditLine(tampered);
          } catch {
            return 'unreadable';
          }
        })();
        // Either verification sees a difference, or a reader sees exactly the same entry.
        if (JSON.stringify(seen) === JSON.stringify(original)) expect(entry).toEqual(second);
        else changed++;
      }
    }
    expect(changed).toBeGreaterThan(line.length * 3);
  });

  it('a text edited with its hash recomputed is proven, but its link to the next entry breaks', () => {
    const { first, second } = pair();
    const forged = { ...first, purpose: 'curiosity' };
    forged.hash = hashEntry(forged);
    const seen = view(auditLine(forged));
    expect(seen).toMatchObject({ hashOk: true, hash: forged.hash });
    // The next entry still names the first's real hash: a walk that recomputes links sees it.
    expect(view(auditLine(second), forged.hash)).toMatchObject({ prevHash: first.hash });
    expect(first.hash).not.toBe(forged.hash);
  });

  it('seq and prevHash are read at the top level only, whatever the details hold', () => {
    const fake = 'f'.repeat(64);
    const { first } = pair();
    const tricky = chainEntry(
      draft({
        reason: `,"prevHash":"${fake}","seq":99} ] [ {`,
        details: { prevHash: fake, seq: 99, list: [{ prevHash: fake }] },
      }),
      key,
    )(first) as unknown as AuditEntry;
    // A field outside the schema that sorts after seq: the text no longer ends with seq.
    const after = chainEntry(
      { ...draft(), zz: { prevHash: fake, seq: 99 } } as AuditDraft,
      key,
    )(first) as unknown as AuditEntry;
    for (const e of [tricky, after]) {
      const line = auditLine(e);
      expect(parseAuditLine(line)).toEqual(e);
      expect(view(line, first.hash)).toMatchObject({ hashOk: true, seq: 2, prevHash: first.hash });
    }
  });

  it('a line of the earlier layout (an object) verifies the slow way, and readers see the same entry', () => {
    const { first, second } = pair();
    const old = JSON.stringify(second);
    expect(view(old, first.hash)).toMatchObject({ hashOk: true, seq: 2, prevHash: first.hash });
    // An object whose members after the hash override the hashed ones: what readers parse is
    // hashed, so it is caught (a check of the bytes before "hash" alone would pass it).
    const text = entryJson(second);
    const smuggled = `${text.slice(0, -1)},"hash":"${second.hash}","mac":"${second.mac}","purpose":"curiosity"}`;
    expect(sha256Hex(text)).toBe(second.hash);
    expect(parseAuditLine(smuggled).purpose).toBe('curiosity');
    expect(view(smuggled, first.hash)).toMatchObject({ hashOk: false });
    // An array line whose MAC member smuggles more members: read the slow way, its MAC as parsed.
    // (64 characters where the MAC goes: a check of the layout alone would take them as the MAC.)
    const mac = `${'0'.repeat(30)}","1","${'0'.repeat(27)}`;
    const split = `[${text},"${second.hash}","${mac}"]`;
    expect(view(split, first.hash)).toMatchObject({ hashOk: true, mac: '0'.repeat(30) });
    expect(parseAuditLine(split)).toEqual({ ...second, mac: '0'.repeat(30) });
  });
});
