import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { duiContract } from '@duikit/core';
import { fakeServer, signInAs } from './setup.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function signedIn(answer?: Parameters<typeof fakeServer>[0]) {
  const s = await fakeServer(answer);
  app = s.app;
  const { cookie, csrf } = await signInAs(s.app);
  const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
  return { ...s, headers };
}

describe('bad bodies get a 4xx with code and pointer, and reach nothing', () => {
  it('malformed JSON → 400 malformed-json', async () => {
    const s = await signedIn();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/user-files',
      headers: s.headers,
      payload: '{"file": {',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'malformed-json', pointer: '' });
    expect(s.rec.calls).toEqual([]);
  });

  it('unknown field → 400 unknown-field naming it', async () => {
    const s = await signedIn();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/user-files',
      headers: s.headers,
      payload: { file: {}, fiel: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'unknown-field', pointer: '/fiel' });
    expect(res.json().message).toContain('/fiel');
    expect(s.rec.calls).toEqual([]);
  });

  it('wrong types → 400 validation-failed, every fault listed with its pointer', async () => {
    const s = await signedIn();
    const res = await s.app.inject({
      method: 'PATCH',
      url: '/api/user-files/f1',
      headers: s.headers,
      payload: { patch: 'not an object', expectedVersion: '3' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation-failed');
    expect(body.details.map((d: { pointer: string }) => d.pointer).sort()).toEqual([
      '/expectedVersion',
      '/patch',
    ]);
    expect(s.rec.calls).toEqual([]);
  });

  it('a missing required field points at it', async () => {
    const s = await signedIn();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/instances/i1/events',
      headers: s.headers,
      payload: {},
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation-failed', pointer: '/type' });
  });

  it('a new user file is validated against the user-file schema, every fault with its pointer', async () => {
    const s = await signedIn();
    const file = {
      id: 'x',
      establishmentId: 'e',
      status: 'active',
      person: {
        id: 'p',
        identityStatus: 'PROV',
        ins: {
          birthName: 'A',
          birthFirstNames: ['B'],
          birthDate: '1950-13-01',
          sex: 'X',
          birthPlace: { code: '69123' },
        },
      },
    };
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/user-files',
      headers: s.headers,
      payload: { file },
    });
    expect(res.statusCode).toBe(400);
    const pointers = (res.json().details as { pointer: string }[]).map((d) => d.pointer).sort();
    expect(pointers).toEqual(['/file/person/ins/birthDate', '/file/person/ins/sex']);
    expect(res.json().message).toContain('/file/person/ins/birthDate');
    expect(s.rec.calls).toEqual([]);
  });

  it('oversized body → 413 body-too-large', async () => {
    const s = await signedIn();
    const big = JSON.stringify({ file: { note: 'x'.repeat(1_100_000) } });
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/user-files',
      headers: s.headers,
      payload: big,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'body-too-large' });
    expect(s.rec.calls).toEqual([]);
  });

  it('prototype pollution → 400', async () => {
    const s = await signedIn();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/user-files',
      headers: s.headers,
      payload: '{"file":{"__proto__":{"x":1}}}',
    });
    expect(res.statusCode).toBe(400);
    expect(s.rec.calls).toEqual([]);
  });

  it('a non-JSON content type → 415', async () => {
    const s = await signedIn();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/user-files',
      headers: { ...s.headers, 'content-type': 'text/plain' },
      payload: 'file=1',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'unsupported-media-type' });
    expect(s.rec.calls).toEqual([]);
  });

  it('speaks English when asked', async () => {
    const s = await signedIn();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/user-files',
      headers: { ...s.headers, 'accept-language': 'en-GB,en;q=0.9' },
      payload: { file: {}, fiel: 1 },
    });
    expect(res.json().message).toBe('Unknown field "/fiel".');
  });
});

describe('refusals keep their code, reason, sentence and pointers; the status follows meaning', () => {
  // RFC 9110: 403 not allowed, 404 not found, 409 conflicts with the state (a newer version, a
  // step that does not accept the event), 422 content understood but invalid.
  const cases = [
    ['forbidden', 403],
    ['not-found', 404],
    ['conflict', 409],
    ['wrong-state', 409],
    ['invalid', 422],
    ['unavailable', 503],
  ] as const;
  for (const [code, status] of cases) {
    it(`${code} → ${status}`, async () => {
      const s = await signedIn(() => ({
        ok: false,
        error: {
          code,
          reason: 'identity-vigilance',
          message: `refus ${code}`,
          path: '/identity/birthDate',
          details: [{ path: '/identity/birthDate', message: 'm' }],
        },
      }));
      const res = await s.app.inject({ url: '/api/user-files/f1', headers: s.headers });
      expect(res.statusCode).toBe(status);
      expect(res.json()).toEqual({
        code,
        reason: 'identity-vigilance',
        message: `refus ${code}`,
        pointer: '/identity/birthDate',
        details: [{ code, message: 'm', pointer: '/identity/birthDate' }],
      });
    });
  }

  it('an unexpected throw is a 500 that leaks nothing', async () => {
    const s = await signedIn(() => {
      throw new Error('secret internals at /srv/x');
    });
    const res = await s.app.inject({ url: '/api/user-files/f1', headers: s.headers });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'internal' });
    expect(res.body).not.toContain('secret internals');
  });
});

describe('OpenAPI', () => {
  /** Follows a `#/components/schemas/…` reference (with a JSON Pointer fragment) in the document. */
  const resolve = (doc: Record<string, unknown>, ref: string) =>
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (n, k) => (n as Record<string, unknown>)[k.replaceAll('~1', '/').replaceAll('~0', '~')],
        doc,
      ) as Record<string, unknown>;

  it('publishes every operation of the contract, with its schemas, from the same declaration', async () => {
    const s = await fakeServer();
    app = s.app;
    const res = await s.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const [name, op] of Object.entries(duiContract)) {
      const entry = doc.paths[op.path]?.[op.method.toLowerCase()];
      expect(entry?.operationId, `${op.method} ${op.path}`).toBe(name);
    }
    const create = doc.paths['/api/user-files'].post.requestBody.content['application/json'].schema;
    const createBody = create.$ref ? resolve(doc, create.$ref) : create;
    expect((createBody.properties as Record<string, { $ref: string }>).file.$ref).toBe(
      '#/components/schemas/user-file',
    );
    expect(doc.components.schemas['user-file']).toMatchObject({
      'x-tsName': 'UserFile',
      properties: { person: {} },
    });
    const events = doc.paths['/api/instances/{instanceId}/events'].post;
    const body = resolve(doc, events.requestBody.content['application/json'].schema.$ref);
    expect(body.required).toEqual(['type']);
    expect(body.additionalProperties).toBe(false);
    // Refusals share one error body, and the success names the view it returns.
    expect(events.responses['4XX'].content['application/json'].schema.$ref).toMatch(/api-common/);
    const ok = resolve(doc, events.responses['200'].content['application/json'].schema.$ref);
    expect(ok.required).toEqual(expect.arrayContaining(['stateTitle', 'events', 'version']));
  });
});
