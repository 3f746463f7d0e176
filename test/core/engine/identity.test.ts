/**
 * Identity vigilance as the RNIV sets it, through the engine with schema validation on and
 * matricules whose key is right (97 − the 13 digits mod 97, computed by hand in each comment).
 */
import { describe, expect, it } from 'vitest';
import {
  applyIdentityChange,
  createEngine,
  createMemoryStore,
  defaultAccessPolicy,
  defaultIdentityVigilance,
  type EngineOptions,
} from '@duikit/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, testClock, value } from './fixtures.js';

const traits = {
  birthName: 'MARTIN',
  birthFirstNames: ['Jeanne'],
  birthDate: '1941-05-12',
  sex: 'F',
  birthPlace: { code: '75056' },
};
// 2 41 05 75 056 123: woman, born 1941, May, Paris; 97 − (2410575056123 mod 97) = 60.
const ins = { ...traits, matricule: '241057505612360', oid: '1.2.250.1.213.1.4.8' };

async function withFile(
  opts: Partial<EngineOptions> = {},
  person: Record<string, unknown> = { ins: traits },
) {
  const clock = testClock();
  const engine = await createEngine({
    store: createMemoryStore(clock.now),
    policy: defaultAccessPolicy,
    clock: clock.now,
    mode: 'production',
    ...opts,
  });
  const r = await engine.createUserFile(
    as('secretariat'),
    { person: { id: 'p', identityStatus: 'PROV', ...person } },
    { id: 'f' },
  );
  if (!r.ok) throw new Error(r.error.message + JSON.stringify(r.error.details));
  return { engine, version: r.value.version };
}

type Hist = { status: string; evidence?: string; changedTraits?: string[]; by: { id: string } }[];
const historyOf = (r: { ok: boolean; value?: { file: { person?: unknown } } }) =>
  (r.value!.file.person as { identityHistory: Hist }).identityHistory;

async function qualified() {
  const f = await withFile();
  const r = await f.engine.updateIdentity(
    as('secretariat'),
    'f',
    { ins, identityStatus: 'QUAL' },
    { expectedVersion: f.version, evidence: ['insiService', 'identityCard'] },
  );
  if (!r.ok) throw new Error(r.error.message);
  return { engine: f.engine, version: r.value.version };
}

describe('identity vigilance (RNIV)', () => {
  it('writes the INS only with all five traits, naming the missing trait', async () => {
    const { engine, version } = await withFile();
    const { birthPlace: _bp, ...four } = ins;
    const r = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins: four, identityStatus: 'RECUP' },
      { expectedVersion: version, evidence: 'insiService' },
    );
    expect(!r.ok && r.error).toMatchObject({ code: 'identity-vigilance', path: '/person/ins/birthPlace' });
  });

  it('needs INSi for RECUP, a document for VALI, both for QUAL; the history is kept by the engine', async () => {
    const { engine, version } = await withFile();
    const noEvidence = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins, identityStatus: 'QUAL' },
      { expectedVersion: version },
    );
    expect(!noEvidence.ok && noEvidence.error.key).toBe('engine.identity.qualNeedsInsi');
    const recup = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins, identityStatus: 'RECUP' },
      { expectedVersion: version, evidence: 'insiService' },
    );
    if (!recup.ok) throw new Error(recup.error.message);
    const qualNoDoc = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityStatus: 'QUAL' },
      { expectedVersion: recup.value.version, evidence: 'other' },
    );
    expect(!qualNoDoc.ok && qualNoDoc.error.key).toBe('engine.identity.qualNeedsDocument');
    const qual = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityStatus: 'QUAL' },
      { expectedVersion: recup.value.version, evidence: 'identityCard', statusReason: 'CNI présentée' },
    );
    if (!qual.ok) throw new Error(qual.error.message);
    expect(historyOf(qual).map((h) => [h.status, h.evidence])).toEqual([
      ['PROV', undefined],
      ['RECUP', 'insiService'],
      ['QUAL', 'identityCard'],
    ]);
    expect(historyOf(qual)[2].by.id).toBe('pro-secretariat');
    // A caller cannot rewrite the history.
    const rewrite = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityHistory: [] },
      { expectedVersion: qual.value.version },
    );
    if (!rewrite.ok) throw new Error(rewrite.error.message);
    expect(historyOf(rewrite)).toHaveLength(3);
  });

  it('refuses the test and demo OIDs in production, accepts them in test mode', async () => {
    for (const oid of ['1.2.250.1.213.1.4.10', '1.2.250.1.213.1.4.11']) {
      const prod = await withFile();
      const r = await prod.engine.updateIdentity(
        as('secretariat'),
        'f',
        { ins: { ...ins, oid }, identityStatus: 'RECUP' },
        { expectedVersion: prod.version, evidence: 'insiService' },
      );
      expect(!r.ok && r.error).toMatchObject({
        code: 'identity-vigilance',
        path: '/person/ins/oid',
        params: { oid },
      });
      const test = await withFile({ mode: 'test' });
      const ok = await test.engine.updateIdentity(
        as('secretariat'),
        'f',
        { ins: { ...ins, oid }, identityStatus: 'RECUP' },
        { expectedVersion: test.version, evidence: 'insiService' },
      );
      expect(ok.ok).toBe(true);
    }
  });

  it('applies the same rules to a generic merge patch (no way around them)', async () => {
    const { engine, version } = await withFile();
    const r = await engine.updateUserFile(
      as('secretariat'),
      'f',
      { person: { ins: { matricule: ins.matricule, oid: ins.oid }, identityStatus: 'QUAL' } },
      { expectedVersion: version },
    );
    expect(!r.ok && r.error.code).toBe('identity-vigilance');
  });
});

describe('a strict trait changed on a QUAL or VALI identity makes it fall back (RNIV)', () => {
  it('QUAL → RECUP (its INS came from INSi), with a history entry naming the trait, audited', async () => {
    const { engine, version } = await qualified();
    const r = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins: { ...ins, birthName: 'MARTIN-DURAND' } },
      { expectedVersion: version, statusReason: 'Erreur de saisie signalée' },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect((r.value.file.person as { identityStatus: string }).identityStatus).toBe('RECUP');
    expect(historyOf(r).at(-1)).toMatchObject({
      status: 'RECUP',
      changedTraits: ['birthName'],
      evidence: 'insiService',
      by: { id: 'pro-secretariat' },
    });
    const audit = await engine.readAudit(as('director'), { fileId: 'f' });
    expect(
      value(audit)
        .filter((e) => e.action === 'identity-status')
        .map((e) => e.details),
    ).toEqual([
      { from: 'PROV', to: 'QUAL' },
      { from: 'QUAL', to: 'RECUP' },
    ]);
    // Back to QUAL takes a new document check: the earlier one no longer holds.
    const again = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityStatus: 'QUAL' },
      { expectedVersion: r.value.version },
    );
    expect(!again.ok && again.error.key).toBe('engine.identity.qualNeedsDocument');
    const requalified = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityStatus: 'QUAL' },
      { expectedVersion: r.value.version, evidence: 'passport' },
    );
    expect(
      requalified.ok && (requalified.value.file.person as { identityStatus: string }).identityStatus,
    ).toBe('QUAL');
  });

  it.each([
    ['birthFirstNames', { birthFirstNames: ['Jeanne', 'Marie'] }],
    ['birthDate', { birthDate: '1941-05-13' }],
    ['birthPlace', { birthPlace: { code: '75114' } }],
  ])('VALI → PROV when %s changes', async (trait, change) => {
    const f = await withFile();
    const vali = await f.engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityStatus: 'VALI' },
      { expectedVersion: f.version, evidence: 'identityCard' },
    );
    if (!vali.ok) throw new Error(vali.error.message);
    const r = await f.engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins: { ...traits, ...change } },
      { expectedVersion: vali.value.version },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect((r.value.file.person as { identityStatus: string }).identityStatus).toBe('PROV');
    expect(historyOf(r).at(-1)).toMatchObject({ status: 'PROV', changedTraits: [trait] });
  });

  it('a change that is not a strict trait (used name) keeps the status', async () => {
    const { engine, version } = await qualified();
    const r = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { usedName: 'DURAND' },
      { expectedVersion: version },
    );
    expect(r.ok && (r.value.file.person as { identityStatus: string }).identityStatus).toBe('QUAL');
  });
});

describe('the matricule agrees with sex, birth year and month', () => {
  const check = (matricule: string, over: Record<string, unknown> = {}) =>
    applyIdentityChange(
      { ins: { ...ins, ...over, matricule }, identityStatus: 'RECUP' },
      { ins: traits, identityStatus: 'PROV' },
      {
        mode: 'production',
        now: '2026-03-02T09:00:00Z',
        actor: as('secretariat').actor,
        evidence: 'insiService',
      },
    );
  it('refuses a 1990-12-01 birth date with a NIR of 1941, May (the issue’s case)', () => {
    expect(check('241057505612360', { birthDate: '1990-12-01' })).toEqual({
      ok: false,
      problem: { key: 'law.identity.nir.birthYear', path: '/ins/matricule' },
    });
  });
  it('refuses a wrong month and a wrong sex', () => {
    // 2 41 06 75 056 123: June; key 97 − (2410675056123 mod 97) = 76.
    expect(check('241067505612376')).toMatchObject({
      ok: false,
      problem: { key: 'law.identity.nir.birthMonth' },
    });
    // 1 41 05 75 056 123: a man; key 97 − (1410575056123 mod 97) = 13.
    expect(check('141057505612313')).toMatchObject({ ok: false, problem: { key: 'law.identity.nir.sex' } });
  });
  it('accepts an INSEE pseudo-month (unknown month, born abroad)', () => {
    // 2 41 32 99 350 123: month 32 (unknown), born abroad (99, country 350); key 97 − (2413299350123 mod 97) = 45.
    expect(check('241329935012345').ok).toBe(true);
  });
});

describe('high-trust documents per context (configuration, RNIV lists by default)', () => {
  const valiWith = async (
    evidence: string,
    birthDate: string,
    opts: Partial<EngineOptions> = {},
    documentContext?: string,
  ) => {
    const f = await withFile(opts, { ins: { ...traits, birthDate } });
    return f.engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityStatus: 'VALI' },
      { expectedVersion: f.version, evidence, ...(documentContext ? { documentContext } : {}) },
    );
  };
  it('an adult: identity card, passport, residence permit — not the family record book', async () => {
    expect((await valiWith('passport', '1941-05-12')).ok).toBe(true);
    expect((await valiWith('residencePermit', '1941-05-12')).ok).toBe(true);
    const r = await valiWith('familyRecordBook', '1941-05-12');
    expect(!r.ok && r.error.key).toBe('engine.identity.valiNeedsDocument');
  });
  it('a minor (under 18 on 2 March 2026): the family record book and the birth certificate count', async () => {
    expect((await valiWith('familyRecordBook', '2015-06-01')).ok).toBe(true);
    expect((await valiWith('birthCertificate', '2015-06-01')).ok).toBe(true);
    // 18 on 2 March 2026 exactly: an adult.
    expect((await valiWith('birthCertificate', '2008-03-02')).ok).toBe(false);
  });
  it('counts the 18th birthday on the Paris day: at 23:30 UTC on 7 December, 8 December has begun', () => {
    // Born 8 December 2008: 18 on 8 December 2026, which starts at 23:00 UTC on the 7th (CET).
    const vali = (now: string) =>
      applyIdentityChange(
        { ins: { ...traits, birthDate: '2008-12-08' }, identityStatus: 'VALI' },
        { ins: { ...traits, birthDate: '2008-12-08' }, identityStatus: 'PROV' },
        { mode: 'production', now, actor: as('secretariat').actor, evidence: 'birthCertificate' },
      );
    expect(vali('2026-12-07T22:30:00Z').ok).toBe(true);
    expect(vali('2026-12-07T23:30:00Z').ok).toBe(false);
  });
  it('a host context (direct admission) from configuration; an unknown context is refused', async () => {
    const identityVigilance = {
      ...defaultIdentityVigilance,
      acceptedDocuments: {
        ...defaultIdentityVigilance.acceptedDocuments,
        directAdmission: {
          documents: ['birthCertificate' as const],
          source: 'Politique locale d’identitovigilance',
        },
      },
    };
    expect(
      (await valiWith('birthCertificate', '1941-05-12', { identityVigilance }, 'directAdmission')).ok,
    ).toBe(true);
    const unknown = await valiWith('passport', '1941-05-12', {}, 'directAdmission');
    expect(!unknown.ok && unknown.error.key).toBe('law.identity.unknownContext');
  });
  it('ships the RNIV’s lists', () => {
    expect(defaultIdentityVigilance.acceptedDocuments.default.documents).toEqual([
      'identityCard',
      'passport',
      'residencePermit',
    ]);
    expect(defaultIdentityVigilance.acceptedDocuments.minor.documents).toEqual([
      'identityCard',
      'passport',
      'residencePermit',
      'familyRecordBook',
      'birthCertificate',
    ]);
  });
});

describe('the schema’s person examples and the engine agree', () => {
  /** Replays an example's status history through the engine's rules, from its first status. */
  function replay(person: Record<string, unknown>) {
    const history = (person.identityHistory ?? []) as { status: string; evidence?: string }[];
    let prev: Record<string, unknown> = {
      ins: person.ins,
      identityStatus: history[0]?.status ?? person.identityStatus,
    };
    for (const h of history.slice(1)) {
      const r = applyIdentityChange({ ...prev, identityStatus: h.status }, prev, {
        mode: 'test',
        now: '2026-03-02T09:00:00Z',
        actor: as('secretariat').actor,
        ...(h.evidence ? { evidence: h.evidence } : {}),
      });
      if (!r.ok) return r.problem.key;
      prev = r.person;
    }
    return prev.identityStatus;
  }
  const dir = join(import.meta.dirname, '../../../schemas/examples/person/valid');
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown] as const);
  it.each(examples)('%s reaches its status under the engine’s rules', (_name, example) => {
    const person = example as Record<string, unknown>;
    expect(replay(person)).toBe(person.identityStatus);
  });
  it('a QUAL resting on an identity card alone is refused (no INSi)', () => {
    expect(
      replay({
        ins,
        identityStatus: 'QUAL',
        identityHistory: [{ status: 'PROV' }, { status: 'QUAL', evidence: 'identityCard' }],
      }),
    ).toBe('engine.identity.qualNeedsInsi');
  });
});
