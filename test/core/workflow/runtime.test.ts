import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  createWorkflowRuntime,
  standardWorkflowFiles,
  INSTANCES,
  INBOX,
  type StorePort,
  type WorkflowInstance,
} from '@duikit/core';
import { ctxFor, manualClock, type Loose } from './fixtures.js';

const REQUEST = { channel: 'via-trajectoire', receivedOn: '2026-04-01', stayType: 'permanent' };

function setup(start = '2026-04-01T08:00:00Z') {
  const store = createMemoryStore();
  const clock = manualClock(start);
  const runtime = createWorkflowRuntime({ store, registry: standardWorkflowFiles, clock: clock.now });
  return { store, clock, runtime };
}

async function send(
  rt: ReturnType<typeof setup>['runtime'],
  id: string,
  role: string,
  type: string,
  payload?: unknown,
) {
  const r = await rt.send(ctxFor(role), id, { type, payload });
  if (!r.ok) throw new Error(`${type} refused: ${r.reason.code} ${r.reason.message}`);
  return r.instance;
}

describe('workflow runtime: EHPAD admission from request to admitted', () => {
  it('runs every step, records who did what, the form versions, documents, and starts the support plan', async () => {
    const { store, clock, runtime } = setup();
    const started = await runtime.start(ctxFor('secretariat'), {
      definition: 'admission-ehpad@1.0.0',
      fileId: 'file-1',
    });
    expect(started.ok).toBe(true);
    const id = started.ok ? started.instance.id : '';
    await send(runtime, id, 'secretariat', 'SUBMIT_REQUEST', REQUEST);
    await send(runtime, id, 'social-worker', 'COMPLETE');
    // EHPAD: the coordinating physician's opinion comes before the decision.
    let inst = await send(runtime, id, 'coordinating-physician', 'GIVE_MEDICAL_OPINION', {
      opinion: 'favourable',
      givenOn: '2026-04-02',
    });
    expect(inst.states).toEqual(['preAdmission.decision']);
    await send(runtime, id, 'director', 'ACCEPT', { plannedEntryDate: '2026-04-10' });
    inst = await send(runtime, id, 'director', 'ENTER', { entryDate: '2026-04-10' });
    expect(inst.states).toEqual([
      'contractualisation.contract.handover',
      'contractualisation.trustedPerson.information',
      'contractualisation.welcome.pending',
      'contractualisation.withdrawal.open',
    ]);
    await send(runtime, id, 'director', 'HAND_OVER_CONTRACT', { documentType: 'contrat-sejour' });
    await send(runtime, id, 'director', 'SIGN_CONTRACT', {
      signedOn: '2026-04-20',
      signatories: ['person', 'director'],
    });
    await send(runtime, id, 'director', 'INFORM_TRUSTED_PERSON');
    await send(runtime, id, 'director', 'SIGN_ATTESTATION', {
      informedOn: '2026-04-12',
      signedByPerson: true,
      signedByDirector: true,
    });
    inst = await send(runtime, id, 'secretariat', 'DELIVER_ENTRY_DOCUMENTS', {
      welcomeBooklet: true,
      charter: true,
      houseRules: true,
      deliveredOn: '2026-04-10',
    });
    // EHPAD: the 15-day withdrawal window runs from the signature (later than the admission).
    expect(inst.states).toEqual([
      'contractualisation.contract.signed',
      'contractualisation.trustedPerson.done',
      'contractualisation.welcome.done',
      'contractualisation.withdrawal.open',
    ]);
    expect(inst.deadlines.map((d) => [d.deadlineId, d.dueAt])).toEqual([
      ['withdrawalPeriod', '2026-05-05T22:00:00Z'],
    ]);
    clock.set('2026-05-06T06:00:00Z');
    const fired = await runtime.tick();
    expect(fired).toMatchObject([
      { instanceId: id, kind: 'deadline', deadlineId: 'withdrawalPeriod', handled: true },
    ]);
    const read = await runtime.get(ctxFor('director'), id);
    const done = read.ok ? read.instance : ({} as WorkflowInstance);
    expect(done).toMatchObject({ status: 'done', outcome: 'admitted', definition: 'admission-ehpad@1.0.0' });
    // The stored instance does not grow with its history: each transition is a record of its own.
    const hot = (await store.get<WorkflowInstance & { historyLength: number }>(INSTANCES, id))!.data;
    expect(hot.history).toBeUndefined();
    expect(hot.historyLength).toBe(done.history.length);
    expect(await store.readLog!('workflowHistory', id)).toHaveLength(done.history.length);
    expect(done.history.map((h) => h.event)).toEqual([
      'start',
      'SUBMIT_REQUEST',
      'COMPLETE',
      'GIVE_MEDICAL_OPINION',
      'ACCEPT',
      'ENTER',
      'HAND_OVER_CONTRACT',
      'SIGN_CONTRACT',
      'INFORM_TRUSTED_PERSON',
      'SIGN_ATTESTATION',
      'DELIVER_ENTRY_DOCUMENTS',
      'WITHDRAWAL_PERIOD_ENDED',
    ]);
    expect(done.history[3]).toMatchObject({
      by: { role: 'coordinating-physician' },
      form: 'medical-opinion@1.0.0',
    });
    expect(done.history.at(-1)).toMatchObject({
      by: 'system',
      deadline: 'withdrawalPeriod',
      at: '2026-05-06T06:00:00.000Z',
    });
    expect(done.responses.map((r) => r.form)).toEqual([
      'admission-request@1.0.0',
      'medical-opinion@1.0.0',
      'contract-signature@1.0.0',
      'trusted-person-attestation@1.0.0',
      'entry-checklist@1.0.0',
    ]);
    const ctx = done.snapshot.context as Loose;
    expect(ctx.admissionDate).toBe('2026-04-10');
    expect(ctx.contract).toMatchObject({
      documentType: 'contrat-sejour',
      signedAt: '2026-04-20',
      signatories: ['person', 'director'],
    });
    // The last day of the period (CASF L311-4-1 II: signed 20 April + 15 days), not the tick's day.
    expect(ctx.withdrawalPeriodEndedOn).toBe('2026-05-05');
    expect(ctx.documents.map((d: Loose) => d.type)).toEqual([
      'medical-opinion',
      'contract',
      'trusted-person-attestation',
    ]);
    // The entry starts the support plan for the same file, counting 6 months from admission.
    const plans = await runtime.list({ fileId: 'file-1', definition: 'support-plan@1.0.0' });
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ parent: id, states: ['plan.elaboration.expectations'] });
    expect(plans[0].history[0].at).toBe('2026-04-01T08:00:00.000Z');
    expect(plans[0].deadlines[0]).toMatchObject({
      deadlineId: 'objectivesAmendment',
      dueAt: '2026-10-10T22:00:00Z',
    });
    // ENTER notified the head nurse through the default notifier (a task-inbox entry).
    const inbox = await runtime.inbox({ actor: { role: 'head-nurse', establishment: '750000001' } });
    expect(inbox.map((n) => n.message.en)).toEqual(['New entry: prepare the welcome']);
    // …and the end of the withdrawal period told the director and the secretariat.
    const entries = (await store.query<{ message: { en: string } }>(INBOX)).map((r) => r.data.message.en);
    expect(entries.sort()).toEqual([
      'End of the 15-day withdrawal period: the contract can no longer be withdrawn',
      'New entry: prepare the welcome',
    ]);
  });
});

describe('workflow runtime: refusals change nothing and say why', () => {
  it('refuses by role, state, payload, system event and guard, in French by default', async () => {
    const { store, runtime } = setup();
    const s = await runtime.start(ctxFor('secretariat'), { definition: 'admission@1.0.0', fileId: 'file-2' });
    const id = s.ok ? s.instance.id : '';
    const before = await store.get(INSTANCES, id);
    const nurse = await runtime.send(ctxFor('nurse'), id, { type: 'SUBMIT_REQUEST', payload: REQUEST });
    expect(nurse).toEqual({
      ok: false,
      reason: {
        code: 'role',
        message:
          'Le rôle « nurse » ne peut pas envoyer « SUBMIT_REQUEST » (rôles autorisés : secretariat, social-worker, director).',
        params: {
          event: 'SUBMIT_REQUEST',
          definition: 'admission@1.0.0',
          role: 'nurse',
          allowed: 'secretariat, social-worker, director',
        },
      },
    });
    const wrong = await runtime.send(ctxFor('director'), id, { type: 'ACCEPT' });
    expect(wrong.ok ? '' : wrong.reason.code).toBe('wrong-state');
    const invalid = await runtime.send(ctxFor('secretariat'), id, {
      type: 'SUBMIT_REQUEST',
      payload: { channel: 'fax', stayType: 'permanent' },
    });
    expect(invalid.ok ? [] : invalid.reason.problems).toEqual([
      expect.objectContaining({
        path: '/receivedOn',
        keyword: 'required',
        message: 'Ce champ est obligatoire.',
      }),
      expect.objectContaining({
        path: '/channel',
        keyword: 'enum',
        message: expect.stringMatching(
          /^Valeur non prévue. Valeurs possibles : cerfa-14732, via-trajectoire/,
        ),
      }),
    ]);
    const system = await runtime.send(ctxFor('director'), id, { type: 'CONTRACT_SIGNATURE_OVERDUE' });
    expect(system.ok ? '' : system.reason.code).toBe('system-event');
    expect(await store.get(INSTANCES, id)).toEqual(before);
  });

  it('explains a false guard: an IME admits only with a valid CDAPH orientation', async () => {
    const store = createMemoryStore();
    const files: Record<string, unknown> = {
      'file-ok': {
        rights: {
          mdph: {
            decisions: [
              {
                id: 'd1',
                date: '2025-08-01',
                kind: 'attribution',
                category: '183',
                openingDate: '2025-09-01',
                expiryDate: '2030-08-31',
              },
            ],
          },
        },
      },
      'file-expired': {
        rights: {
          mdph: {
            decisions: [
              {
                id: 'd0',
                date: '2019-08-01',
                kind: 'attribution',
                category: '183',
                openingDate: '2019-09-01',
                expiryDate: '2024-08-31',
              },
              {
                id: 'd2',
                date: '2025-08-01',
                kind: 'refusal',
                category: '183',
                openingDate: '2025-09-01',
                expiryDate: '2030-08-31',
              },
            ],
          },
        },
      },
    };
    const runtime = createWorkflowRuntime({
      store,
      registry: standardWorkflowFiles,
      clock: () => new Date('2026-04-01T08:00:00Z'),
      userFile: async (fileId) => files[fileId],
      locale: 'en',
    });
    const results: Record<string, unknown> = {};
    for (const fileId of ['file-ok', 'file-expired']) {
      const s = await runtime.start(ctxFor('secretariat'), { definition: 'admission-ime@1.0.0', fileId });
      const id = s.ok ? s.instance.id : '';
      await send(runtime, id, 'secretariat', 'SUBMIT_REQUEST', REQUEST);
      const r = await runtime.send(ctxFor('secretariat'), id, { type: 'COMPLETE' });
      results[fileId] = r.ok ? r.instance.states : r.reason;
      if (fileId === 'file-expired') {
        const events = await runtime.availableEvents(ctxFor('secretariat'), id);
        expect(events.find((e) => e.event === 'COMPLETE')).toMatchObject({
          allowed: false,
          reason: { code: 'guard' },
        });
        expect(events.find((e) => e.event === 'INCOMPLETE')).toMatchObject({ allowed: true });
      }
    }
    expect(results['file-ok']).toEqual(['preAdmission.decision']);
    expect(results['file-expired']).toMatchObject({
      code: 'guard',
      message: '"COMPLETE" is not possible now: Requires a valid CDAPH orientation to an IME.',
    });
  });

  it('lists what an actor may send, with the reason for each refusal', async () => {
    const { runtime } = setup();
    const s = await runtime.start(ctxFor('secretariat'), { definition: 'admission@1.0.0', fileId: 'file-3' });
    const id = s.ok ? s.instance.id : '';
    const forNurse = await runtime.availableEvents(ctxFor('nurse'), id);
    expect(forNurse.map((e) => [e.event, e.allowed, e.reason?.code])).toEqual([
      ['SUBMIT_REQUEST', false, 'role'],
      ['WITHDRAW', false, 'role'],
    ]);
    const forSecretariat = await runtime.availableEvents(ctxFor('secretariat'), id);
    expect(forSecretariat.map((e) => [e.event, e.allowed, e.form])).toEqual([
      ['SUBMIT_REQUEST', true, 'admission-request@1.0.0'],
      ['WITHDRAW', true, undefined],
    ]);
  });

  it('stores an event only with its audit line: an audit that fails leaves the instance as it was', async () => {
    const store = createMemoryStore();
    let failAudit = false;
    const runtime = createWorkflowRuntime({
      store,
      registry: standardWorkflowFiles,
      audit: () => {
        if (failAudit) throw new Error('audit trail unavailable');
      },
    });
    const s = await runtime.start(ctxFor('secretariat'), { definition: 'admission@1.0.0', fileId: 'file-5' });
    const id = s.ok ? s.instance.id : '';
    const before = (await store.get<WorkflowInstance>(INSTANCES, id))!;
    failAudit = true;
    await expect(
      runtime.send(ctxFor('secretariat'), id, { type: 'SUBMIT_REQUEST', payload: REQUEST }),
    ).rejects.toThrow('audit trail unavailable');
    const after = (await store.get<WorkflowInstance>(INSTANCES, id))!;
    expect(after.version).toBe(before.version);
    expect(after.data.states).toEqual(['preAdmission.request']);
    expect(await store.readLog!('workflowHistory', id)).toHaveLength(1);
  });

  it('refuses a write based on a stale version (conflict) and keeps the newer one', async () => {
    const base = createMemoryStore();
    let racing = false;
    // Someone else writes the instance between our read and our write, whichever way we write.
    const race = async (c: string, id: string) => {
      if (!racing) return;
      racing = false;
      const cur = await base.get(c, id);
      await base.put(c, id, cur!.data, cur!.version);
    };
    let racedId = '';
    const store: StorePort = {
      ...base,
      async put<T>(c: string, id: string, data: T, v: number | null) {
        await race(c, id);
        return base.put(c, id, data, v);
      },
      transaction: async (fn) => {
        await race(INSTANCES, racedId);
        return base.transaction(fn);
      },
    };
    const runtime = createWorkflowRuntime({ store, registry: standardWorkflowFiles });
    const s = await runtime.start(ctxFor('secretariat'), { definition: 'admission@1.0.0', fileId: 'file-4' });
    const id = s.ok ? s.instance.id : '';
    racedId = id;
    racing = true;
    const r = await runtime.send(ctxFor('secretariat'), id, { type: 'SUBMIT_REQUEST', payload: REQUEST });
    expect(r.ok ? '' : r.reason.code).toBe('conflict');
    expect((await base.get<WorkflowInstance>(INSTANCES, id))!.data.states).toEqual(['preAdmission.request']);
  });
});

describe('workflow runtime: persistence', () => {
  it('a new runtime over the same store resumes exactly; unrestorable instances are reported, never reset', async () => {
    const { store, runtime } = setup();
    const s = await runtime.start(ctxFor('secretariat'), { definition: 'admission@1.0.0', fileId: 'file-5' });
    const id = s.ok ? s.instance.id : '';
    await send(runtime, id, 'secretariat', 'SUBMIT_REQUEST', REQUEST);
    const again = createWorkflowRuntime({ store, registry: standardWorkflowFiles });
    const inst = await send(again, id, 'secretariat', 'COMPLETE');
    expect(inst.states).toEqual(['preAdmission.decision']);
    expect((inst.snapshot.context as Loose).request).toEqual(REQUEST);
    const orphan = { ...inst, id: 'orphan', definition: 'admission@9.9.9' };
    await store.put(INSTANCES, 'orphan', orphan, null);
    await store.put(
      INSTANCES,
      'broken',
      { definition: 'admission@1.0.0', snapshot: { value: { nowhere: 'x' }, context: {} } },
      null,
    );
    await store.put(INSTANCES, 'junk', 'not an instance', null);
    const report = await again.restoreAll();
    expect(report.restored).toBe(1);
    expect(report.unrestorable.map((u) => [u.instanceId, u.message])).toEqual([
      ['orphan', 'sa définition admission@9.9.9 n’est pas enregistrée'],
      ['broken', 'l’état « nowhere » n’existe pas dans admission@1.0.0'],
      ['junk', 'l’enregistrement n’est pas une instance de workflow'],
    ]);
    expect((await store.get(INSTANCES, 'orphan'))!.version).toBe(1);
    const refused = await again.send(ctxFor('director'), 'orphan', { type: 'ACCEPT' });
    expect(refused.ok ? '' : refused.reason.message).toBe(
      'L’instance orphan ne peut pas être restaurée : sa définition admission@9.9.9 n’est pas enregistrée',
    );
    const english = createWorkflowRuntime({ store, registry: standardWorkflowFiles, locale: 'en' });
    expect((await english.restoreAll()).unrestorable.map((u) => u.message)[1]).toBe(
      'state "nowhere" does not exist in admission@1.0.0',
    );
  });
});
