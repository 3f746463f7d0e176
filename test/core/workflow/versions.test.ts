import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  createWorkflowRegistry,
  createWorkflowRuntime,
  resolveVariant,
  standardWorkflowFiles,
  WorkflowDefinitionError,
  type WorkflowDefinition,
  type WorkflowVariant,
} from '@duikit/core';
import { ctxFor, loose } from './fixtures.js';

const REQUEST = { channel: 'other', receivedOn: '2026-04-01', stayType: 'permanent' };
const base = () => structuredClone(standardWorkflowFiles.definitions.find((d) => d.id === 'admission')!);

/** admission@1.1.0: "decision" renamed "admissionDecision", the waiting list removed. */
function admissionV2(): WorkflowDefinition {
  const def = loose(base());
  def.version = '1.1.0';
  const pre = def.states.preAdmission.states;
  pre.admissionDecision = pre.decision;
  delete pre.decision;
  delete pre.waitingList;
  delete def.events.PLACE_OFFERED;
  pre.admissionDecision.on.ACCEPT = pre.admissionDecision.on.ACCEPT[0];
  pre.admissionDecision.on.ACCEPT.guard = undefined;
  pre.completeness.on.COMPLETE = [{ ...pre.completeness.on.COMPLETE[0] }, { target: 'admissionDecision' }];
  pre.medicalOpinion.on.GIVE_MEDICAL_OPINION.target = 'admissionDecision';
  def.migrations = [
    {
      from: '1.0.0',
      states: { 'preAdmission.decision': 'preAdmission.admissionDecision' },
      data: { commissionRequired: false },
    },
  ];
  return JSON.parse(JSON.stringify(def)) as WorkflowDefinition;
}

async function instanceAt(
  runtime: ReturnType<typeof createWorkflowRuntime>,
  steps: [string, string, unknown?][],
) {
  const s = await runtime.start(ctxFor('secretariat'), {
    definition: 'admission@1.0.0',
    fileId: `f-${steps.length}`,
  });
  const id = s.ok ? s.instance.id : '';
  for (const [role, type, payload] of steps) {
    const r = await runtime.send(ctxFor(role), id, { type, payload });
    if (!r.ok) throw new Error(r.reason.message);
  }
  return id;
}

describe('versions and migrations', () => {
  it('lists, then migrates, mapped instances; an unmappable one is an error naming it; old versions keep running', async () => {
    const store = createMemoryStore();
    const registry = createWorkflowRegistry({
      ...standardWorkflowFiles,
      definitions: [...standardWorkflowFiles.definitions, admissionV2()],
    });
    const runtime = createWorkflowRuntime({ store, registry, clock: () => new Date('2026-04-02T09:00:00Z') });
    const atRequest = await instanceAt(runtime, []);
    const atDecision = await instanceAt(runtime, [
      ['secretariat', 'SUBMIT_REQUEST', REQUEST],
      ['secretariat', 'COMPLETE'],
    ]);
    const atWaitingList = await instanceAt(runtime, [
      ['secretariat', 'SUBMIT_REQUEST', REQUEST],
      ['secretariat', 'COMPLETE'],
      ['director', 'ACCEPT', {}],
    ]);
    const dry = await runtime.migrate({ from: 'admission@1.0.0', to: 'admission@1.1.0', dryRun: true });
    expect(dry.migrated.map((m) => [m.instanceId, m.to])).toEqual([
      [atRequest, ['preAdmission.request']],
      [atDecision, ['preAdmission.admissionDecision']],
    ]);
    expect(dry.errors).toEqual([
      {
        instanceId: atWaitingList,
        fileId: 'f-3',
        message: `l’instance ${atWaitingList} ne peut pas être migrée : l’état « preAdmission.waitingList » n’existe pas dans admission@1.1.0`,
      },
    ]);
    expect((await runtime.list({ definition: 'admission@1.0.0' })).length).toBe(3); // the dry run wrote nothing
    await runtime.migrate({ from: 'admission@1.0.0', to: 'admission@1.1.0' });
    const migrated = await runtime.get(ctxFor('director'), atDecision);
    expect(migrated.ok && migrated.instance).toMatchObject({
      definition: 'admission@1.1.0',
      states: ['preAdmission.admissionDecision'],
    });
    expect(migrated.ok && migrated.instance.snapshot.context).toMatchObject({
      commissionRequired: false,
      request: REQUEST,
    });
    expect(migrated.ok && migrated.instance.history.at(-1)).toMatchObject({ event: 'migrate', by: 'system' });
    const next = await runtime.send(ctxFor('director'), atDecision, {
      type: 'ACCEPT',
      payload: { plannedEntryDate: '2026-05-01' },
    });
    expect(next.ok && next.instance.states).toEqual(['preAdmission.plannedEntry']);
    // The unmappable instance finishes on its own version, still registered.
    const old = await runtime.send(ctxFor('director'), atWaitingList, {
      type: 'PLACE_OFFERED',
      payload: { plannedEntryDate: '2026-05-02' },
    });
    expect(old.ok && old.instance).toMatchObject({
      definition: 'admission@1.0.0',
      states: ['preAdmission.plannedEntry'],
    });
  });

  it('the linter checks that a migration maps to states of the new version', () => {
    const def = loose(admissionV2());
    def.migrations[0].states['preAdmission.decision'] = 'preAdmission.verdict';
    expect(() => createWorkflowRegistry({ ...standardWorkflowFiles, definitions: [def] })).toThrow(
      'admission@1.1.0:/migrations/0/states/preAdmission.decision: aucun état « preAdmission.verdict » dans la version 1.1.0',
    );
  });
});

describe('establishment variants (extends + JSON Merge Patch)', () => {
  it('resolves the EHPAD variant without copying its base', () => {
    const ehpad = standardWorkflowFiles.variants.find((v) => v.id === 'admission-ehpad')!;
    const r = resolveVariant(ehpad, (ref) => (ref === 'admission@1.0.0' ? base() : undefined));
    expect('definition' in r && r.definition).toMatchObject({
      id: 'admission-ehpad',
      version: '1.0.0',
      appliesTo: ['ehpad'],
      parameters: {
        requiresMedicalOpinion: true,
        withdrawalWindowApplies: true,
        contractSignatureDelay: 'P1M',
      },
    });
  });

  it('refuses __proto__ keys (prototype of the result) and unknown bases, by pointer', () => {
    const evil = JSON.parse(
      '{"id":"x","version":"1.0.0","extends":"admission@1.0.0","patch":{"states":{"__proto__":{"polluted":true}}}}',
    ) as WorkflowVariant;
    expect(resolveVariant(evil, () => base())).toEqual({
      problems: [
        {
          pointer: '/patch/states/__proto__',
          code: 'forbidden-key',
          key: 'workflow.lint.variant.forbidden-key',
          params: { key: '__proto__' },
          message: 'la clé « __proto__ » est interdite dans un patch',
        },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const orphan: WorkflowVariant = { id: 'y', version: '1.0.0', extends: 'admission@7.0.0', patch: {} };
    expect(resolveVariant(orphan, () => undefined)).toMatchObject({
      problems: [{ pointer: '/extends', code: 'unknown-base' }],
    });
  });

  it('validates the resolved variant like any definition', () => {
    const broken: WorkflowVariant = {
      id: 'admission-broken',
      version: '1.0.0',
      extends: 'admission@1.0.0',
      patch: { states: { preAdmission: { states: { plannedEntry: null } } } },
    };
    try {
      createWorkflowRegistry({ ...standardWorkflowFiles, variants: [broken] });
      expect.unreachable();
    } catch (e) {
      const problems = (e as WorkflowDefinitionError).problems.map((p) => `${p.ref}:${p.pointer}`);
      expect(problems).toEqual([
        'admission-broken@1.0.0:/states/preAdmission/states/decision/on/ACCEPT/0/target',
        'admission-broken@1.0.0:/states/preAdmission/states/waitingList/on/PLACE_OFFERED/target',
      ]);
    }
  });
});
