/**
 * The contract test: one suite of calls — every operation of the contract, successes and
 * refusals — run against the in-process backend and against the HTTP backend over a real
 * listening server (real session cookie, real CSRF token), each on its own world fed the same
 * calls. The answers must be identical, values and errors alike (code, reason, sentence,
 * pointers): the two transports cannot disagree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHttpBackend, duiContract, type BackendResult, type DuiBackend } from '@duikit/core';
import { createDemoAuth, createServer, DEMO_PROFESSIONALS } from '@duikit/server';
import { discriminantAnswers } from '../../stories/fixtures/aggir.js';
import { evaluateAggir } from '@duikit/core';
import { createWorld, newFile, type World } from './world.js';

type As = (professionalId: string) => DuiBackend;
interface Recorded {
  step: string;
  result: BackendResult<unknown>;
}

const DIRECTOR = 'demo-ehpad-director';
const SECRETARY = 'demo-ehpad-secretariat';
const PHYSICIAN = 'demo-ehpad-physician';
const NURSE = 'demo-ehpad-nurse';
const SOCIAL = 'demo-ehpad-social-worker';
const IME_DIRECTOR = 'demo-ime-director';

/** Wraps backends to count which operations the suite called. */
function counting(as: As, called: Set<string>): As {
  return (id) =>
    new Proxy(as(id), {
      get(target, name: string) {
        const v = (target as unknown as Record<string, unknown>)[name];
        if (typeof v === 'function') called.add(name);
        return v;
      },
    });
}

/** The suite: every step's answer is recorded, in order. */
async function suite(as: As, world: World): Promise<Recorded[]> {
  const out: Recorded[] = [];
  const step = async <T>(name: string, who: string, call: (b: DuiBackend) => Promise<BackendResult<T>>) => {
    world.clock.now = new Date(world.clock.now.getTime() + 60_000);
    const result = await call(as(who));
    out.push({ step: name, result });
    return result;
  };
  const value = <T>(r: BackendResult<T>): T => {
    if (!r.ok)
      throw new Error(
        `expected a value, got ${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.details)}`,
      );
    return r.value;
  };
  const today = '2026-03-02';

  // A new admission: the file (the EHPAD's default care team joins), then the workflow.
  const file = value(
    await step('create the file', DIRECTOR, (b) =>
      b.createUserFile({ file: newFile('CONTRAT', 'Jeanne') as never, establishment: '690000013' }),
    ),
  );
  const fileId = file.id;
  await step('care team', DIRECTOR, (b) => b.getCareTeam(fileId));
  await step('professionals', DIRECTOR, (b) => b.getProfessionals());
  await step('workflows', SECRETARY, (b) => b.getWorkflows());
  const started = value(
    await step('start the admission', SECRETARY, (b) =>
      b.startWorkflow({ definition: 'admission-ehpad', userFileId: fileId }),
    ),
  );
  const id = started.id;
  await step('tasks', SECRETARY, (b) => b.getTasks({ userFileId: fileId }));
  await step('tasks filtered', SECRETARY, (b) => b.getTasks({ status: ['overdue'] }));
  // Drafts: saved, read back, a stale version refused, an invalid submit refused field by field.
  await step('draft', SECRETARY, (b) => b.saveStepResponse(id, { channel: 'other' }, { expectedVersion: 0 }));
  await step('draft shown', SECRETARY, (b) => b.getInstance(id));
  await step('draft again', SECRETARY, (b) =>
    b.saveStepResponse(id, { channel: 'other' }, { expectedVersion: 1 }),
  );
  await step('stale draft', SECRETARY, (b) =>
    b.saveStepResponse(id, { channel: 'x' }, { expectedVersion: 1 }),
  );
  await step('invalid submit', SECRETARY, (b) =>
    b.saveStepResponse(id, { channel: 'pigeon' }, { submit: true, expectedVersion: 2 }),
  );
  await step('outsider reads', NURSE, (b) => b.getInstance(id));
  await step('role not allowed', NURSE, (b) => b.sendEvent(id, { type: 'SUBMIT_REQUEST', payload: {} }));
  await step('outsider acts', SOCIAL, (b) =>
    b.sendEvent(id, {
      type: 'SUBMIT_REQUEST',
      payload: { channel: 'cerfa-14732', receivedOn: today, stayType: 'permanent' },
    }),
  );
  await step('events', SECRETARY, (b) => b.getInstanceEvents(id));
  await step('submit the request', SECRETARY, (b) =>
    b.sendEvent(id, {
      type: 'SUBMIT_REQUEST',
      payload: { channel: 'cerfa-14732', receivedOn: today, stayType: 'permanent' },
    }),
  );
  await step('wrong step', SECRETARY, (b) => b.sendEvent(id, { type: 'ACCEPT', payload: {} }));
  await step('wrong role', DIRECTOR, (b) => b.sendEvent(id, { type: 'COMPLETE' }));
  await step('complete', SECRETARY, (b) => b.sendEvent(id, { type: 'COMPLETE' }));
  await step('physician’s tasks', PHYSICIAN, (b) => b.getTasks());
  await step('medical opinion', PHYSICIAN, (b) =>
    b.sendEvent(id, { type: 'GIVE_MEDICAL_OPINION', payload: { opinion: 'favourable', givenOn: today } }),
  );
  await step('invalid payload', DIRECTOR, (b) =>
    b.sendEvent(id, { type: 'ACCEPT', payload: { plannedEntryDate: 'soon' } }),
  );
  await step('accept', DIRECTOR, (b) =>
    b.sendEvent(id, { type: 'ACCEPT', payload: { plannedEntryDate: '2026-03-03' } }),
  );
  await step('enter', DIRECTOR, (b) =>
    b.sendEvent(id, { type: 'ENTER', payload: { entryDate: '2026-03-03' } }),
  );
  await step('region draft', DIRECTOR, (b) =>
    b.saveStepResponse(
      id,
      { welcomeBooklet: true },
      { step: 'contractualisation.welcome.pending', expectedVersion: 0 },
    ),
  );
  await step('regions', DIRECTOR, (b) => b.getInstance(id));
  await step('instances', DIRECTOR, (b) => b.getInstances(fileId));
  await step('deadlines', DIRECTOR, (b) => b.getDeadlines({ userFileId: fileId }));
  await step('definition', DIRECTOR, (b) => b.getWorkflowDefinition('admission-ehpad@1.0.0'));
  await step('form', DIRECTOR, (b) => b.getFormDefinition('entry-checklist@1.0.0'));
  await step('no such form', DIRECTOR, (b) => b.getFormDefinition('nope@1.0.0'));
  await step('part schema', DIRECTOR, (b) => b.getPartSchema('rights'));

  // The file as screens show it.
  await step('glance', DIRECTOR, (b) => b.getUserFile(fileId));
  await step('timeline', DIRECTOR, (b) => b.getTimeline(fileId));
  await step('timeline filtered', DIRECTOR, (b) =>
    b.getTimeline(fileId, { kinds: ['transition'], from: today }),
  );
  const answers = discriminantAnswers('B', { transferts: 'C' });
  const ev = evaluateAggir(answers);
  const grid = { date: today, answers, letters: ev.letters, result: ev.result! };
  await step('AGGIR by the physician', PHYSICIAN, (b) => b.saveAggir(fileId, grid as never));
  await step('AGGIR with a wrong GIR', PHYSICIAN, (b) =>
    b.saveAggir(fileId, { ...grid, result: { ...ev.result!, gir: ev.result!.gir === 6 ? 5 : 6 } } as never),
  );
  await step('assessments', PHYSICIAN, (b) => b.getAssessments(fileId));
  const plan = {
    expectations: [{ id: 'e1', text: 'Garder mes habitudes de lever', origin: 'person' as const }],
    needs: [{ code: '1.1.1' }],
    objectives: [{ id: 'o1', title: 'Maintenir la marche', needCodes: ['1.1.1'], actions: [] }],
    reviews: [{ date: '2026-09-01', kind: 'intermediate' as const }],
  };
  await step('support plan', PHYSICIAN, (b) => b.saveSupportPlan(fileId, plan, null));
  await step('support plan stale', PHYSICIAN, (b) => b.saveSupportPlan(fileId, plan, null));
  await step('untitled objective', PHYSICIAN, (b) =>
    b.saveSupportPlan(fileId, { ...plan, objectives: [{ ...plan.objectives[0], title: ' ' }] }, 1),
  );
  // The person's agreement is a signature (CASF L311-3 3°), recorded by who may sign the plan.
  await step('agreement', DIRECTOR, (b) =>
    b.agreeSupportPlan(fileId, 1, { party: 'person', agreed: true, method: 'signature', on: today }),
  );
  await step('plans', DIRECTOR, (b) => b.getSupportPlans(fileId));
  await step('TDDUI export', DIRECTOR, (b) => b.exportTddui(fileId));
  await step('TDDUI export elsewhere', IME_DIRECTOR, (b) => b.exportTddui(fileId));

  // Care team: an outsider added, then removed; managers only.
  await step('not a manager', SECRETARY, (b) => b.addCareTeamMember(fileId, { professionalId: NURSE }));
  await step('unknown professional', DIRECTOR, (b) =>
    b.addCareTeamMember(fileId, { professionalId: 'nobody' }),
  );
  await step('add the nurse', DIRECTOR, (b) => b.addCareTeamMember(fileId, { professionalId: NURSE }));
  await step('nurse reads', NURSE, (b) => b.getUserFile(fileId));
  await step('remove the nurse', DIRECTOR, (b) => b.removeCareTeamMember(fileId, NURSE));

  // Records and the person's rights.
  await step('list', DIRECTOR, (b) => b.listUserFiles({ phase: 'active' }));
  const read = value(await step('read', DIRECTOR, (b) => b.readUserFile(fileId)));
  await step('patch stale', DIRECTOR, (b) =>
    b.patchUserFile(fileId, { patch: { notes: [] }, expectedVersion: 1 }),
  );
  await step('outsider patch', IME_DIRECTOR, (b) =>
    b.patchUserFile(fileId, { patch: { notes: [] }, expectedVersion: read.version }),
  );
  const noted = value(
    await step('add a note', DIRECTOR, (b) =>
      b.addItem(fileId, 'notes', {
        item: {
          id: 'n1',
          personId: 'p-contrat',
          at: '2026-03-02T09:00:00Z',
          author: { id: DIRECTOR, kind: 'professional' },
          category: 'administrative',
          text: 'Appel de la fille',
        },
        expectedVersion: read.version,
      }),
    ),
  );
  await step('edit the note', DIRECTOR, (b) =>
    b.updateItem(fileId, 'notes', 'n1', {
      patch: { text: 'Appel de la fille (rappel)' },
      expectedVersion: noted.version,
    }),
  );
  await step('history', DIRECTOR, (b) => b.getHistory(fileId));
  await step('export', DIRECTOR, (b) => b.exportUserFile(fileId, { format: 'json' }));
  await step('restrict', DIRECTOR, (b) =>
    b.restrict(fileId, { categories: ['health'], reason: 'Demande écrite' }),
  );
  await step('lift', DIRECTOR, (b) => b.liftRestriction(fileId));
  await step('object', DIRECTOR, (b) =>
    b.object(fileId, { categories: ['psychological'], reason: 'Souhait' }),
  );
  await step('withdraw', DIRECTOR, (b) => b.withdrawObjection(fileId));
  await step('break the glass', NURSE, (b) =>
    b.breakGlass(fileId, { reason: 'Chute nocturne, antécédents' }),
  );
  const now = value(await step('read again', DIRECTOR, (b) => b.readUserFile(fileId)));
  await step('rectify', DIRECTOR, (b) =>
    b.rectify(fileId, {
      changes: [{ pointer: '/person/usedName', value: 'MARTIN' }],
      expectedVersion: now.version,
      reason: 'Erreur de saisie',
    }),
  );
  const again = value(await step('read once more', DIRECTOR, (b) => b.readUserFile(fileId)));
  await step('identity', DIRECTOR, (b) =>
    b.updateIdentity(fileId, { identity: { usedFirstName: 'Jeanne' }, expectedVersion: again.version }),
  );
  const last = value(await step('read last', DIRECTOR, (b) => b.readUserFile(fileId)));
  await step('part', DIRECTOR, (b) =>
    b.setPart(fileId, 'rights', { value: {}, expectedVersion: last.version }),
  );

  // The audit: pages, scope, readers only.
  const first = value(await step('audit page', DIRECTOR, (b) => b.getAudit({ limit: 5 })));
  await step('audit next page', DIRECTOR, (b) => b.getAudit({ limit: 5, cursor: first.next }));
  await step('audit filtered', DIRECTOR, (b) =>
    b.getAudit({ userFileId: fileId, actions: ['workflow'], professionalId: PHYSICIAN }),
  );
  await step('audit of another establishment', IME_DIRECTOR, (b) => b.getAudit({ userFileId: fileId }));
  await step('audit refused', NURSE, (b) => b.getAudit());
  await step('raw audit', DIRECTOR, (b) => b.readAuditEntries({ fileId, limit: 3 }));
  await step('FHIR audit', DIRECTOR, (b) => b.exportAuditFhir({ fileId, limit: 2 }));
  await step('verify', DIRECTOR, (b) => b.verifyAudit());
  await step('close', DIRECTOR, (b) => b.closeUserFile(fileId, { at: '2026-03-02T10:00:00.000Z' }));
  return out;
}

/** A real listening server over a world, and an HTTP backend per professional (cookie + CSRF). */
async function serve(world: World): Promise<{ app: FastifyInstance; as: As }> {
  const app = await createServer({
    service: world.service,
    auth: createDemoAuth(DEMO_PROFESSIONALS),
    secret: 's'.repeat(48),
    secureCookie: false,
    assets: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const cookies = new Map<string, string>();
  for (const p of DEMO_PROFESSIONALS) {
    const r = await fetch(`${base}/api/auth/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ professionalId: p.professionalId }),
    });
    cookies.set(p.professionalId, (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
  }
  const backends = new Map<string, DuiBackend>();
  return {
    app,
    as(id) {
      let b = backends.get(id);
      if (!b) {
        const cookie = cookies.get(id)!;
        b = createHttpBackend({
          baseUrl: base,
          fetch: (input, init = {}) =>
            fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } }),
        });
        backends.set(id, b);
      }
      return b;
    },
  };
}

describe('the contract: in-process and HTTP answer alike', () => {
  let app: FastifyInstance;
  let local: Recorded[];
  let remote: Recorded[];
  const called = new Set<string>();

  beforeAll(async () => {
    const a = await createWorld();
    local = await suite(counting(a.as, called), a);
    const b = await createWorld();
    const served = await serve(b);
    app = served.app;
    remote = await suite(served.as, b);
  }, 120_000);
  afterAll(() => app?.close());

  it('calls every operation of the backend', () => {
    const all = Object.entries(duiContract)
      .filter(([, op]) => !('scope' in op))
      .map(([name]) => name);
    expect([...called].filter((n) => all.includes(n)).sort()).toEqual(all.sort());
  });

  it('gets identical answers, step by step', () => {
    expect(remote.map((r) => r.step)).toEqual(local.map((r) => r.step));
    for (let i = 0; i < local.length; i++) expect(remote[i], local[i].step).toEqual(local[i]);
  });

  it('meant what it tested: successes succeeded and refusals were refused for their reason', () => {
    const at = (step: string) => local.find((r) => r.step === step)!.result;
    const error = (step: string) => {
      const r = at(step);
      return r.ok ? undefined : r.error;
    };
    expect(error('stale draft')).toMatchObject({ code: 'conflict' });
    expect(error('invalid submit')).toMatchObject({ code: 'invalid' });
    // One entry per field, each at its own pointer (a missing field points at itself).
    expect(
      error('invalid submit')
        ?.details?.map((d) => d.path)
        .sort(),
    ).toEqual(['/channel', '/receivedOn', '/stayType']);
    expect(error('outsider reads')).toMatchObject({ code: 'forbidden', reason: 'not-in-care-team' });
    // Outside the care team: who can add them, by title.
    expect(error('outsider acts')).toMatchObject({ code: 'forbidden', reason: 'not-in-care-team' });
    expect(error('outsider acts')?.message).toMatch(/équipe de soins.*Directeur ou directrice/);
    // Still outside the care team: access is decided before the step's roles, states and
    // payloads, so the nurse learns nothing of them (issue 14 §11); 'wrong role' below is the role.
    expect(error('role not allowed')).toMatchObject({ code: 'forbidden', reason: 'not-in-care-team' });
    expect(error('role not allowed')?.message).toMatch(/équipe de soins/);
    expect(error('wrong step')).toMatchObject({ code: 'wrong-state' });
    expect(error('wrong role')).toMatchObject({ code: 'forbidden', reason: 'role' });
    expect(error('invalid payload')).toMatchObject({ code: 'invalid', path: '/plannedEntryDate' });
    expect(error('no such form')).toMatchObject({ code: 'not-found' });
    expect(error('AGGIR with a wrong GIR')).toMatchObject({ code: 'invalid', path: '/result/gir' });
    expect(error('support plan stale')).toMatchObject({ code: 'conflict' });
    expect(error('untitled objective')).toMatchObject({ code: 'invalid', path: '/objectives/0/title' });
    expect(error('not a manager')).toMatchObject({ code: 'forbidden' });
    expect(error('unknown professional')).toMatchObject({
      code: 'not-found',
      reason: 'unknown-professional',
    });
    expect(error('patch stale')).toMatchObject({ code: 'conflict' });
    // No version oracle: someone without access learns that, not the version.
    expect(error('outsider patch')).toMatchObject({ code: 'forbidden' });
    expect(error('outsider patch')?.message).toContain('autre établissement');
    expect(error('audit refused')).toMatchObject({ code: 'forbidden' });
    expect(error('TDDUI export elsewhere')).toMatchObject({ code: 'forbidden' });
    const bundle = at('TDDUI export');
    expect(bundle.ok && bundle.value).toMatchObject({ resourceType: 'Bundle' });
    for (const ok of [
      'medical opinion',
      'accept',
      'enter',
      'AGGIR by the physician',
      'agreement',
      'TDDUI export',
      'nurse reads',
      'close',
    ])
      expect(at(ok).ok, ok).toBe(true);
  });
});
