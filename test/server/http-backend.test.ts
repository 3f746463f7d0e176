/**
 * The HTTP backend against the server's routes (through `app.inject`), both derived from the
 * contract: every operation reaches the same method of the server-side backend with the same
 * arguments, and a refusal comes back with its code, reason, message and pointer. The list
 * below must name every operation: adding one to the contract without a case here fails.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHttpBackend, duiContract } from '@duikit/core';
import { fakeServer, signInAs } from './setup.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A fetch that goes through `app.inject`, carrying the session cookie like a browser would. */
export function fetchVia(server: FastifyInstance, cookie: string): typeof fetch {
  return (async (input: string, init: RequestInit = {}) => {
    const res = await server.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: input,
      headers: { ...(init.headers as Record<string, string>), cookie },
      ...(init.body ? { payload: init.body as string } : {}),
    });
    return new Response(res.body, {
      status: res.statusCode,
      headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
    });
  }) as typeof fetch;
}

async function setup(answer?: Parameters<typeof fakeServer>[0]) {
  const s = await fakeServer(answer);
  app = s.app;
  const { cookie } = await signInAs(s.app);
  const backend = createHttpBackend({ baseUrl: '', fetch: fetchVia(s.app, cookie), purpose: 'admission' });
  return { ...s, backend };
}

const file = {
  id: 'f1',
  establishmentId: '690000013',
  status: 'preAdmission',
  person: {
    id: 'p1',
    identityStatus: 'PROV',
    ins: {
      birthName: 'DURAND',
      birthFirstNames: ['Jeanne'],
      birthDate: '1938-03-14',
      sex: 'F',
      birthPlace: { code: '69123' },
    },
  },
};
const plan = { expectations: [], needs: [], objectives: [], reviews: [] };
const aggir = {
  date: '2026-01-05',
  answers: { transferts: { spontanement: true, totalement: true, habituellement: true, correctement: true } },
  letters: { items: { transferts: 'A' }, variables: { transferts: 'A' }, illustrative: {} },
  result: { gir: 6, rank: 13, group: 'H', score: 0 },
};

/** Each operation with the arguments sent; they must arrive unchanged. */
const calls: Record<string, unknown[]> = {
  getTasks: [{ status: ['open', 'overdue'], userFileId: 'f1' }],
  getInstance: ['i1'],
  sendEvent: ['i1', { type: 'ACCEPT', payload: { plannedEntryDate: '2026-05-04' } }],
  saveStepResponse: [
    'i1',
    { a: 1 },
    { submit: true, expectedVersion: 2, step: 'contractualisation.welcome.pending' },
  ],
  getInstanceEvents: ['i1'],
  getWorkflows: [],
  startWorkflow: [{ definition: 'admission-ehpad', userFileId: 'f1', input: { a: 1 } }],
  getInstances: ['f1'],
  getDeadlines: [{ userFileId: 'f1', status: ['overdue'], before: '2026-01-01T00:00:00Z' }],
  getWorkflowDefinition: ['admission-ehpad@1.0.0'],
  getFormDefinition: ['admission-request@1.0.0'],
  getPartSchema: ['rights'],
  exportTddui: ['f1'],
  getUserFile: ['f1'],
  getTimeline: ['f1', { kinds: ['note', 'transition'], from: '2026-01-01' }],
  getAssessments: ['f1'],
  saveAggir: ['f1', aggir],
  getSupportPlans: ['f1'],
  saveSupportPlan: ['f1', plan, null],
  agreeSupportPlan: ['f1', 2, { party: 'person', agreed: true, opinion: 'd’accord' }],
  getCareTeam: ['f1'],
  addCareTeamMember: ['f1', { professionalId: 'dr-1', until: '2027-01-01T00:00:00Z' }],
  removeCareTeamMember: ['f1', 'dr-1'],
  getProfessionals: [],
  getAudit: [{ actions: ['read', 'workflow'], limit: 20, cursor: '120', from: '2026-01-01' }],
  readAuditEntries: [{ fileId: 'f1', limit: 5 }],
  exportAuditFhir: [{ fileId: 'f1' }],
  verifyAudit: [],
  listUserFiles: [{ phase: 'active', limit: 10 }],
  createUserFile: [{ file, establishment: '690000013' }],
  readUserFile: ['f1'],
  patchUserFile: ['f1', { patch: { notes: [] }, expectedVersion: 3 }],
  updateIdentity: ['f1', { identity: { usedName: 'MOREL' }, expectedVersion: 3, statusReason: 'INSi' }],
  setPart: ['f1', 'health', { value: { allergies: [] }, expectedVersion: 3 }],
  addItem: ['f1', 'notes', { item: { text: 'x' }, expectedVersion: 3 }],
  updateItem: ['f1', 'notes', 'n1', { patch: { text: 'y' }, expectedVersion: 3 }],
  getHistory: ['f1'],
  closeUserFile: ['f1', { at: '2026-01-01T00:00:00Z' }],
  exportUserFile: ['f1', { format: 'html' }],
  rectify: [
    'f1',
    {
      changes: [{ pointer: '/person/usedName', value: 'X' }],
      expectedVersion: 3,
      reason: 'erreur de saisie',
    },
  ],
  restrict: ['f1', { categories: ['health'], reason: 'demande écrite' }],
  liftRestriction: ['f1'],
  object: ['f1', { categories: ['health'], roles: ['nurse'], reason: 'souhait' }],
  withdrawObjection: ['f1'],
  breakGlass: ['f1', { reason: 'urgence vitale nocturne' }],
};

describe('createHttpBackend', () => {
  it('has a case for every operation the backend answers', () => {
    const backendOps = Object.entries(duiContract)
      .filter(([, op]) => !('scope' in op))
      .map(([name]) => name);
    expect(Object.keys(calls).sort()).toEqual(backendOps.sort());
  });

  for (const [method, args] of Object.entries(calls)) {
    it(`${method} reaches the server-side backend with the same arguments`, async () => {
      const s = await setup();
      const fn = (s.backend as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method];
      const result = await fn(...args);
      expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'recorded' } });
      const last = s.rec.calls.at(-1);
      expect(last?.method).toBe(method);
      expect(last?.args).toEqual(args);
      expect(last?.ctx).toMatchObject({ actor: { professionalId: 'demo-nurse' }, purpose: 'admission' });
    });
  }

  it('fetches the CSRF token itself and sends it on state changes', async () => {
    const s = await setup();
    await s.backend.sendEvent('i1', { type: 'SUBMIT_REQUEST' });
    expect(s.rec.calls.map((c) => c.method)).toEqual(['sendEvent']);
  });

  it('returns a refusal with its code, reason, message and path', async () => {
    const s = await setup(() => ({
      ok: false,
      error: {
        code: 'wrong-state',
        reason: 'guard',
        message: 'Le contrat n’est pas signé.',
        path: '/contract',
      },
    }));
    const r = await s.backend.sendEvent('i1', { type: 'ADMIT' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'wrong-state',
        reason: 'guard',
        message: 'Le contrat n’est pas signé.',
        path: '/contract',
      },
    });
  });

  it('returns validation faults from the server with their pointers, and calls nothing', async () => {
    const s = await setup();
    const r = await s.backend.sendEvent('i1', { type: '1 bad type' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'validation-failed', path: '/type' });
    expect(s.rec.calls).toEqual([]);
  });

  it('rebuilds an export download as the value the in-process backend returns', async () => {
    const s = await setup(() => ({
      ok: true,
      value: {
        format: 'html',
        mediaType: 'text/html; charset=utf-8',
        fileName: 'dossier f1.html',
        content: '<h1>x</h1>',
      },
    }));
    const r = await s.backend.exportUserFile('f1', { format: 'html' });
    expect(r).toEqual({
      ok: true,
      value: {
        format: 'html',
        mediaType: 'text/html; charset=utf-8',
        fileName: 'dossier_f1.html',
        content: '<h1>x</h1>',
      },
    });
  });

  it('reports an unreachable server as unavailable, without throwing', async () => {
    const backend = createHttpBackend({
      baseUrl: 'http://127.0.0.1:9',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const r = await backend.getTasks();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unavailable');
  });

  it('calls onUnauthenticated on a 401', async () => {
    const s = await fakeServer();
    app = s.app;
    let called = 0;
    const backend = createHttpBackend({
      baseUrl: '',
      fetch: fetchVia(s.app, ''),
      onUnauthenticated: () => called++,
    });
    const r = await backend.getTasks();
    expect(r.ok).toBe(false);
    expect(called).toBe(1);
  });
});
