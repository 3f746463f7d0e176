import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGGIR_ITEMS, createInProcessBackend, evaluateAggir, type AggirItemAnswers } from '@duikit/core';
import { ctxOf, director, headNurse, nurse, secretary, seed, type Seeded } from './seed.js';

let s: Seeded;
beforeEach(async () => {
  s = await seed();
});
afterEach(async () => {
  await s.engine.close();
});

const backendFor = (actor = director) =>
  createInProcessBackend(s.engine, ctxOf(actor), { clock: () => s.clock.now });

describe('createInProcessBackend', () => {
  it('lists the actor’s tasks with the person, the workflow and the step', async () => {
    const r = await backendFor(secretary).getTasks();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(1);
    const [task] = r.value;
    expect(task.instanceId).toBe(s.instanceId);
    expect(task.person.displayName).toBe('Jeanne FICTIVE');
    expect(task.workflow.id).toBe('admission-ehpad');
    expect(task.step.id).toBe('preAdmission.request');
    expect(task.status).toBe('open');
  });

  it('filters tasks by workflow and status', async () => {
    const b = backendFor(secretary);
    const none = await b.getTasks({ workflowId: 'discharge' });
    expect(none.ok && none.value).toEqual([]);
    const overdue = await b.getTasks({ status: ['overdue'] });
    expect(overdue.ok && overdue.value).toEqual([]);
  });

  it('shows the current step with its form and the events, with reasons for refused ones', async () => {
    const r = await backendFor(nurse).getInstance(s.instanceId);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.step?.form).toBe('admission-request@1.0.0');
    const submit = r.value.events.find((e) => e.type === 'SUBMIT_REQUEST');
    expect(submit?.allowed).toBe(false);
    expect(submit?.reason).toBeTruthy();
    const withdraw = r.value.events.find((e) => e.type === 'WITHDRAW');
    if (withdraw) expect(withdraw.irreversible).toBe(true);
  });

  it('returns a refusal with its reason instead of throwing', async () => {
    const r = await backendFor(nurse).sendEvent(s.instanceId, { type: 'SUBMIT_REQUEST', payload: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'forbidden', reason: 'role' });
    // Titles, never codes: the event's and the roles' as people read them.
    expect(r.error.message).toContain('« Enregistrer la demande »');
    expect(r.error.message).toContain('Secrétariat');
    expect(r.error.message).not.toMatch(/SUBMIT_REQUEST|secretariat|social-worker/);
  });

  it('loads the definition and the form of a step', async () => {
    const b = backendFor();
    const def = await b.getWorkflowDefinition('admission-ehpad@1.0.0');
    expect(def.ok && def.value.initial).toBe('preAdmission');
    const form = await b.getFormDefinition('admission-request@1.0.0');
    expect(form.ok && typeof form.value.schema).toBe('object');
    const missing = await b.getFormDefinition('nope@1');
    expect(missing.ok).toBe(false);
  });

  it('keeps a draft of the step’s form with a version check', async () => {
    const b = backendFor(secretary);
    const first = await b.saveStepResponse(s.instanceId, { origin: 'family' }, { expectedVersion: 0 });
    expect(first.ok && first.value.version).toBe(1);
    const stale = await b.saveStepResponse(s.instanceId, { origin: 'x' }, { expectedVersion: 0 });
    expect(!stale.ok && stale.error.code).toBe('conflict');
    const inst = await b.getInstance(s.instanceId);
    expect(inst.ok && inst.value.step?.response).toEqual({ origin: 'family' });
  });

  it('gives the file at a glance from the engine’s filtered view', async () => {
    const r = await backendFor().getUserFile(s.fileId);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.person.displayName).toBe('Jeanne FICTIVE');
    expect(r.value.identity.restricted || r.value.identity.value.insStatus).toBe('PROV');
    const entourage = r.value.entourage;
    if (!entourage.restricted)
      expect(entourage.value[0]).toMatchObject({ name: 'Claire FICTIVE', role: 'emergency-contact' });
  });

  it('reports an unknown file as an error', async () => {
    const r = await backendFor().getUserFile('nope');
    expect(r.ok).toBe(false);
  });

  it('saves an AGGIR assessment after recomputing the GIR, and refuses a wrong GIR', async () => {
    const answers: AggirItemAnswers = {};
    const yes = { spontanement: true, totalement: true, habituellement: true, correctement: true };
    for (const i of AGGIR_ITEMS) if (i.kind === 'discriminant') answers[i.id] = yes;
    const ev = evaluateAggir(answers);
    const b = backendFor(nurse);
    const wrong = await b.saveAggir(s.fileId, {
      date: '2026-03-10',
      answers,
      letters: ev.letters,
      result: { ...ev.result!, gir: 2 },
    });
    expect(!wrong.ok && wrong.error.path).toBe('/result/gir');
    const saved = await b.saveAggir(s.fileId, {
      date: '2026-03-10',
      answers,
      letters: ev.letters,
      result: ev.result!,
    });
    if (!saved.ok) throw new Error(saved.error.message + JSON.stringify(saved.error.details));
    expect(saved.value.gir).toEqual({ gir: 6, rank: 13, group: 'H', score: 0 });
    const list = await b.getAssessments(s.fileId);
    expect(list.ok && list.value.map((a) => a.gir?.gir)).toEqual([6]);
  });

  it('saves support-plan versions, checks the version edited and records agreement', async () => {
    const refused = await backendFor(nurse).saveSupportPlan(
      s.fileId,
      { expectations: [], needs: [], objectives: [], reviews: [] },
      null,
    );
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    const b = backendFor(headNurse);
    const input = {
      expectations: [{ id: 'x1', text: 'Continuer à marcher', origin: 'person' as const }],
      needs: [{ code: '1.2.1.3' }],
      objectives: [
        {
          id: 'o1',
          title: 'Maintenir la marche',
          needCodes: ['1.2.1.3'],
          actions: [{ id: 'a1', title: 'Kinésithérapie', serafinCode: '2.1.2.1' }],
        },
      ],
      reviews: [{ date: '2026-09-10', kind: 'intermediate' as const }],
    };
    const v1 = await b.saveSupportPlan(s.fileId, input, null);
    if (!v1.ok) throw new Error(v1.error.message + JSON.stringify(v1.error.details));
    expect(v1.value.version).toBe(1);
    expect(v1.value.objectives[0].actions[0].serafinCode).toBe('2.1.2.1');
    const stale = await b.saveSupportPlan(s.fileId, input, null);
    expect(!stale.ok && stale.error.code).toBe('conflict');
    // Recording the person's agreement is a signature (CASF L311-3 3°): the director records it.
    const noSign = await b.agreeSupportPlan(s.fileId, 1, {
      party: 'person',
      agreed: true,
      method: 'signature',
    });
    expect(!noSign.ok && noSign.error.code).toBe('forbidden');
    const agreed = await backendFor(director).agreeSupportPlan(s.fileId, 1, {
      party: 'person',
      agreed: true,
      method: 'signature',
      opinion: 'D’accord',
    });
    if (!agreed.ok) throw new Error(agreed.error.message + JSON.stringify(agreed.error.details));
    expect(agreed.value.status).toBe('agreed');
    expect(agreed.value.agreements[0]).toMatchObject({
      party: 'person',
      agreed: true,
      method: 'signature',
      opinion: 'D’accord',
    });
  });

  it('counts an agreement’s day in Paris: at 23:30 UTC in winter, today is already the next day', async () => {
    const v1 = await backendFor(headNurse).saveSupportPlan(
      s.fileId,
      {
        expectations: [{ id: 'x1', text: 'Marcher', origin: 'person' }],
        needs: [],
        objectives: [],
        reviews: [],
      },
      null,
    );
    if (!v1.ok) throw new Error(v1.error.message);
    // 7 December 23:30 UTC is 8 December 00:30 in Paris (CET, UTC+1): a screen dates the
    // agreement 8 December, and the server must not refuse it as a future date.
    s.clock.now = new Date('2026-12-07T23:30:00Z');
    const agreed = await backendFor(director).agreeSupportPlan(s.fileId, 1, {
      party: 'person',
      agreed: true,
      method: 'signature',
      on: '2026-12-08',
    });
    if (!agreed.ok) throw new Error(agreed.error.message + JSON.stringify(agreed.error.details));
    expect(agreed.value.agreements[0]).toMatchObject({ on: '2026-12-08' });
    const tomorrow = await backendFor(director).agreeSupportPlan(s.fileId, 1, {
      party: 'person',
      agreed: true,
      method: 'signature',
      on: '2026-12-09',
    });
    expect(!tomorrow.ok && tomorrow.error).toMatchObject({ code: 'invalid', path: '/on' });
  });

  it('lists the history of the file', async () => {
    const r = await backendFor().getTimeline(s.fileId);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.length).toBeGreaterThan(0);
    const none = await backendFor().getTimeline(s.fileId, { from: '2030-01-01' });
    expect(none.ok && none.value).toEqual([]);
  });
});
