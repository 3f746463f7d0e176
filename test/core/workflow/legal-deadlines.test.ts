/**
 * Every legal deadline of the shipped workflows fires in time travel, per workflow and per variant
 * that uses it: nothing the day before, nothing at 23:59 Paris on the last allowed day, then the
 * day after the deadline fires once (overdue task, notification) and never again. Every expected
 * date is a literal computed by hand from the text named in the test, never read from the files.
 */
import { describe, expect, it } from 'vitest';
import { DISCRIMINANT_VARIABLES } from '@duikit/core';
import { dueOf, enter, firesOnce, legalRuntime, proposedPlan, type LegalRuntime } from './legal-fixtures.js';

const ADMISSIONS = [
  'admission@1.0.0',
  'admission-ehpad@1.0.0',
  'admission-ime@1.0.0',
  'admission-mas@1.0.0',
  'admission-ssiad@1.0.0',
];

describe('admission: contract or DIPC handed over within 15 days of admission (CASF D311)', () => {
  it.each(ADMISSIONS)('%s: admitted 10 April, last day 25 April', async (definition) => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, definition);
    await firesOnce(rt, {
      id,
      deadlineId: 'contractHandover',
      dueAt: '2026-04-25T22:00:00Z', // 10 April + 15 days = 25 April; due 26 April 00:00 CEST
      dayBefore: '2026-04-24T10:00:00Z',
      lastMinute: '2026-04-25T21:59:00Z',
      dayAfter: '2026-04-26T07:00:00Z',
      overdueTask: { state: 'contractualisation.contract.handover', role: 'director' },
      notification: 'Contract not handed over within 15 days',
    });
  });
});

describe('admission: residence contract signed within the month after admission (CASF D311)', () => {
  it.each(ADMISSIONS.filter((d) => !d.includes('ssiad')))(
    '%s: admitted 10 April, last day 10 May',
    async (definition) => {
      const rt = legalRuntime('2026-04-01T08:00:00Z');
      const id = await enter(rt, definition);
      rt.clock.set('2026-04-12T08:00:00Z');
      await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
      await firesOnce(rt, {
        id,
        deadlineId: 'contractSignature',
        dueAt: '2026-05-10T22:00:00Z', // 10 April + 1 month = 10 May; due 11 May 00:00 CEST
        dayBefore: '2026-05-09T10:00:00Z',
        lastMinute: '2026-05-10T21:59:00Z',
        dayAfter: '2026-05-11T07:00:00Z',
        overdueTask: { state: 'contractualisation.contract.awaitingSignature', role: 'director' },
        notification: 'Contract not signed within one month',
      });
    },
  );

  it('admission-ssiad: support at home gets a DIPC, which has no one-month signature deadline', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ssiad@1.0.0');
    const inst = await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
    expect(inst.snapshot.context).toMatchObject({ contract: { documentType: 'dipc' } });
    expect(dueOf(inst, 'contractSignature')).toBeUndefined();
  });
});

describe('admission: trusted person information at least 8 days before the interview (CASF D311-0-4)', () => {
  it.each(ADMISSIONS)('%s: interview on 30 April, last day to inform 22 April', async (definition) => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, definition);
    await rt.send(id, 'secretariat', 'PLAN_CONTRACT_INTERVIEW', { date: '2026-04-30' });
    await firesOnce(rt, {
      id,
      deadlineId: 'trustedPersonInformation',
      dueAt: '2026-04-22T22:00:00Z', // 30 April − 8 days = 22 April; due 23 April 00:00 CEST
      dayBefore: '2026-04-21T10:00:00Z',
      lastMinute: '2026-04-22T21:59:00Z',
      dayAfter: '2026-04-23T06:00:00Z',
      overdueTask: { state: 'contractualisation.trustedPerson.information', role: 'director' },
      notification: 'Trusted person information not given 8 days before the interview',
    });
  });

  it('admission-ime: nothing is due for a minor (L311-5-1 addresses adults), due for a Creton young adult', async () => {
    const minor = legalRuntime('2026-04-01T08:00:00Z', {
      person: { ins: { birthDate: '2012-05-01' } },
      rights: {
        mdph: {
          decisions: [
            { kind: 'attribution', category: '183', openingDate: '2026-01-01', expiryDate: '2030-12-31' },
          ],
        },
      },
    });
    const id = await enter(minor, 'admission-ime@1.0.0');
    const inst = await minor.send(id, 'secretariat', 'PLAN_CONTRACT_INTERVIEW', { date: '2026-04-30' });
    expect(inst.states).toContain('contractualisation.trustedPerson.done');
    expect(inst.snapshot.context).toMatchObject({ trustedPerson: { notApplicable: 'minor' } });
    expect(dueOf(inst, 'trustedPersonInformation')).toBeUndefined();

    // 18 on 15 January 2026: an adult on 10 April 2026.
    const creton = legalRuntime('2026-04-01T08:00:00Z', {
      person: { ins: { birthDate: '2008-01-15' } },
      rights: {
        mdph: {
          decisions: [
            { kind: 'attribution', category: '183', openingDate: '2026-01-01', expiryDate: '2030-12-31' },
          ],
        },
      },
    });
    const id2 = await enter(creton, 'admission-ime@1.0.0');
    const adult = await creton.send(id2, 'secretariat', 'PLAN_CONTRACT_INTERVIEW', { date: '2026-04-30' });
    expect(dueOf(adult, 'trustedPersonInformation')).toBe('2026-04-22T22:00:00Z');
  });

  it('an exemption of D311-0-4 (already informed by another establishment) ends the step without a deadline', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ehpad@1.0.0');
    await rt.send(id, 'secretariat', 'PLAN_CONTRACT_INTERVIEW', { date: '2026-04-30' });
    const inst = await rt.send(id, 'director', 'TRUSTED_PERSON_ALREADY_INFORMED', {
      exemption: 'other-essms',
    });
    expect(inst.states).toContain('contractualisation.trustedPerson.done');
    expect(dueOf(inst, 'trustedPersonInformation')).toBeUndefined();
    rt.clock.set('2026-04-23T06:00:00Z');
    expect((await rt.runtime.tick()).filter((f) => f.kind === 'deadline')).toEqual([]);
  });
});

describe('admission-ehpad: 15-day right of withdrawal from the later of signature and admission (CASF L311-4-1 II)', () => {
  it('signed 20 April after admission on 10 April: last day 5 May', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ehpad@1.0.0');
    await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
    rt.clock.set('2026-04-20T08:00:00Z');
    await rt.send(id, 'director', 'SIGN_CONTRACT', {
      signedOn: '2026-04-20',
      signatories: ['person', 'director'],
    });
    await firesOnce(rt, {
      id,
      deadlineId: 'withdrawalPeriod',
      dueAt: '2026-05-05T22:00:00Z', // 20 April + 15 days = 5 May; due 6 May 00:00 CEST
      dayBefore: '2026-05-04T10:00:00Z',
      lastMinute: '2026-05-05T21:59:00Z',
      dayAfter: '2026-05-06T06:00:00Z',
      notification: 'End of the 15-day withdrawal period: the contract can no longer be withdrawn',
    });
    const inst = await rt.get(id);
    expect(inst.states).toContain('contractualisation.withdrawal.closed');
    const late = await rt.runtime.send(
      { actor: { professionalId: 'p', role: 'person', establishment: '750000001' }, purpose: 'test' },
      id,
      { type: 'WITHDRAW_CONTRACT', payload: { receivedOn: '2026-05-06' } },
    );
    expect(late).toMatchObject({ ok: false, reason: { code: 'wrong-state' } });
  });

  it('signed 8 April, before the admission on 10 April: the period runs from the admission (last day 25 April)', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ehpad@1.0.0');
    await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
    const inst = await rt.send(id, 'director', 'SIGN_CONTRACT', {
      signedOn: '2026-04-08',
      signatories: ['legal-representative', 'director'],
    });
    expect(dueOf(inst, 'withdrawalPeriod')).toBe('2026-04-25T22:00:00Z');
  });

  it('withdrawal is accepted whatever else is pending: trusted person, welcome documents, even the signature', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ehpad@1.0.0');
    rt.clock.set('2026-04-12T08:00:00Z');
    const inst = await rt.send(id, 'secretariat', 'WITHDRAW_CONTRACT', { receivedOn: '2026-04-12' });
    expect(inst).toMatchObject({ status: 'done', outcome: 'withdrawn' });
    expect(inst.snapshot.context).toMatchObject({ withdrawnAt: '2026-04-12' });
    expect(rt.notes.map((n) => n.message.en)).toContain(
      'Withdrawal: end the stay and bill only the days of actual stay',
    );
  });

  it('withdrawal at 23:59 Paris on the last day is accepted', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ehpad@1.0.0');
    await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
    await rt.send(id, 'director', 'SIGN_CONTRACT', {
      signedOn: '2026-04-20',
      signatories: ['person', 'director'],
    });
    rt.clock.set('2026-05-05T21:59:00Z');
    await rt.runtime.tick();
    const inst = await rt.send(id, 'person', 'WITHDRAW_CONTRACT', { receivedOn: '2026-05-05' });
    expect(inst.outcome).toBe('withdrawn');
  });

  it.each(ADMISSIONS.filter((d) => !d.includes('ehpad')))(
    '%s: no withdrawal period (the region closes at entry)',
    async (definition) => {
      const rt = legalRuntime('2026-04-01T08:00:00Z');
      const id = await enter(rt, definition);
      const inst = await rt.get(id);
      expect(inst.states).toContain('contractualisation.withdrawal.closed');
      expect(dueOf(inst, 'withdrawalPeriod')).toBeUndefined();
    },
  );
});

describe('support plan: objectives amendment within 6 months of admission, once (CASF D311)', () => {
  it('admitted 10 April 2026: last day 10 October 2026', async () => {
    const rt = legalRuntime('2026-04-10T08:00:00Z');
    const r = await rt.runtime.start(
      { actor: { professionalId: 'd', role: 'director', establishment: '750000001' }, purpose: 'test' },
      { definition: 'support-plan@1.0.0', fileId: 'file-1', data: { admissionDate: '2026-04-10' } },
    );
    if (!r.ok) throw new Error(r.reason.message);
    await firesOnce(rt, {
      id: r.instance.id,
      deadlineId: 'objectivesAmendment',
      dueAt: '2026-10-10T22:00:00Z', // 10 April + 6 months = 10 October; due 11 October 00:00 CEST
      dayBefore: '2026-10-09T10:00:00Z',
      lastMinute: '2026-10-10T21:59:00Z',
      dayAfter: '2026-10-11T06:00:00Z',
      overdueTask: { state: 'plan.elaboration.expectations', role: 'educator' },
      notification: 'Objectives amendment not made within 6 months of admission',
    });
  });

  it('the entry of the admission starts the plan with the admission date', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    await enter(rt, 'admission-ehpad@1.0.0');
    const [plan] = await rt.runtime.list({ fileId: 'file-1', definition: 'support-plan@1.0.0' });
    expect(dueOf(plan, 'objectivesAmendment')).toBe('2026-10-10T22:00:00Z');
  });
});

/** A plan agreed on 15 June 2026 by the person, signing. */
async function agreedPlan(rt: LegalRuntime) {
  const id = await proposedPlan(rt);
  await rt.send(id, 'person', 'AGREE', { party: 'person', on: '2026-06-15', method: 'signature' });
  return id;
}

describe('support plan: review at least every 12 months (CASF D311)', () => {
  it('agreed 15 June 2026: last day 15 June 2027, the review task is then overdue', async () => {
    const rt = legalRuntime('2026-05-01T08:00:00Z');
    const id = await agreedPlan(rt);
    await firesOnce(rt, {
      id,
      deadlineId: 'periodicReview',
      dueAt: '2027-06-15T22:00:00Z', // 15 June 2026 + 12 months; due 16 June 2027 00:00 CEST
      dayBefore: '2027-06-14T10:00:00Z',
      lastMinute: '2027-06-15T21:59:00Z',
      dayAfter: '2027-06-16T06:00:00Z',
      overdueTask: { state: 'plan.review', role: 'educator' },
      notification: 'Yearly support plan review due',
    });
  });

  it('keeps running while a revision sits in elaboration: reviewed 20 May 2027, last day 20 May 2028', async () => {
    const rt = legalRuntime('2026-05-01T08:00:00Z');
    const id = await agreedPlan(rt);
    rt.clock.set('2027-05-20T08:00:00Z');
    await rt.send(id, 'educator', 'REQUEST_REVIEW', { reason: 'change-of-situation' });
    const inst = await rt.send(id, 'educator', 'COMPLETE_REVIEW', {
      kind: 'intermediate',
      reviewedOn: '2027-05-20',
      summary: 'Nouvel objectif à construire',
      revise: true,
    });
    expect(inst.states).toEqual(['plan.elaboration.coConstruction']);
    // The 6-month amendment applies once, after admission: a revision does not re-arm it.
    expect(dueOf(inst, 'objectivesAmendment')).toBeUndefined();
    await firesOnce(rt, {
      id,
      deadlineId: 'periodicReview',
      dueAt: '2028-05-20T22:00:00Z', // 20 May 2027 + 12 months; due 21 May 2028 00:00 CEST
      dayBefore: '2028-05-19T10:00:00Z',
      lastMinute: '2028-05-20T21:59:00Z',
      dayAfter: '2028-05-21T06:00:00Z',
      overdueTask: { state: 'plan.elaboration.coConstruction', role: 'educator' },
      notification: 'Yearly support plan review due',
    });
    expect((await rt.get(id)).states).toEqual(['plan.elaboration.coConstruction']);
    expect(rt.notes.filter((n) => n.message.en.startsWith('Objectives amendment'))).toEqual([]);
  });

  it('counts from the day the review was held, not the day it was typed in: held 20 May 2027, recorded 27 May', async () => {
    const rt = legalRuntime('2026-05-01T08:00:00Z');
    const id = await agreedPlan(rt);
    rt.clock.set('2027-05-20T08:00:00Z');
    await rt.send(id, 'educator', 'REQUEST_REVIEW', { reason: 'person-request' });
    rt.clock.set('2027-05-27T08:00:00Z');
    const inst = await rt.send(id, 'educator', 'COMPLETE_REVIEW', {
      kind: 'intermediate',
      reviewedOn: '2027-05-20',
      summary: 'Objectifs tenus',
      revise: false,
    });
    expect(inst.states).toEqual(['plan.inProgress']);
    // 20 May 2027 + 12 months = 20 May 2028; due 21 May 2028 00:00 CEST.
    expect(dueOf(inst, 'periodicReview')).toBe('2028-05-20T22:00:00Z');
  });
});

/** Starts an assessment, performs it on 15 April 2026 (10:00 Paris) as a nurse. */
async function performed(rt: LegalRuntime, definition: string, payload: Record<string, unknown>) {
  const id = await rt.start(definition);
  await rt.send(id, 'nurse', 'START_ASSESSMENT');
  rt.clock.set('2026-04-15T08:00:00Z');
  return { id, inst: await rt.send(id, 'nurse', 'SUBMIT_ASSESSMENT', payload) };
}

const GIR6_FILE = {
  assessments: [
    {
      id: 'EVAL-1',
      type: 'aggir',
      aggir: {
        discriminant: Object.fromEntries(DISCRIMINANT_VARIABLES.map((v) => [v, { result: 'A' }])),
        result: { gir: 6, group: 'H', rank: 13, score: 0 },
      },
    },
  ],
};

describe('assessment: periodic re-evaluation', () => {
  it('assessment (generic, configurable [K] period P1Y): performed 15 April 2026, last day 15 April 2027', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const { id } = await performed(rt, 'assessment@1.0.0', { kind: 'other', performedOn: '2026-04-15' });
    await firesOnce(rt, {
      id,
      deadlineId: 'reevaluation',
      dueAt: '2027-04-15T22:00:00Z', // 15 April 2026 + 1 year; due 16 April 2027 00:00 CEST
      dayBefore: '2027-04-14T10:00:00Z',
      lastMinute: '2027-04-15T21:59:00Z',
      dayAfter: '2027-04-16T06:00:00Z',
      overdueTask: { state: 'validated', role: 'head-nurse' },
      notification: 'Re-evaluation to plan',
    });
  });

  it('assessment-ehpad: GIR validated by the coordinating physician on 15 April 2026 (D312-158), re-evaluated yearly (arrêté 26 April 1999)', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z', GIR6_FILE);
    const { id, inst } = await performed(rt, 'assessment-ehpad@1.0.0', {
      kind: 'aggir',
      performedOn: '2026-04-15',
      assessmentId: 'EVAL-1',
    });
    expect(inst.states).toEqual(['toValidate']);
    expect(dueOf(inst, 'reevaluation')).toBeUndefined(); // not before the validation
    const nurse = await rt.runtime.send(
      { actor: { professionalId: 'n', role: 'nurse', establishment: '750000001' }, purpose: 'test' },
      id,
      { type: 'VALIDATE' },
    );
    expect(nurse).toMatchObject({ ok: false, reason: { code: 'role' } });
    const validated = await rt.send(id, 'coordinating-physician', 'VALIDATE');
    expect(validated.snapshot.context).toMatchObject({ validatedAt: '2026-04-15', result: { gir: 6 } });
    await firesOnce(rt, {
      id,
      deadlineId: 'reevaluation',
      dueAt: '2027-04-15T22:00:00Z',
      dayBefore: '2027-04-14T10:00:00Z',
      lastMinute: '2027-04-15T21:59:00Z',
      dayAfter: '2027-04-16T06:00:00Z',
      overdueTask: { state: 'validated', role: 'coordinating-physician' },
      notification: 'Re-evaluation to plan',
    });
  });
});

describe('discharge: notice and archiving delays ([K] CASF L311-4-1 III–V, CNIL 2023-095: configurable)', () => {
  it('notice confirmed 1 June 2026 (P1M): last day 1 July, then the exit is to be recorded', async () => {
    const rt = legalRuntime('2026-06-01T08:00:00Z');
    const id = await rt.start('discharge@1.0.0');
    await rt.send(id, 'director', 'CONFIRM_EXIT', { reason: 'return-home', plannedExitDate: '2026-07-01' });
    await firesOnce(rt, {
      id,
      deadlineId: 'notice',
      dueAt: '2026-07-01T22:00:00Z', // 1 June + 1 month = 1 July; due 2 July 00:00 CEST
      dayBefore: '2026-06-30T10:00:00Z',
      lastMinute: '2026-07-01T21:59:00Z',
      dayAfter: '2026-07-02T06:00:00Z',
      notification: 'End of the notice: record the effective exit',
    });
    expect((await rt.get(id)).states).toEqual(['ongoing.effectiveExit']);
  });

  it('file closed 2 July 2026 (P1M): last day 2 August, the archiving task is then overdue', async () => {
    const rt = legalRuntime('2026-06-01T08:00:00Z');
    const id = await rt.start('discharge@1.0.0');
    await rt.send(id, 'director', 'CONFIRM_EXIT', { reason: 'return-home', plannedExitDate: '2026-06-10' });
    await rt.send(id, 'director', 'EXIT_NOW', { reason: 'Retour anticipé' });
    rt.clock.set('2026-07-02T08:00:00Z');
    await rt.send(id, 'director', 'RECORD_EXIT', {
      exitDate: '2026-07-02',
      exitMode: '8',
      destination: 'domicile',
    });
    await firesOnce(rt, {
      id,
      deadlineId: 'archiving',
      dueAt: '2026-08-02T22:00:00Z', // 2 July + 1 month = 2 August; due 3 August 00:00 CEST
      dayBefore: '2026-08-01T10:00:00Z',
      lastMinute: '2026-08-02T21:59:00Z',
      dayAfter: '2026-08-03T06:00:00Z',
      overdueTask: { state: 'closed', role: 'secretariat' },
      notification: 'Closed file to archive',
    });
  });

  it('after a death recorded on 10 November 2026 (CET): last day 10 December', async () => {
    const rt = legalRuntime('2026-11-10T08:00:00Z');
    const id = await rt.start('discharge@1.0.0');
    await rt.send(id, 'nurse', 'RECORD_DEATH');
    await rt.send(id, 'director', 'RECORD_DEATH_DETAILS', {
      dateTime: '2026-11-10T04:30:00Z',
      place: 'establishment',
    });
    await firesOnce(rt, {
      id,
      deadlineId: 'archiving',
      dueAt: '2026-12-10T23:00:00Z', // 10 November + 1 month = 10 December; due 11 December 00:00 CET
      dayBefore: '2026-12-09T10:00:00Z',
      lastMinute: '2026-12-10T22:59:00Z',
      dayAfter: '2026-12-11T07:00:00Z',
      overdueTask: { state: 'closed', role: 'director' },
      notification: 'Closed file to archive',
    });
  });
});
