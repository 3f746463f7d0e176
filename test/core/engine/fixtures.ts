/**
 * Shared fixtures of the engine tests: actors of one establishment, a clock that tests move, and
 * a user file touching every data category.
 */
import {
  createEngine,
  createMemoryStore,
  defaultAccessPolicy,
  type CallContext,
  type EngineOptions,
  type StorePort,
} from '@duikit/core';

export const FINESS = '750000001';
export const OTHER_FINESS = '750000002';

/** A call context for a role (professional id = role unless given). */
export function as(role: string, id = `pro-${role}`, extra: Partial<CallContext> = {}): CallContext {
  return {
    actor: { professionalId: id, role, establishment: FINESS, name: `Test ${role}` },
    purpose: 'care',
    ...extra,
  };
}

/** A clock the test moves forward. */
export function testClock(start = '2026-03-02T09:00:00.000Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(iso: string) {
      t = new Date(iso).getTime();
    },
  };
}

export const DAY = 24 * 3600 * 1000;

const AT = '2026-03-01T10:00:00+01:00';
const BY = { id: 'pro-director', kind: 'professional' as const };

/** The health part of the sample file (tests compare what a role reads with it). */
export const SAMPLE_HEALTH = {
  advanceDirectives: { exists: true, location: 'Allergie à la pénicilline notée au dossier de soins' },
};

/** A schema-valid person without entourage (administrative data only). */
export function samplePerson(id = 'p-001'): Record<string, unknown> {
  return {
    id,
    ins: {
      birthName: 'MARTIN',
      birthFirstNames: ['Jeanne', 'Marie'],
      birthDate: '1941-05-12',
      sex: 'F',
      birthPlace: { code: '75056' },
    },
    identityStatus: 'PROV',
  };
}

/** The smallest valid file: a person. */
export const minimalFile = (): Record<string, unknown> => ({ person: samplePerson() });

let noteCount = 0;
/** A schema-valid note (`category` picks its data category: `care` → health, `general` → social…). */
export function note(text: string, category: string, id = `note-${++noteCount}`): Record<string, unknown> {
  return { id, personId: 'p-001', at: AT, author: BY, category, text };
}

/** A schema-valid user file with data in every category. */
export function sampleFile(): Record<string, unknown> {
  return {
    person: {
      ...samplePerson(),
      entourage: [
        {
          id: 'rp-1',
          roles: ['emergencyContact'],
          lastName: 'MARTIN',
          firstName: 'Paul',
          relationship: 'child',
        },
      ],
    },
    rights: {
      insurance: [{ kind: 'amo', organisation: 'CPAM de Paris' }],
      funding: [{ kind: 'apa', openedAt: '2026-01-01', monthlyAmount: 420.5 }],
      resources: { monthlyIncome: 1450 },
      bankDetails: { holder: 'Jeanne MARTIN', iban: 'FR7630006000011234567890189' },
    },
    stays: [
      {
        id: 's1',
        personId: 'p-001',
        establishmentId: FINESS,
        status: 'active',
        contract: {
          kind: 'contratDeSejour',
          prices: [{ label: 'Hébergement permanent', amount: 72.5, unit: 'day' }],
        },
      },
    ],
    assessments: [
      { id: 'a1', personId: 'p-001', type: 'free', status: 'validated', date: AT, comment: 'Bilan d’entrée' },
      {
        id: 'a2',
        personId: 'p-001',
        type: 'other',
        category: 'psychological',
        status: 'validated',
        date: AT,
        comment: 'Anxiété modérée',
      },
    ],
    supportPlans: [{ id: 'pp1', personId: 'p-001', version: 1, status: 'draft', objectives: [] }],
    health: SAMPLE_HEALTH,
    documents: [
      {
        id: 'd1',
        personId: 'p-001',
        type: 'contratSejour',
        title: 'Contrat de séjour',
        status: 'final',
        createdAt: AT,
      },
    ],
    notes: [
      { id: 'n1', personId: 'p-001', at: AT, author: BY, category: 'general', text: 'Aime jardiner' },
      {
        id: 'n2',
        personId: 'p-001',
        at: AT,
        author: BY,
        category: 'psychological',
        text: 'Entretien psychologique',
      },
    ],
  };
}

/** An engine over a memory store (or the given one) with the shipped policy and a test clock. */
export async function makeEngine(extra: Partial<EngineOptions> & { store?: StorePort } = {}) {
  const clock = testClock();
  const store = extra.store ?? createMemoryStore(clock.now);
  const engine = await createEngine({
    store,
    policy: defaultAccessPolicy,
    clock: clock.now,
    mode: 'test',
    ...extra,
  });
  return { engine, store, clock };
}

/**
 * Builds the sample file as the people who may write each part would: the director opens the
 * file (administrative, social, financial, documents), then the care team adds the rest.
 */
export async function seeded(extra: Partial<EngineOptions> = {}) {
  const made = await makeEngine(extra);
  const { engine } = made;
  const full = sampleFile();
  const { health, assessments, supportPlans, notes, ...adminPart } = full as Record<string, unknown[]>;
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  let v = must(
    await engine.createUserFile(as('director'), { ...adminPart, notes: [notes[0]] }, { id: 'uf-1' }),
  ).version;
  for (const role of [
    'coordinating-physician',
    'head-nurse',
    'nurse',
    'psychologist',
    'educator',
    'social-worker',
  ]) {
    v = must(
      await engine.addCareTeamMember(as('director'), 'uf-1', { professionalId: `pro-${role}`, role }),
    ).version;
  }
  v = must(
    await engine.updateUserFile(
      as('coordinating-physician'),
      'uf-1',
      { health, assessments: [assessments[0]], supportPlans },
      { expectedVersion: v },
    ),
  ).version;
  v = must(
    await engine.addItem(
      as('psychologist'),
      'uf-1',
      'assessments',
      assessments[1] as Record<string, unknown>,
      { expectedVersion: v },
    ),
  ).version;
  must(
    await engine.addItem(as('psychologist'), 'uf-1', 'notes', notes[1] as Record<string, unknown>, {
      expectedVersion: v,
    }),
  );
  return made;
}

/** Current version of a file (read as the director, who reaches every file of the establishment). */
export async function versionOf(engine: Awaited<ReturnType<typeof makeEngine>>['engine'], id = 'uf-1') {
  const r = await engine.getUserFile(as('director'), id);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.version;
}

/**
 * The value of a successful engine result; throws with the refusal otherwise, so an assertion on
 * the value can never pass on a refusal.
 */
export function value<T>(
  r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}
