/**
 * Issue 14, point 8: everything a request controls is bounded — array indices (an existing index
 * or `-`), body size, nesting, string lengths, items, changes per request — and a request beyond
 * a bound is refused at once, 422 with the place in the body (413 for the body's size). The bounds
 * are the contract's (`REQUEST_LIMITS`); the figures below are written out by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signInAs } from './setup.js';
import { createWorld, ctxOf, newFile, worldServer, type World } from './world.js';

let w: World;
let app: FastifyInstance;
let fileId = '';
let auth = { cookie: '', csrf: '' };

beforeAll(async () => {
  w = await createWorld();
  const f = await w.engine.createUserFile(ctxOf('demo-ehpad-director'), newFile('BORNE', 'Irène'));
  if (!f.ok) throw new Error(f.error.message);
  fileId = f.value.id;
  app = await worldServer(w);
  auth = await signInAs(app, 'demo-ehpad-director');
});
afterAll(() => app.close());

const send = async (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: string | object) => {
  const started = performance.now();
  const res = await app.inject({
    method,
    url,
    headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'application/json' },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return { res, ms: performance.now() - started };
};
const version = async () => {
  const r = await w.engine.getUserFile(ctxOf('demo-ehpad-director'), fileId);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.version;
};
const rectify = async (changes: { pointer: string; value: unknown }[]) =>
  send('POST', `/api/user-files/${fileId}/rectifications`, {
    changes,
    expectedVersion: await version(),
    reason: 'Erreur de saisie constatée',
  });
const deepText = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('array indices: an existing index or `-`', () => {
  it('refuses /notes/999999 at once (422, the change named), and grows nothing', async () => {
    const before = await version();
    const { res, ms } = await rectify([{ pointer: '/notes/999999', value: { id: 'n', text: 'x' } }]);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invalid', pointer: '/changes/0/pointer' });
    expect(res.json().message).toContain('/notes/999999');
    expect(ms).toBeLessThan(1_000);
    expect(await version()).toBe(before);
  });

  it('refuses an index past the end, a non-canonical index (`01`), and an index inside a string', async () => {
    const places = [
      '/person/ins/birthFirstNames/2',
      '/person/ins/birthFirstNames/01',
      // Inside a string, and under a list that does not exist yet.
      '/person/ins/birthName/999999',
      '/stays/999999/room',
    ];
    for (const pointer of places) {
      const { res } = await rectify([{ pointer, value: 'Marie' }]);
      expect(res.statusCode, pointer).toBe(422);
    }
  });

  it('writes at an existing index, and appends with `-`', async () => {
    const ok = await rectify([
      { pointer: '/person/ins/birthFirstNames/0', value: 'Irène' },
      { pointer: '/person/ins/birthFirstNames/-', value: 'Marie' },
    ]);
    expect(ok.res.statusCode, ok.res.body).toBe(200);
    const r = await w.engine.getUserFile(ctxOf('demo-ehpad-director'), fileId);
    expect(r.ok && r.value.file).toMatchObject({ person: { ins: { birthFirstNames: ['Irène', 'Marie'] } } });
  });

  it('refuses more than 100 changes in one request, pointing at /changes', async () => {
    const changes = Array.from({ length: 101 }, () => ({ pointer: '/person/usedName', value: 'X' }));
    const { res } = await rectify(changes);
    // The contract's schema bounds the list (`maxItems`): refused before the engine, at /changes.
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation-failed', pointer: '/changes' });
    // An in-process caller meets the engine's own bound, the same figure.
    const direct = await w.engine.rectify(ctxOf('demo-ehpad-director'), fileId, changes, {
      expectedVersion: await version(),
      reason: 'Erreur de saisie constatée',
    });
    expect(direct.ok ? undefined : direct.error).toMatchObject({ code: 'invalid', path: '/changes' });
  });
});

describe('size, nesting, lengths and counts of any body', () => {
  const patch = async (patchText: string) =>
    send(
      'PATCH',
      `/api/user-files/${fileId}`,
      `{"patch":{"extensions":${patchText}},"expectedVersion":${await version()}}`,
    );

  it('a body over 1 MiB is a 413 body-too-large, unread', async () => {
    const { res } = await patch(`{"x":"${'x'.repeat(1_048_576)}"}`);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'body-too-large' });
  });

  for (const levels of [33, 5_000, 150_000]) {
    it(`a merge patch nested ${levels} levels deep is a 422 at the 32nd level`, async () => {
      const { res, ms } = await patch(deepText(levels));
      expect(res.statusCode, res.body.slice(0, 300)).toBe(422);
      // /patch/extensions then 30 more levels: the place the 33rd object opens.
      expect(res.json()).toMatchObject({ code: 'invalid', pointer: `/patch/extensions${'/a'.repeat(30)}` });
      expect(ms).toBeLessThan(1_000);
    });
  }

  it('a 32-level body is still accepted by the bound (the engine judges its content)', async () => {
    const { res } = await patch(deepText(29));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  });

  it('nesting is bounded on every route, before the schema: a deep event payload', async () => {
    const { res } = await send(
      'POST',
      '/api/instances/none/events',
      `{"type":"X","payload":${deepText(40)}}`,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().pointer).toMatch(/^\/payload(\/a)+$/);
  });

  it('a string over 65,536 characters is a 422 naming it (a note is at most 20,000)', async () => {
    const { res } = await send('POST', `/api/user-files/${fileId}/parts/notes/items`, {
      item: { id: 'n1', category: 'social', text: 'é'.repeat(65_537) },
      expectedVersion: await version(),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invalid', pointer: '/item/text' });
    expect(res.json().message).toContain('65536');
  });

  it('a list of more than 1,000 items is a 422 naming it', async () => {
    const { res } = await patch(`{"many":[${Array.from({ length: 1_001 }, () => '0').join(',')}]}`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invalid', pointer: '/patch/extensions/many' });
  });

  it('an object of more than 1,000 properties is a 422 naming it', async () => {
    const props = Array.from({ length: 1_001 }, (_, i) => `"k${i}":0`).join(',');
    const { res } = await patch(`{${props}}`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invalid', pointer: '/patch/extensions' });
  });
});
