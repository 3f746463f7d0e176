/**
 * A real engine (memory store, shipped access policy and workflows, demo mode) seeded with one
 * fictitious person (demo INS OID 1.2.250.1.213.1.4.11) whose EHPAD admission has started.
 */
import {
  createEngine,
  defaultEstablishmentConfig,
  createMemoryStore,
  defaultAccessPolicy,
  standardWorkflowFiles,
  type Actor,
  type CallContext,
  type Engine,
} from '@duikit/core';

export const FINESS = '690000013';
export const director: Actor = {
  professionalId: 'pro-dir',
  role: 'director',
  establishment: FINESS,
  name: 'Paul Garnier',
};
export const secretary: Actor = {
  professionalId: 'pro-sec',
  role: 'secretariat',
  establishment: FINESS,
  name: 'Léa Morel',
};
export const headNurse: Actor = {
  professionalId: 'pro-idec',
  role: 'head-nurse',
  establishment: FINESS,
  name: 'Nora Blanc',
};
export const nurse: Actor = {
  professionalId: 'pro-ide',
  role: 'nurse',
  establishment: FINESS,
  name: 'Inès Lambert',
};
export const ctxOf = (actor: Actor): CallContext => ({ actor, purpose: 'care' });

/** The seeded engine and ids. */
export interface Seeded {
  engine: Engine;
  fileId: string;
  instanceId: string;
  clock: { now: Date };
}

/** Creates the engine and the seed data. */
export async function seed(o: { category?: string } = {}): Promise<Seeded> {
  const clock = { now: new Date('2026-03-10T09:00:00Z') };
  const engine = await createEngine({
    store: createMemoryStore(),
    policy: defaultAccessPolicy,
    clock: () => clock.now,
    mode: 'demo',
    workflows: [standardWorkflowFiles],
    // The establishment's category picks its workflow variants (an EHPAD's AGGIR validation).
    ...(o.category
      ? {
          establishments: {
            ...defaultEstablishmentConfig,
            establishments: { [FINESS]: { category: o.category } },
          },
        }
      : {}),
  });
  const dir = ctxOf(director);
  const created = await engine.createUserFile(
    dir,
    {
      finess: FINESS,
      status: 'preAdmission',
      person: {
        id: 'U-demo-1',
        ins: {
          birthName: 'FICTIVE',
          birthFirstNames: ['Jeanne', 'Marie'],
          birthDate: '1938-05-14',
          sex: 'F',
          birthPlace: { code: '75114', name: 'Paris 14e' },
        },
        identityStatus: 'PROV',
        identityAttributes: ['fictitious'],
        entourage: [
          {
            id: 'rp-1',
            roles: ['emergencyContact'],
            lastName: 'FICTIVE',
            firstName: 'Claire',
            relationship: 'child',
          },
        ],
      },
    },
    { id: 'uf-demo-1', establishment: FINESS },
  );
  if (!created.ok) throw new Error(`seed: ${created.error.message} ${JSON.stringify(created.error.details)}`);
  // The nurse and the head nurse join the care team (the head nurse may write the support plan).
  for (const a of [nurse, headNurse]) {
    const joined = await engine.addCareTeamMember(dir, 'uf-demo-1', {
      professionalId: a.professionalId,
      role: a.role,
    });
    if (!joined.ok) throw new Error(`seed: ${joined.error.message}`);
  }
  const started = await engine.workflows!.start(dir, {
    definition: 'admission-ehpad@1.0.0',
    fileId: 'uf-demo-1',
  });
  if (!started.ok) throw new Error(`seed: ${started.reason.message}`);
  return { engine, fileId: 'uf-demo-1', instanceId: started.instance.id, clock };
}
