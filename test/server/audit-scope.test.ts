/**
 * Issue 14, point 2: the audit trail holds what was read and changed in each person's file (a
 * rectified income, before and after), so it is personal data of that establishment. A director
 * reads the trail of their own establishment only — by the page, the raw entries and the FHIR
 * export alike — and each of these reads is itself audited (CNIL, traceability of accesses).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@duikit/core';
import { createWorld, newFile, type World } from './world.js';

const EHPAD_DIRECTOR = 'demo-ehpad-director';
const IME_DIRECTOR = 'demo-ime-director';
const EHPAD_FINESS = '690000013';

let w: World;
let fileId = '';

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Entries the IME director must not see: an EHPAD professional's, on an EHPAD file. */
const foreign = (e: AuditEntry) => e.fileId === fileId && e.actor.establishment === EHPAD_FINESS;

beforeAll(async () => {
  w = await createWorld();
  fileId = ok(await w.as(EHPAD_DIRECTOR).createUserFile({ file: newFile('TRACEE', 'Alice') as never })).id;
  ok(await w.as(EHPAD_DIRECTOR).readUserFile(fileId));
  // The IME director is refused the EHPAD file, then tries its trail.
  expect((await w.as(IME_DIRECTOR).readUserFile(fileId)).ok).toBe(false);
});

describe('audit reads are scoped to the reader’s establishment', () => {
  it('gives the EHPAD director the entries of the EHPAD file', async () => {
    const mine = ok(await w.as(EHPAD_DIRECTOR).readAuditEntries({ fileId }));
    expect(mine.some(foreign)).toBe(true);
  });

  it('gives the IME director none of the EHPAD’s entries in the raw trail, with or without a filter', async () => {
    const byFile = ok(await w.as(IME_DIRECTOR).readAuditEntries({ fileId }));
    expect(byFile.filter(foreign)).toEqual([]);
    const all = ok(await w.as(IME_DIRECTOR).readAuditEntries({}));
    expect(all.filter(foreign)).toEqual([]);
    expect(all.every((e) => e.actor.establishment !== EHPAD_FINESS)).toBe(true);
    // Their own refused attempt is theirs to see.
    expect(all.some((e) => e.actor.professionalId === IME_DIRECTOR && e.outcome === 'refused')).toBe(true);
  });

  it('keeps a limit to the reader’s own entries (the filter applies before the limit)', async () => {
    const one = ok(await w.as(IME_DIRECTOR).readAuditEntries({ limit: 1 }));
    expect(one).toHaveLength(1);
    expect(one[0]?.actor.professionalId).toBe(IME_DIRECTOR);
  });

  it('exports none of the EHPAD’s entries to the IME director as FHIR', async () => {
    const bundle = ok(await w.as(IME_DIRECTOR).exportAuditFhir({ fileId }));
    expect(JSON.stringify(bundle)).not.toContain(EHPAD_DIRECTOR);
    const all = ok(await w.as(IME_DIRECTOR).exportAuditFhir({}));
    expect(JSON.stringify(all)).not.toContain(EHPAD_DIRECTOR);
  });

  it('gives the IME director an empty audit page for the EHPAD file', async () => {
    const page = ok(await w.as(IME_DIRECTOR).getAudit({ userFileId: fileId }));
    expect(page.entries.filter((e) => e.actor.id !== IME_DIRECTOR)).toEqual([]);
  });

  it('audits each of these reads, naming the file asked for', async () => {
    const before = ok(await w.as(EHPAD_DIRECTOR).readAuditEntries({ fileId }));
    const reads = (list: AuditEntry[]) =>
      list.filter((e) => e.action === 'audit-read' && e.actor.professionalId === IME_DIRECTOR);
    const n = reads(before).length;
    ok(await w.as(IME_DIRECTOR).readAuditEntries({ fileId }));
    ok(await w.as(IME_DIRECTOR).exportAuditFhir({ fileId }));
    const after = ok(await w.as(EHPAD_DIRECTOR).readAuditEntries({ fileId }));
    expect(reads(after).length).toBe(n + 2);
  });
});
