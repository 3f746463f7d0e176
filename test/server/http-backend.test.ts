/**
 * The HTTP backend against the real server routes (through `app.inject`): every DuiBackend
 * method reaches the same method of the server-side backend with the same arguments, and a
 * refusal comes back with its code, message and pointer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHttpBackend, type DuiBackend } from '@duikit/core';
import { fakeServer, signInAs } from './setup.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A fetch that goes through `app.inject`, carrying the session cookie like a browser would. */
function fetchVia(server: FastifyInstance, cookie: string): typeof fetch {
  return (async (input: string, init: RequestInit = {}) => {
    const res = await server.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: input,
      headers: { ...(init.headers as Record<string, string>), cookie },
      ...(init.body ? { payload: init.body as string } : {}),
    });
    return new Response(res.body, {
      status: res.statusCode,
      headers: { 'content-type': String(res.headers['content-type']) },
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

const agreement = { party: 'person', agreed: true, opinion: 'd’accord', at: '2026-01-01T00:00:00Z' } as const;
const calls: [keyof DuiBackend, unknown[], unknown[]][] = [
  [
    'getTasks',
    [{ status: ['open', 'overdue'], userFileId: 'f1' }],
    [{ status: ['open', 'overdue'], userFileId: 'f1' }],
  ],
  ['getUserFile', ['f1'], ['f1']],
  [
    'getTimeline',
    ['f1', { kinds: ['note'], from: '2026-01-01' }],
    ['f1', { kinds: ['note'], from: '2026-01-01' }],
  ],
  ['getInstance', ['i1'], ['i1']],
  ['sendEvent', ['i1', { type: 'submit', payload: { a: 1 } }], ['i1', { type: 'submit', payload: { a: 1 } }]],
  ['saveStepResponse', ['i1', { a: 1 }, { submit: true }], ['i1', { a: 1 }, { submit: true }]],
  ['getWorkflowDefinition', ['admission-ehpad@1.0.0'], ['admission-ehpad@1.0.0']],
  ['getFormDefinition', ['admission-request@1'], ['admission-request@1']],
  ['getAssessments', ['f1'], ['f1']],
  ['getSupportPlans', ['f1'], ['f1']],
  [
    'saveSupportPlan',
    ['f1', { expectations: [], needs: [], objectives: [], reviews: [] }, null],
    ['f1', { expectations: [], needs: [], objectives: [], reviews: [] }, null],
  ],
  [
    'agreeSupportPlan',
    ['f1', 2, agreement],
    ['f1', 2, { party: 'person', agreed: true, opinion: 'd’accord' }],
  ],
  ['getDeadlines', [{ userFileId: 'f1', status: ['overdue'] }], [{ userFileId: 'f1', status: ['overdue'] }]],
];

describe('createHttpBackend', () => {
  for (const [method, args, expected] of calls) {
    it(`${method} reaches the server-side backend with the same arguments`, async () => {
      const s = await setup();
      const fn = s.backend[method] as (...a: unknown[]) => Promise<{ ok: boolean }>;
      const result = await fn(...args);
      expect(result.ok).toBe(true);
      const last = s.rec.calls.at(-1);
      expect(last?.method).toBe(`backend.${method}`);
      expect(last?.args).toEqual(expected);
      expect(last?.ctx).toMatchObject({ actor: { professionalId: 'demo-nurse' }, purpose: 'admission' });
    });
  }

  it('fetches the CSRF token itself and sends it on state changes', async () => {
    const s = await setup();
    const r = await s.backend.sendEvent('i1', { type: 'submit' });
    expect(r.ok).toBe(true);
  });

  it('returns a refusal with its code, message and path', async () => {
    const s = await setup(() => ({
      ok: false,
      error: { code: 'refused', message: 'Le contrat n’est pas signé.', path: '/contract' },
    }));
    const r = await s.backend.sendEvent('i1', { type: 'admit' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'refused', message: 'Le contrat n’est pas signé.', path: '/contract' },
    });
  });

  it('returns validation faults from the server with their pointers', async () => {
    const s = await setup();
    const r = await s.backend.sendEvent('i1', { type: '1 bad type' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'validation-failed', path: '/type' });
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
