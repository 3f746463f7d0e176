/**
 * Issue 14, point 1: a workflow instance carries data of its tasks' categories (an assessment
 * report is `assessments` data), and every view of it — the instance, its steps' saved answers —
 * is filtered by the reader's permissions exactly as a file's parts are, and audited as a read.
 *
 * Expected values come from the professional rules, not from the shipped policy file: the
 * secretariat handles administrative matters and has no business reading assessments (CASF
 * L311-3 4°, confidentiality; only professionals of the care team share care information, CSP
 * L1110-4), while the head nurse of the care team does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@duikit/core';
import { createWorld, ctxOf, newFile, type World } from './world.js';

const DIRECTOR = 'demo-ehpad-director';
const SECRETARY = 'demo-ehpad-secretariat';
const PHYSICIAN = 'demo-ehpad-physician';
const HEAD_NURSE = 'demo-ehpad-head-nurse';
const REPORT = 'Chutes répétées la nuit, désorientation temporelle';

let w: World;
let fileId = '';
let instanceId = '';

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** The audit lines of reads of the instance by a professional. */
async function readsBy(professionalId: string): Promise<AuditEntry[]> {
  const all = ok(await w.engine.readAudit(ctxOf(DIRECTOR), { fileId }));
  return all.filter(
    (e) => e.actor.professionalId === professionalId && e.action === 'read' && e.details?.instanceId,
  );
}

beforeAll(async () => {
  w = await createWorld();
  fileId = ok(await w.as(DIRECTOR).createUserFile({ file: newFile('EVALUEE', 'Rose') as never })).id;
  instanceId = ok(
    await w.as(HEAD_NURSE).startWorkflow({ definition: 'assessment-ehpad', userFileId: fileId }),
  ).id;
  const send = async (who: string, type: string, payload?: Record<string, unknown>) =>
    ok(await w.as(who).sendEvent(instanceId, payload ? { type, payload } : { type }));
  await send(HEAD_NURSE, 'START_ASSESSMENT');
  await send(HEAD_NURSE, 'SUBMIT_ASSESSMENT', { kind: 'other', performedOn: '2026-03-02', summary: REPORT });
  // Sent back for rework: the step shows the report it answered again.
  await send(PHYSICIAN, 'REJECT_ASSESSMENT', { reason: 'Compléter la synthèse' });
});

describe('instance views follow the categories of their tasks', () => {
  it('shows the saved assessment report to the care team’s head nurse', async () => {
    const view = ok(await w.as(HEAD_NURSE).getInstance(instanceId));
    expect(view.step?.id).toBe('inProgress');
    expect(view.step?.response).toMatchObject({ summary: REPORT });
  });

  it('never gives the report to the secretariat, who reaches the file for its administration only', async () => {
    const view = ok(await w.as(SECRETARY).getInstance(instanceId));
    // The secretariat still sees where the workflow stands (administrative), not its content.
    expect(view.step?.id).toBe('inProgress');
    expect(view.step?.response).toBeUndefined();
    expect(view.step?.restricted).toBe(true);
    expect(JSON.stringify(view)).not.toContain('Chutes');
    const events = ok(await w.as(SECRETARY).getInstanceEvents(instanceId));
    expect(JSON.stringify(events)).not.toContain('Chutes');
  });

  it('audits each view of an instance as a read of the file, with the categories shown', async () => {
    const before = (await readsBy(HEAD_NURSE)).length;
    ok(await w.as(HEAD_NURSE).getInstance(instanceId));
    const after = await readsBy(HEAD_NURSE);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ fileId, outcome: 'success', details: { instanceId } });
    // A GIR assessment describes the person's dependency: health data (CSP L1111-7).
    expect(after.at(-1)?.categories).toContain('health');
    // The secretariat's view is audited too, without the category it was not shown.
    ok(await w.as(SECRETARY).getInstance(instanceId));
    const sec = (await readsBy(SECRETARY)).at(-1);
    expect(sec).toMatchObject({ fileId, outcome: 'success', details: { instanceId } });
    expect(sec?.categories ?? []).not.toContain('health');
  });

  it('audits the list of a file’s instances as a read', async () => {
    ok(await w.as(SECRETARY).getInstances(fileId));
    const all = ok(await w.engine.readAudit(ctxOf(DIRECTOR), { fileId }));
    const last = all.filter((e) => e.actor.professionalId === SECRETARY && e.action === 'read').at(-1);
    expect(last).toMatchObject({ fileId, details: { view: 'instances' } });
  });

  it('audits a refused view of an instance', async () => {
    const r = await w.as('demo-ime-director').getInstance(instanceId);
    expect(r.ok).toBe(false);
    const all = ok(await w.engine.readAudit(ctxOf(DIRECTOR), { fileId }));
    const last = all.filter((e) => e.actor.professionalId === 'demo-ime-director').at(-1);
    expect(last).toMatchObject({ action: 'read', outcome: 'refused', details: { instanceId } });
  });
});
