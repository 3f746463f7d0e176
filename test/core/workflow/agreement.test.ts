/**
 * The support-plan agreement (CASF L311-3 3°: the person's consent, or their legal
 * representative's — parental authority over a minor, or a protection measure with
 * representation relating to the person; D311: the amendment is made with the person): who
 * agreed, when, how, or the recorded disagreement. The director records, never agrees alone.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementProblem,
  createEngine,
  createInProcessBackend,
  createMemoryStore,
  defaultAccessPolicy,
  standardWorkflowFiles,
  statusAfter,
  type CallContext,
} from '@duikit/core';
import { legalRuntime, proposedPlan } from './legal-fixtures.js';

const TODAY = '2026-06-15';
const ADULT = { person: { ins: { birthDate: '1950-02-01' } } };
const MINOR = { person: { ins: { birthDate: '2012-05-01' } } };
const measure = (kind: string, scope: string, extra = {}) => ({
  person: {
    ins: { birthDate: '1950-02-01' },
    legalProtection: [{ kind, scope, startDate: '2020-01-01', ...extra }],
  },
});
const rep = (mandate: string) => ({ name: 'Marc Dupont', mandate: mandate as 'tutelle' });

describe('agreementProblem (rules of law on the agreement)', () => {
  const check = (input: Parameters<typeof agreementProblem>[0], file: unknown = ADULT, role = 'director') =>
    agreementProblem(input, { role, file, today: TODAY })?.key;

  it('needs how the person agreed: signature, or oral before a named witness', () => {
    expect(check({ party: 'person', agreed: true })).toBe('law.agreement.methodRequired');
    expect(check({ party: 'person', agreed: true, method: 'signature' })).toBeUndefined();
    expect(check({ party: 'person', agreed: true, method: 'oral-witnessed' })).toBe(
      'law.agreement.witnessRequired',
    );
    expect(
      check({ party: 'person', agreed: true, method: 'oral-witnessed', witness: { name: 'Aline Roy' } }),
    ).toBeUndefined();
  });

  it('records a disagreement only with the opinion expressed', () => {
    expect(check({ party: 'person', agreed: false })).toBe('law.agreement.opinionRequired');
    expect(check({ party: 'person', agreed: false, opinion: 'Je veux rester chez moi' })).toBeUndefined();
  });

  it('each party agrees for itself: the person as person, the representative as representative', () => {
    expect(check({ party: 'legalRepresentative', agreed: true, method: 'signature' }, MINOR, 'person')).toBe(
      'law.agreement.partyRole',
    );
    expect(check({ party: 'person', agreed: true, method: 'signature' }, ADULT, 'legal-representative')).toBe(
      'law.agreement.partyRole',
    );
  });

  it('a representative agrees under parental authority (minor) or a measure with representation of the person', () => {
    const r = (mandate: string, file: unknown) =>
      check(
        { party: 'legalRepresentative', agreed: true, method: 'signature', representative: rep(mandate) },
        file,
      );
    expect(r('parentalAuthority', MINOR)).toBeUndefined();
    expect(r('parentalAuthority', ADULT)).toBe('law.agreement.mandate');
    expect(r('tutelle', measure('tutelle', 'person'))).toBeUndefined();
    expect(r('tutelle', measure('tutelle', 'both'))).toBeUndefined();
    // Tutelle over property only, an ended measure, and curatelle (assistance) do not represent the person.
    expect(r('tutelle', measure('tutelle', 'property'))).toBe('law.agreement.mandate');
    expect(r('tutelle', measure('tutelle', 'person', { endDate: '2026-01-31' }))).toBe(
      'law.agreement.mandate',
    );
    expect(r('curatelle', measure('curatelle', 'both'))).toBe('law.agreement.mandate');
    expect(r('habilitationFamiliale', measure('habilitationFamiliale', 'person'))).toBeUndefined();
    expect(
      check(
        { party: 'legalRepresentative', agreed: true, method: 'signature' },
        measure('tutelle', 'person'),
      ),
    ).toBe('law.agreement.representativeName');
  });

  it('the establishment signing alone never makes the plan agreed; the person’s latest word decides', () => {
    expect(statusAfter([{ party: 'establishment', decision: 'agrees' }])).toBeUndefined();
    expect(
      statusAfter([
        { party: 'person', decision: 'agrees' },
        { party: 'establishment', decision: 'agrees' },
      ]),
    ).toBe('agreed');
    expect(
      statusAfter([
        { party: 'person', decision: 'agrees' },
        { party: 'person', decision: 'refuses' },
      ]),
    ).toBe('disagreed');
  });
});

/** A support-plan instance brought to `proposed`, with the user file guards read. */
async function proposed(file: unknown) {
  const rt = legalRuntime('2026-05-01T08:00:00Z', file);
  return { rt, id: await proposedPlan(rt) };
}

describe('support-plan workflow: AGREE carries the person’s agreement', () => {
  it('refuses an AGREE without who, when and how', async () => {
    const { rt, id } = await proposed(ADULT);
    const bare = await rt.runtime.send(
      { actor: { professionalId: 'd', role: 'director', establishment: '750000001' }, purpose: 't' },
      id,
      { type: 'AGREE' },
    );
    expect(bare).toMatchObject({ ok: false, reason: { code: 'invalid-payload' } });
    const noWitness = await rt.runtime.send(
      { actor: { professionalId: 'd', role: 'director', establishment: '750000001' }, purpose: 't' },
      id,
      { type: 'AGREE', payload: { party: 'person', on: TODAY, method: 'oral-witnessed' } },
    );
    expect(noWitness).toMatchObject({ ok: false, reason: { code: 'invalid-payload' } });
  });

  it('the director records the person’s signed agreement; the plan is then in progress', async () => {
    const { rt, id } = await proposed(ADULT);
    const inst = await rt.send(id, 'director', 'AGREE', { party: 'person', on: TODAY, method: 'signature' });
    expect(inst.states).toEqual(['plan.inProgress']);
    expect(inst.snapshot.context).toMatchObject({
      agreedAt: TODAY,
      agreement: { party: 'person', on: TODAY, method: 'signature' },
      agreements: [{ value: { party: 'person', method: 'signature' }, by: 'director:pro-director' }],
    });
  });

  it('a nurse or an educator may not record it (no signature right on the plan)', async () => {
    const { rt, id } = await proposed(ADULT);
    for (const role of ['educator', 'nurse', 'psychologist']) {
      const r = await rt.runtime.send(
        { actor: { professionalId: role, role, establishment: '750000001' }, purpose: 't' },
        id,
        { type: 'AGREE', payload: { party: 'person', on: TODAY, method: 'signature' } },
      );
      expect([role, r.ok || r.reason.code]).toEqual([role, 'role']);
    }
  });

  it('a legal representative agrees under a tutelle recorded in the file, not under a curatelle', async () => {
    const payload = {
      party: 'legalRepresentative',
      on: TODAY,
      method: 'signature',
      representativeName: 'UDAF 75',
      mandate: { kind: 'tutelle', reference: 'RG 22/01234' },
    };
    const cur = await proposed(measure('curatelle', 'both'));
    const refused = await cur.rt.runtime.send(
      {
        actor: { professionalId: 'r', role: 'legal-representative', establishment: '750000001' },
        purpose: 't',
      },
      cur.id,
      { type: 'AGREE', payload: { ...payload, mandate: { kind: 'tutelle' } } },
    );
    expect(refused).toMatchObject({ ok: false, reason: { code: 'guard' } });
    expect(!refused.ok && refused.reason.message).toContain('L311-3');
    const tut = await proposed(measure('tutelle', 'person'));
    const ok = await tut.rt.send(tut.id, 'legal-representative', 'AGREE', payload);
    expect(ok.states).toEqual(['plan.inProgress']);
  });

  it('a disagreement is recorded with its opinion; implementing then is flagged as not agreed', async () => {
    const { rt, id } = await proposed(ADULT);
    const d = await rt.send(id, 'person', 'DISAGREE', {
      party: 'person',
      on: TODAY,
      opinion: 'Pas le samedi',
    });
    expect(d.states).toEqual(['plan.elaboration.disagreement']);
    const imp = await rt.send(id, 'director', 'IMPLEMENT_DESPITE_DISAGREEMENT');
    expect(imp.states).toEqual(['plan.inProgress']);
    expect(imp.snapshot.context).toMatchObject({ implementedDespiteDisagreement: true });
    expect((imp.snapshot.context as { agreedAt?: string }).agreedAt).toBeUndefined();
  });
});

describe('recording the agreement through the engine moves the workflow and signs the stored plan', () => {
  it('the person’s agreement, recorded by the director, makes the plan agreed; the structure alone does not', async () => {
    const clock = { now: new Date('2026-06-15T09:00:00Z') };
    const engine = await createEngine({
      store: createMemoryStore(),
      policy: defaultAccessPolicy,
      clock: () => clock.now,
      mode: 'test',
      workflows: [standardWorkflowFiles],
    });
    const dir: CallContext = {
      actor: { professionalId: 'pro-dir', role: 'director', establishment: '750000001', name: 'P. Garnier' },
      purpose: 'care',
    };
    const edu: CallContext = {
      actor: { professionalId: 'pro-edu', role: 'educator', establishment: '750000001' },
      purpose: 'care',
    };
    const made = await engine.createUserFile(
      dir,
      {
        person: {
          id: 'U-1',
          ins: {
            birthName: 'FICTIVE',
            birthFirstNames: ['Jeanne'],
            birthDate: '1940-05-14',
            sex: 'F',
            birthPlace: { code: '75114' },
          },
          identityStatus: 'PROV',
        },
      },
      { id: 'uf-1' },
    );
    if (!made.ok) throw new Error(made.error.message);
    await engine.addCareTeamMember(dir, 'uf-1', { professionalId: 'pro-edu', role: 'educator' });
    const plan = await createInProcessBackend(engine, edu, { clock: () => clock.now }).saveSupportPlan(
      'uf-1',
      {
        expectations: [],
        needs: [],
        objectives: [{ id: 'o1', title: 'Marché', needCodes: [], actions: [] }],
        reviews: [],
      },
      null,
    );
    if (!plan.ok) throw new Error(plan.error.message);
    const wf = engine.workflows!;
    const started = await wf.start(dir, {
      definition: 'support-plan@1.0.0',
      fileId: 'uf-1',
      data: { admissionDate: '2026-04-10' },
    });
    if (!started.ok) throw new Error(started.reason.message);
    const id = started.instance.id;
    for (const [type, payload] of [
      [
        'RECORD_EXPECTATIONS',
        { expectations: [{ text: 'Marché', origin: 'person' }], collectedOn: '2026-05-02' },
      ],
      ['ANALYSE_NEEDS', { needs: ['1.3.4.1'] }],
      ['PROPOSE', { objectives: [{ domain: 'vie sociale', text: 'Marché le samedi' }] }],
    ] as const) {
      const r = await wf.send(edu, id, { type, payload });
      if (!r.ok) throw new Error(r.reason.message);
    }
    const b = createInProcessBackend(engine, dir, { clock: () => clock.now });
    const structure = await b.agreeSupportPlan('uf-1', 1, { party: 'structure', agreed: true });
    expect(structure.ok && structure.value.status).toBe('draft');
    const noHow = await b.agreeSupportPlan('uf-1', 1, { party: 'person', agreed: true });
    expect(noHow).toMatchObject({ ok: false, error: { code: 'invalid', path: '/method' } });
    const person = await b.agreeSupportPlan('uf-1', 1, {
      party: 'person',
      agreed: true,
      method: 'oral-witnessed',
      witness: { name: 'Aline Roy', role: 'aide-soignante' },
    });
    if (!person.ok) throw new Error(person.error.message);
    expect(person.value.status).toBe('agreed');
    expect(person.value.agreements.map((a) => [a.party, a.agreed, a.method ?? null])).toEqual([
      ['structure', true, null],
      ['person', true, 'oral-witnessed'],
    ]);
    const inst = await wf.get(dir, id);
    expect(inst.ok && inst.instance.states).toEqual(['plan.inProgress']);
    expect(inst.ok && inst.instance.snapshot.context).toMatchObject({
      agreement: { party: 'person', method: 'oral-witnessed', witness: { name: 'Aline Roy' } },
    });
    await engine.close();
  });
});
