import { describe, expect, it } from 'vitest';
import { standardWorkflowFiles } from '@duikit/core';
import { as, makeEngine, minimalFile } from './fixtures.js';

describe('engine.workflows: the workflow runtime inside the policy and the audit trail', () => {
  it('is null without workflows', async () => {
    const { engine } = await makeEngine();
    expect(engine.workflows).toBeNull();
  });

  it('starts for an actor who reaches the file, refuses (audited) one who does not, audits every step', async () => {
    const { engine } = await makeEngine({ workflows: [standardWorkflowFiles] });
    const wf = engine.workflows!;
    await engine.createUserFile(as('director'), minimalFile(), { id: 'uf-1' });
    const started = await wf.start(as('director'), { definition: 'admission', fileId: 'uf-1' });
    if (!started.ok) throw new Error(started.reason.message);

    const outsider = as('nurse', 'pro-outsider');
    const refused = await wf.start(outsider, { definition: 'admission', fileId: 'uf-1' });
    expect(!refused.ok && refused.reason.code).toBe('forbidden');
    const read = await wf.get(outsider, started.instance.id);
    expect(!read.ok && read.reason.code).toBe('forbidden');
    expect((await wf.get(as('director'), started.instance.id)).ok).toBe(true);

    const audit = await engine.readAudit(as('director'), { fileId: 'uf-1' });
    const steps = audit.ok
      ? audit.value
          .filter((e) => e.action === 'workflow')
          .map((e) => [e.actor.professionalId, e.outcome, (e.details as { step: string }).step])
      : [];
    expect(steps).toEqual([
      ['pro-director', 'success', 'workflow.start'],
      ['pro-outsider', 'refused', 'workflow.start'],
    ]);
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
  });

  it('refuses events on an archived file', async () => {
    const { engine, clock } = await makeEngine({ workflows: [standardWorkflowFiles] });
    await engine.createUserFile(as('director'), minimalFile(), { id: 'uf-1' });
    const started = await engine.workflows!.start(as('director'), {
      definition: 'admission',
      fileId: 'uf-1',
    });
    if (!started.ok) throw new Error(started.reason.message);
    await engine.closeUserFile(as('director'), 'uf-1');
    clock.advance(400 * 24 * 3600 * 1000);
    await engine.applyRetention(as('director'));
    const sent = await engine.workflows!.send(as('director'), started.instance.id, { type: 'WITHDRAW' });
    expect(!sent.ok && sent.reason.code).toBe('forbidden');
    expect(!sent.ok && sent.reason.message).toMatch(/archive/);
  });
});
