import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  createWorkflowRuntime,
  DEADLINE_EVENT_PAYLOAD_SCHEMA,
  deadlineEventPayload,
  dueInstant,
  resolveDuration,
  standardWorkflowFiles,
  validatePayload,
  type Notifier,
  type WorkflowNotification,
} from '@duikit/core';
import { ctxFor, manualClock, tinyWorkflow, type Loose } from './fixtures.js';

const REQUEST = { channel: 'other', receivedOn: '2026-04-01', stayType: 'permanent' };

/** An admission entered on 2026-04-10 with the contract handed over, waiting for its signature. */
async function admittedAwaitingSignature() {
  const clock = manualClock('2026-04-01T08:00:00Z');
  const notes: WorkflowNotification[] = [];
  const notifier: Notifier = (n) => void notes.push(n);
  const runtime = createWorkflowRuntime({
    store: createMemoryStore(),
    registry: standardWorkflowFiles,
    clock: clock.now,
    notifier,
  });
  const s = await runtime.start(ctxFor('secretariat'), { definition: 'admission@1.0.0', fileId: 'file-1' });
  const id = s.ok ? s.instance.id : '';
  const steps: [string, string, unknown?][] = [
    ['secretariat', 'SUBMIT_REQUEST', REQUEST],
    ['secretariat', 'COMPLETE'],
    ['director', 'ACCEPT', { plannedEntryDate: '2026-04-10' }],
    ['director', 'ENTER', { entryDate: '2026-04-10' }],
    ['director', 'HAND_OVER_CONTRACT', { documentType: 'contrat-sejour' }],
  ];
  for (const [role, type, payload] of steps) {
    const r = await runtime.send(ctxFor(role), id, { type, payload });
    if (!r.ok) throw new Error(r.reason.message);
  }
  return { runtime, clock, id, notes };
}

describe('durable deadlines (time travel with an injected clock)', () => {
  it('no signature 31 days after admission: the signature task is overdue; 30 days after it is not', async () => {
    const { runtime, clock, id, notes } = await admittedAwaitingSignature();
    const director = { role: 'director', establishment: '750000001' };
    // Admission on 10 April: "signed within one month" allows the whole of 10 May (Paris time).
    clock.set('2026-05-10T21:59:00Z'); // 23:59 in Paris, day 30
    expect(await runtime.tick()).toMatchObject([{ kind: 'reminder', deadlineId: 'contractSignature' }]);
    let task = (await runtime.tasks({ actor: director })).find(
      (t) => t.state === 'contractualisation.contract.awaitingSignature',
    );
    expect(task).toMatchObject({
      overdue: false,
      deadlines: [{ deadlineId: 'contractSignature', status: 'due-soon', dueAt: '2026-05-10T22:00:00Z' }],
    });
    clock.set('2026-05-11T08:00:00Z'); // day 31
    const fired = await runtime.tick();
    expect(fired).toEqual([
      {
        instanceId: id,
        fileId: 'file-1',
        kind: 'deadline',
        deadlineId: 'contractSignature',
        event: 'CONTRACT_SIGNATURE_OVERDUE',
        dueAt: '2026-05-10T22:00:00Z',
        handled: true,
      },
    ]);
    task = (await runtime.tasks({ actor: director })).find(
      (t) => t.state === 'contractualisation.contract.awaitingSignature',
    );
    expect(task).toMatchObject({
      overdue: true,
      title: { en: 'Have the contract signed' },
      form: 'contract-signature@1.0.0',
    });
    expect(await runtime.due({ establishment: '750000001', role: 'director' })).toMatchObject([
      { deadlineId: 'contractSignature', status: 'overdue' },
    ]);
    expect(await runtime.due({ establishment: '750000001', role: 'nurse' })).toEqual([]);
    const inst = await runtime.get(ctxFor('director'), id);
    expect(inst.ok && (inst.instance.snapshot.context as Loose).contract.signatureOverdue).toBe(true);
    expect(notes.map((n) => [n.kind, n.message.en])).toEqual([
      ['notify', 'New entry: prepare the welcome'],
      ['reminder', 'Contract signed within one month'],
      ['notify', 'Contract not signed within one month'],
    ]);
    // Firing is durable: a second tick fires nothing again.
    expect(await runtime.tick()).toEqual([]);
  });

  it('the 8-day personne de confiance information deadline is cancelled by a designation', async () => {
    const { runtime, clock, id } = await admittedAwaitingSignature();
    const plan = await runtime.send(ctxFor('secretariat'), id, {
      type: 'PLAN_CONTRACT_INTERVIEW',
      payload: { date: '2026-04-30' },
    });
    expect(
      plan.ok && plan.instance.deadlines.find((d) => d.deadlineId === 'trustedPersonInformation')?.dueAt,
    ).toBe('2026-04-22T22:00:00Z');
    const designated = await runtime.send(ctxFor('person', 'file-1'), id, {
      type: 'TRUSTED_PERSON_DESIGNATED',
      payload: { name: 'Jeanne Martin' },
    });
    expect(designated.ok && designated.instance.states).toContain('contractualisation.trustedPerson.done');
    expect(designated.ok && designated.instance.deadlines.map((d) => d.deadlineId)).toEqual([
      'contractSignature',
    ]);
    clock.set('2026-04-25T08:00:00Z');
    expect(await runtime.tick()).toEqual([]);
  });

  it('without a designation, the information deadline falls due 8 days before the interview', async () => {
    const { runtime, clock, id } = await admittedAwaitingSignature();
    await runtime.send(ctxFor('secretariat'), id, {
      type: 'PLAN_CONTRACT_INTERVIEW',
      payload: { date: '2026-04-30' },
    });
    clock.set('2026-04-23T06:00:00Z');
    expect((await runtime.tick()).map((f) => f.deadlineId)).toEqual(['trustedPersonInformation']);
    const due = await runtime.due({ fileId: 'file-1' });
    expect(due.map((d) => [d.deadlineId, d.status])).toEqual([['trustedPersonInformation', 'overdue']]);
  });

  it('cancelWhen drops an armed deadline as soon as its condition holds, without leaving the state', async () => {
    const def = tinyWorkflow();
    def.states.review.deadlines![0].cancelWhen = {
      scope: '#/properties/context/properties/waived',
      schema: { const: true },
    };
    def.events.WAIVE = { title: { fr: 'Dispenser', en: 'Waive' }, roles: ['director'] };
    def.states.review.on!.WAIVE = { actions: [{ type: 'record', params: { path: '/waived', value: true } }] };
    const runtime = createWorkflowRuntime({
      store: createMemoryStore(),
      registry: { definitions: [def] },
      clock: () => new Date('2026-03-01T10:00:00Z'),
    });
    const s = await runtime.start(ctxFor('secretariat'), { definition: 'tiny@1.0.0', fileId: 'f' });
    const id = s.ok ? s.instance.id : '';
    const r = await runtime.send(ctxFor('secretariat'), id, {
      type: 'SUBMIT',
      payload: { reason: 'because' },
    });
    expect(r.ok && r.instance.deadlines.map((d) => d.dueAt)).toEqual(['2026-03-11T23:00:00Z']);
    const w = await runtime.send(ctxFor('director'), id, { type: 'WAIVE' });
    expect(w.ok && w.instance.states).toEqual(['review']);
    expect(w.ok && w.instance.deadlines).toEqual([]);
  });

  it('counts calendar days in Europe/Paris across daylight-saving changes and stores UTC', () => {
    const d = (s: string) => (resolveDuration(s) as { duration: never }).duration;
    // Date anchors: due at the start of the day after the last allowed day, Paris time.
    expect(dueInstant('2026-03-20', d('P15D'), 'after')).toBe('2026-04-04T22:00:00Z'); // across the spring change
    expect(dueInstant('2026-01-31', d('P1M'), 'after')).toBe('2026-02-28T23:00:00Z'); // 31 Jan + 1 month = 28 Feb
    expect(dueInstant('2026-10-20', d('P15D'), 'after')).toBe('2026-11-04T23:00:00Z'); // across the autumn change
    expect(dueInstant('2026-04-30', d('P8D'), 'before')).toBe('2026-04-22T22:00:00Z');
    // Instant anchors keep the wall-clock time: 10:00 Paris stays 10:00 Paris.
    expect(dueInstant('2026-03-15T09:00:00Z', d('P15D'), 'after')).toBe('2026-03-30T08:00:00Z');
    expect(dueInstant('2026-03-15T09:00:00Z', d('P1Y'), 'after')).toBe('2027-03-15T09:00:00Z');
  });

  it('a deadline fires the transition it names (discharge notice, counted from the confirmation date)', async () => {
    const clock = manualClock('2026-06-01T08:00:00Z');
    const runtime = createWorkflowRuntime({
      store: createMemoryStore(),
      registry: standardWorkflowFiles,
      clock: clock.now,
    });
    const s = await runtime.start(ctxFor('director'), { definition: 'discharge@1.0.0', fileId: 'file-9' });
    const id = s.ok ? s.instance.id : '';
    const r = await runtime.send(ctxFor('director'), id, {
      type: 'CONFIRM_EXIT',
      payload: { reason: 'return-home', plannedExitDate: '2026-07-01' },
    });
    expect(r.ok && r.instance.deadlines.map((x) => [x.deadlineId, x.dueAt])).toEqual([
      ['notice', '2026-07-01T22:00:00Z'],
    ]);
    // The scheduler runs three days late (a server down over a weekend): the notice still ended on
    // its last day, 1 June + 1 month = 1 July, not on the day the engine noticed.
    clock.set('2026-07-05T06:00:00Z');
    expect((await runtime.tick()).map((f) => [f.deadlineId, f.handled])).toEqual([['notice', true]]);
    const inst = await runtime.get(ctxFor('director'), id);
    expect(inst.ok && inst.instance.states).toEqual(['ongoing.effectiveExit']);
    expect(inst.ok && inst.instance.snapshot.context).toMatchObject({
      noticeStartedOn: '2026-06-01',
      noticeEndedOn: '2026-07-01',
    });
  });
});

describe('the payload of a deadline event', () => {
  it('names the last day of the period in Paris time, whatever the clock when it is sent', () => {
    // A date-anchored deadline falls due at the next Paris midnight: the period's last day is the day before.
    expect(deadlineEventPayload('withdrawalPeriod', '2026-05-05T22:00:00Z')).toEqual({
      deadline: 'withdrawalPeriod',
      dueAt: '2026-05-05T22:00:00Z',
      lastDay: '2026-05-05', // CEST: 6 May 00:00 in Paris
    });
    expect(deadlineEventPayload('archiving', '2026-12-10T23:00:00Z').lastDay).toBe('2026-12-10'); // CET
    // An instant-anchored one (`entered`) ends on the day of its due instant.
    expect(deadlineEventPayload('x', '2026-03-05T09:30:00Z').lastDay).toBe('2026-03-05');
    const payload = deadlineEventPayload('notice', '2026-07-01T22:00:00Z');
    expect(validatePayload({ ...DEADLINE_EVENT_PAYLOAD_SCHEMA }, payload)).toEqual([]);
  });
});
