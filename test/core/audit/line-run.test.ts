/**
 * ADR 0033: verifyAudit() checks runs of stored lines with its state in locals and a cached tail
 * (`runOfLines`). The run must accept a line only when `linkOfLine` (ADR 0031) reads it with the
 * same seq, prevHash and hash and the walk's checks pass; anywhere else it must stop and leave
 * the line to the walk. These tests change lines byte by byte after a run has cached its tail,
 * and break chains across batch boundaries, where a run starts and ends.
 */
import { describe, expect, it } from 'vitest';
import {
  auditLine,
  chainEntry,
  createMemoryStore,
  linkOfLine,
  openAuditLog,
  seqOfLine,
  sha256Hex,
  type AuditDraft,
  type AuditEntry,
  type StorePort,
} from '@duikit/core';
import { runOfLines } from '../../../packages/core/src/audit/line-run.js';

const key = new Uint8Array(32).map((_, i) => i + 3);
const draft = (k: number): AuditDraft => ({
  at: new Date(Date.UTC(2026, 2, 2, 9) + k * 1000).toISOString(),
  actor: { professionalId: 'pro-nurse', role: 'nurse', establishment: '750000001' },
  fileId: `uf-${k}`,
  purpose: 'care',
  outcome: 'success',
  ...(k % 3 === 1
    ? { reason: 'Chute nocturne', details: { prevHash: 'f'.repeat(64), seq: 1, list: [1] } }
    : {}),
  action: k % 2 ? 'workflow' : 'read',
});
/** `n` chained entries, signed unless `unsigned` says otherwise. */
function chain(n: number, unsigned = (_: number) => false): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let k = 0; k < n; k++)
    entries.push(
      chainEntry(draft(k), unsigned(k) ? undefined : key)(entries.at(-1)) as unknown as AuditEntry,
    );
  return entries;
}
/** The line with its text changed by `edit` and its hash recomputed, as by someone without the key. */
const rehashed = (line: string, edit: (text: string) => string) => {
  const end = line.length - 135;
  const text = edit(line.slice(1, end));
  return `[${text},"${sha256Hex(text)}${line.slice(end + 66)}`;
};
const state = (e: AuditEntry) => ({ seq: e.seq, hash: e.hash, signed: true, tail: '' });

describe('a run of stored audit lines', () => {
  it('accepts a chain whole, through tails that change, and ends where the walk must look', () => {
    const lines = chain(8).map(auditLine);
    const s = state(linkOfLine(lines[0]) as unknown as AuditEntry);
    expect(runOfLines(lines, 1, s, true, -1, true)).toBe(8);
    expect(s).toMatchObject({ seq: 8, hash: linkOfLine(lines[7]).hash, signed: true });
    // An anchor's entry is left to the walk; so is an unsigned entry after signed ones.
    expect(runOfLines(lines, 1, state(linkOfLine(lines[0]) as never), true, 5, true)).toBe(4);
    const gap = chain(6, (k) => k === 4).map(auditLine);
    expect(runOfLines(gap, 1, state(linkOfLine(gap[0]) as never), true, -1, true)).toBe(4);
    expect(runOfLines(gap, 1, state(linkOfLine(gap[0]) as never), false, -1, true)).toBe(6);
    // A bracket between prevHash and seq (here in a reason): read the slow way, as linkOfLine does.
    const bracket = [
      lines[0],
      auditLine(chainEntry({ ...draft(1), reason: 'a [b]' }, key)(linkOfLine(lines[0]))),
    ];
    expect(runOfLines(bracket, 1, state(linkOfLine(lines[0]) as never), true, -1, true)).toBe(1);
    expect(linkOfLine(bracket[1], linkOfLine(lines[0]).hash)).toMatchObject({ hashOk: true, seq: 2 });
  });

  it('any byte changed after the tail is cached: the run stops, or reads what linkOfLine reads', () => {
    const entries = chain(6);
    const lines = entries.map(auditLine);
    for (const madeHere of [true, false])
      for (const at of [3, 4, 5]) {
        const line = lines[at];
        let stopped = 0;
        for (let i = 0; i < line.length; i++)
          for (const r of ['0', 'a', ' ', '"', '}', ',']) {
            if (line[i] === r) continue;
            // Changed where it is, and changed in the text with the hash recomputed.
            const edited = line.slice(0, i) + r + line.slice(i + 1);
            const re =
              i > 0 && i < line.length - 135
                ? rehashed(line, (t) => t.slice(0, i - 1) + r + t.slice(i))
                : edited;
            for (const changed of [edited, re]) {
              const tampered = [...lines.slice(0, at), changed];
              const s = state(entries[0]);
              const next = runOfLines(tampered, 1, s, true, -1, madeHere);
              if (next === at) {
                stopped++;
                continue;
              }
              // Accepted: the per-line reader agrees on every link, and the links hold.
              expect(next).toBe(at + 1);
              const link = linkOfLine(tampered[at], entries[at - 1].hash, madeHere);
              expect(link).toMatchObject({ hashOk: true, seq: at + 1, prevHash: entries[at - 1].hash });
              expect(link.hash).toBe(s.hash);
            }
          }
        // Nearly every change stops it (the others leave the text as it was, e.g. in the MAC).
        expect(stopped).toBeGreaterThan(line.length * 6);
      }
  });

  it('a cached tail does not let a prevHash nested or renamed pass for the top-level one', () => {
    const entries = chain(4);
    const lines = entries.map(auditLine);
    const line = lines[3];
    const p = line.lastIndexOf(',"prevHash":"');
    // The member renamed, or wrapped in an object that closes before the tail: not top-level.
    // (Rehashed: only the reading of the links can tell.)
    const q = p - 1;
    for (const tampered of [
      rehashed(line, (t) => `${t.slice(0, q)},"prevHasH":"${t.slice(q + 13)}`),
      rehashed(
        line,
        (t) => `${t.slice(0, q)},"x":{"prevHash":"${t.slice(q + 13, q + 78)}}${t.slice(q + 78)}`,
      ),
      rehashed(line, (t) => `${t.slice(0, q)},"x":["prevHash",${t.slice(q + 12, q + 78)}]${t.slice(q + 78)}`),
    ]) {
      expect(linkOfLine(tampered, entries[2].hash).prevHash).not.toBe(entries[2].hash);
      const next = runOfLines([...lines.slice(0, 3), tampered], 1, state(entries[0]), true, -1, true);
      expect(next).toBe(3);
    }
  });
});

/** A memory store holding `n` signed entries, whose lines the test then changes. */
async function trail(n: number) {
  const store = createMemoryStore();
  const log = await openAuditLog(store, key);
  for (let k = 0; k < n; k += 1000)
    await store.transaction(async (tx) => {
      for (let j = k; j < Math.min(n, k + 1000); j++) tx.appendAudit(log.chain(draft(j)));
    });
  const lines = await store.readAuditLines!(0, n);
  const tampered = (change: (lines: string[]) => void): StorePort => {
    const copy = [...lines];
    change(copy);
    // As a store reads them: from the first line at or after `from`, in order.
    const first = (from: number) => copy.findIndex((l) => (seqOfLine(l) ?? 0) >= from);
    return {
      ...store,
      readAuditLines: async (from, limit) => copy.slice(first(from), first(from) + limit),
    };
  };
  return { store, lines, tampered };
}

describe('verifyAudit() over runs, across batches of 5,000 lines', () => {
  it('names the same first break wherever it falls relative to a batch', async () => {
    const { lines, tampered } = await trail(12_000);
    const verify = async (store: StorePort) => (await openAuditLog(store, key)).verify();
    const text = (l: string) => l.replace('"outcome":"success"', '"outcome":"failure"');
    for (const seq of [2, 4_999, 5_000, 5_001, 5_002, 10_001, 11_999]) {
      const i = seq - 1;
      expect(await verify(tampered((ls) => (ls[i] = text(ls[i]))))).toMatchObject({
        ok: false,
        checked: i,
        firstBroken: { seq, reason: 'hash-mismatch' },
      });
      expect(await verify(tampered((ls) => ls.splice(i, 1)))).toMatchObject({
        firstBroken: { seq: seq + 1, reason: 'sequence-gap' },
      });
      // The line before in its place: the seq is wrong before anything else (where a batch
      // starts, the store reads from that seq and so skips it: the gap is seen after it).
      expect(await verify(tampered((ls) => (ls[i] = lines[i - 1])))).toMatchObject({
        firstBroken: { seq: seq % 5_000 === 1 ? seq + 1 : seq - 1, reason: 'sequence-gap' },
      });
      expect(
        await verify(tampered((ls) => (ls[i] = ls[i].replace(/,"[0-9a-f]{64}"\]$/, ']')))),
      ).toMatchObject({
        firstBroken: { seq, reason: 'unsigned' },
      });
    }
    expect(await verify(tampered(() => {}))).toEqual({ ok: true, checked: 12_000 });
  });
});
