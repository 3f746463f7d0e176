/**
 * A signed lowdb audit trail to tamper with, as someone who can write the data folder but has
 * not the audit key would (tamper.test.ts, tamper-mac.test.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GENESIS_HASH,
  auditLine,
  createEngine,
  defaultAccessPolicy,
  hashEntry,
  parseAuditLine,
  type AuditEntry,
} from '@duikit/core';
import { createLowdbStore } from '@duikit/store-lowdb';
import { as, minimalFile } from '../core/engine/fixtures.js';
import { tempDir } from './helpers.js';

export const KEY = 'b2'.repeat(32);
const READS = 120;
/** Entries in a fresh trail: a creation, then READS reads. */
export const N = READS + 1;

/** An engine on the folder's lowdb store, signed with KEY; the store is closed if it fails. */
export const open = async (dir: string) => {
  const store = await createLowdbStore({ dir, auditKey: KEY });
  try {
    return await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
  } catch (e) {
    await store.close();
    throw e;
  }
};

/** A stopped data folder whose trail holds N entries; its removal is pushed to `cleanups`. */
export async function signedTrail(cleanups: (() => Promise<void> | void)[]): Promise<string> {
  const { dir, cleanup } = tempDir('duikit-tamper-');
  cleanups.push(cleanup);
  const engine = await open(dir);
  await engine.createUserFile(as('director'), minimalFile(), { id: 'f' });
  for (let i = 0; i < READS; i++) await engine.getUserFile(as('director'), 'f');
  await engine.close();
  return dir;
}

/** A signed trail of N entries and an engine running on it (closed by `cleanups`). */
export async function runningTrail(cleanups: (() => Promise<void> | void)[]) {
  const dir = await signedTrail(cleanups);
  const engine = await open(dir);
  cleanups.push(() => engine.close());
  return { dir, engine, entries: entriesOf(dir) };
}

/** The verdict on a trail whose entry `seq` was changed and its hash left. */
export const hashBroken = (seq: number) => ({
  ok: false,
  checked: seq - 1,
  firstBroken: { seq, reason: 'hash-mismatch' },
});

const segment = (dir: string) =>
  join(
    dir,
    'audit',
    readdirSync(join(dir, 'audit')).find((f) => f.endsWith('.jsonl'))!,
  );
/** The entries of the folder's (only) segment. */
export const entriesOf = (dir: string) =>
  readFileSync(segment(dir), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => parseAuditLine(l) as unknown as AuditEntry);
/**
 * Replaces the segment's lines: in the store's layout (ADR 0031: the canonical text of each entry
 * as it now is, then its hash and MAC as they are), or as objects, the layout written before.
 */
export const rewrite = (dir: string, entries: AuditEntry[], layout: 'line' | 'object' = 'line') =>
  writeFileSync(
    segment(dir),
    entries.map((e) => `${layout === 'line' ? auditLine(e) : JSON.stringify(e)}\n`).join(''),
  );
/** The segment's lines as stored. */
export const linesOf = (dir: string) => readFileSync(segment(dir), 'utf8').split('\n').filter(Boolean);
/** Replaces the segment's lines with these texts. */
export const writeLines = (dir: string, lines: string[]) =>
  writeFileSync(segment(dir), lines.map((l) => `${l}\n`).join(''));

/**
 * What someone with the folder but not the key can do: rechain from index `from` on, without
 * MACs, or keeping each entry's old MAC (`keepMacs`).
 */
export function rechain(entries: AuditEntry[], from: number, keepMacs = false): AuditEntry[] {
  const out = entries.slice(0, from);
  for (const e of entries.slice(from)) {
    const { mac, hash: _hash, ...rest } = e;
    const base = { ...rest, prevHash: out.at(-1)?.hash ?? GENESIS_HASH };
    out.push({ ...base, hash: hashEntry(base), ...(keepMacs ? { mac } : {}) });
  }
  return out;
}

/** The attacker also moves the head file onto the forged last entry (they cannot sign it). */
export function moveHead(dir: string, last: AuditEntry, mac = last.mac) {
  writeFileSync(
    join(dir, 'audit', 'head.json'),
    `${JSON.stringify({ seq: last.seq, hash: last.hash, mac })}\n`,
  );
}
