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

/** A user file with data in every category. */
export function sampleFile(): Record<string, unknown> {
  return {
    person: {
      id: 'p-001',
      ins: {
        birthName: 'MARTIN',
        birthFirstNames: ['Jeanne', 'Marie'],
        birthDate: '1941-05-12',
        sex: 'F',
        birthPlace: { code: '75056' },
      },
      identityStatus: 'PROV',
      entourage: [{ name: 'Paul MARTIN', relationship: 'son' }],
    },
    rights: { apa: true, resources: { pension: 1450 }, bankDetails: { iban: 'FR7630006000011234567890189' } },
    stays: [{ id: 's1', entryDate: '2026-03-01', contract: { prices: { daily: 72.5 } } }],
    assessments: [
      { id: 'a1', type: 'aggir', gir: 3 },
      { id: 'a2', type: 'psy', category: 'psychological', summary: 'Anxiété modérée' },
    ],
    supportPlans: [{ id: 'pp1', status: 'draft', objectives: [] }],
    health: { allergies: ['pénicilline'] },
    documents: [{ id: 'd1', title: 'Contrat de séjour' }],
    notes: [
      { id: 'n1', text: 'Aime jardiner', category: 'social' },
      { id: 'n2', text: 'Entretien psychologique', category: 'psychological' },
    ],
  };
}

/** An engine over a memory store (or the given one) with the shipped policy and a test clock. */
export async function makeEngine(extra: Partial<EngineOptions> & { store?: StorePort } = {}) {
  const clock = testClock();
  const store = extra.store ?? createMemoryStore(clock.now);
  // The fixtures are partial files aimed at the policy; schema validation has its own test.
  const engine = await createEngine({
    store,
    policy: defaultAccessPolicy,
    clock: clock.now,
    mode: 'test',
    validateUserFile: false,
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
