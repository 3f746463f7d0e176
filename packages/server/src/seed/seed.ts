/**
 * Seeds an empty store with the demo data, through the engine and the workflow runtime only (so
 * every seeded fact passes the same rules and lands in the audit like a real one). A store that
 * already holds a user file is never touched.
 */
import type { CallContext, Engine, WorkflowRuntime } from '@duikit/core';
import { DEMO_ESTABLISHMENTS, DEMO_PERSONS, DEMO_PROFESSIONALS, type DemoPerson } from './demo-data.js';
import { demoUserFile, isQualified, qualifiedPerson } from './person-file.js';
import { STAGE_START_DAYS_AGO, STAGE_STEPS } from './steps.js';

/** A clock the seed moves back in time while it replays each person's history. */
export interface SeedClock {
  /** The instant the engine and runtime read; `undefined` means real time. */
  at: Date | undefined;
}

/** The workflow each establishment runs for a generic id. */
const VARIANT: Record<string, Record<string, string>> = {
  ehpad: { admission: 'admission-ehpad', 'support-plan': 'support-plan', discharge: 'discharge' },
  ime: { admission: 'admission-ime', 'support-plan': 'support-plan', discharge: 'discharge' },
};

const DAY = 86_400_000;

function ctxFor(at: DemoPerson['at'], role: string): CallContext {
  const finess = DEMO_ESTABLISHMENTS[at].finess;
  const pro =
    DEMO_PROFESSIONALS.find((p) => p.establishment === finess && p.role === role) ??
    DEMO_PROFESSIONALS.find((p) => p.establishment === finess && p.role === 'director');
  if (!pro) throw new Error(`seed: no demo professional for ${at}`);
  const { professionalId, name, establishment } = pro;
  return { actor: { professionalId, role: pro.role, establishment, name }, purpose: 'demo-seed' };
}

/** Fails the seed with the step that went wrong: the seed data must always apply cleanly. */
function check(
  r: {
    ok: boolean;
    error?: { message: string; details?: { path: string; message: string }[] };
    reason?: { message: string };
  },
  what: string,
): void {
  if (r.ok) return;
  const where = (r.error?.details ?? []).map((d) => `\n  ${d.path}: ${d.message}`).join('');
  throw new Error(
    `Demo seed failed at ${what}: ${r.error?.message ?? r.reason?.message ?? 'refused'}${where}`,
  );
}

/**
 * Seeds when the store holds no user file. Returns how many persons were created (0 = untouched).
 *
 * @example
 * const created = await seedIfEmpty(engine, runtime, clock);
 */
export async function seedIfEmpty(
  engine: Engine,
  runtime: WorkflowRuntime,
  clock: SeedClock,
  now = new Date(),
): Promise<number> {
  for (const at of ['ehpad', 'ime'] as const) {
    const listed = await engine.listUserFiles(ctxFor(at, 'director'), { limit: 1 });
    if (!listed.ok || listed.value.length > 0) return 0;
  }
  // Every person's history on one time line, so the audit trail stays in chronological order.
  const actions = DEMO_PERSONS.flatMap((person, i) => planPerson(engine, runtime, person, i + 1, now));
  actions.sort((a, b) => a.at.getTime() - b.at.getTime());
  try {
    for (const action of actions) {
      clock.at = action.at;
      await action.run();
    }
  } finally {
    clock.at = undefined;
  }
  // Deadlines that fell due in the replayed past (withdrawal periods…) fire now.
  await runtime.tick(now);
  return DEMO_PERSONS.length;
}

interface PlannedAction {
  at: Date;
  run: () => Promise<void>;
}

/** The dated actions that bring one person to their stage. */
function planPerson(
  engine: Engine,
  runtime: WorkflowRuntime,
  person: DemoPerson,
  order: number,
  now: Date,
): PlannedAction[] {
  const start = now.getTime() - STAGE_START_DAYS_AGO[person.stage] * DAY;
  const dayAt = (day: number) => new Date(start + day * DAY);
  const date = (day: number) => dayAt(day).toISOString().slice(0, 10);
  const director = ctxFor(person.at, 'director');
  const finess = DEMO_ESTABLISHMENTS[person.at].finess;
  const file = demoUserFile(person, dayAt(0).toISOString(), order);
  const id = file.id as string;
  const instances = new Map<string, string>();
  const ensure = async (workflow: string) => {
    const existing = instances.get(workflow);
    if (existing) return existing;
    const ref = VARIANT[person.at]?.[workflow] ?? workflow;
    // A workflow may have started another one (admission → support plan): reuse it.
    const found = (await runtime.list({ fileId: id })).find(
      (i) => i.definition.startsWith(`${ref}@`) && i.status === 'active',
    );
    let instanceId = found?.id;
    if (!instanceId) {
      const r = await runtime.start(director, { definition: ref, fileId: id });
      check(r.ok ? { ok: true } : { ok: false, reason: r.reason }, `${id} start ${ref}`);
      instanceId = r.ok ? r.instance.id : '';
    }
    instances.set(workflow, instanceId);
    return instanceId;
  };
  const create: PlannedAction = {
    at: dayAt(0),
    run: async () => {
      const created = await engine.createUserFile(director, file, { id, establishment: finess });
      check(created, `${id} create`);
      if (created.ok && isQualified(person)) {
        const evidence = ['insiService', 'identityCard'];
        const opts = {
          expectedVersion: created.value.version,
          evidence,
          statusReason: 'INSi + carte d’identité (démonstration)',
        };
        check(
          await engine.updateIdentity(director, id, qualifiedPerson(person, order), opts),
          `${id} identity`,
        );
      }
      for (const pro of DEMO_PROFESSIONALS.filter((p) => p.establishment === finess)) {
        check(
          await engine.addCareTeamMember(director, id, {
            professionalId: pro.professionalId,
            role: pro.role,
          }),
          `${id} care team`,
        );
      }
      await ensure('admission');
    },
  };
  const steps = STAGE_STEPS[person.stage]
    .filter((step) => !step.only || step.only === person.at)
    .map((step): PlannedAction => ({
      // Same-day steps keep their order: a millisecond apart.
      at: new Date(dayAt(step.day).getTime() + 1),
      run: async () => {
        const instanceId = await ensure(step.workflow);
        if (step.ifOffered) {
          const offered = await runtime.availableEvents(ctxFor(person.at, step.role), instanceId);
          if (!offered.some((e) => e.event === step.type && e.allowed)) return;
        }
        const event = step.payload ? { type: step.type, payload: step.payload(date) } : { type: step.type };
        const r = await runtime.send(ctxFor(person.at, step.role), instanceId, event);
        check(r.ok ? { ok: true } : { ok: false, reason: r.reason }, `${id} ${step.workflow} ${step.type}`);
      },
    }));
  return [create, ...steps];
}
