/**
 * Issue 14, point 9: a bad request is the caller's mistake, answered 4xx with the place, never a
 * 500; prototype keys (`__proto__`, `constructor`, `prototype`) are refused wherever a pointer or
 * a patch is applied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { signInAs } from './setup.js';
import { createWorld, ctxOf, newFile, worldServer } from './world.js';

let app: FastifyInstance;
let fileId = '';
let auth = { cookie: '', csrf: '' };

beforeAll(async () => {
  const w = await createWorld();
  const f = await w.engine.createUserFile(ctxOf('demo-ehpad-director'), newFile('FUZZ', 'Irène'));
  if (!f.ok) throw new Error(f.error.message);
  fileId = f.value.id;
  app = await worldServer(w);
  auth = await signInAs(app, 'demo-ehpad-director');
});
afterAll(() => app.close());

const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown) =>
  app.inject({
    method,
    url,
    headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });

const nested = (depth: number) => {
  let v: Record<string, unknown> = { x: 1 };
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

describe('bad requests get a 4xx with the place', () => {
  const cases: [string, () => ReturnType<typeof send>][] = [
    [
      'a list part replaced whole',
      () => send('PUT', `/api/user-files/${fileId}/parts/notes`, { value: [], expectedVersion: 1 }),
    ],
    [
      'an item added to a part that is no list',
      () =>
        send('POST', `/api/user-files/${fileId}/parts/health/items`, {
          item: { id: 'x' },
          expectedVersion: 1,
        }),
    ],
    ['an empty support plan', () => send('POST', `/api/user-files/${fileId}/support-plans`, {})],
    [
      'a rectification of /__proto__/x',
      () =>
        send('POST', `/api/user-files/${fileId}/rectifications`, {
          changes: [{ pointer: '/__proto__/x', value: 1 }],
          expectedVersion: 1,
          reason: 'Erreur de saisie constatée',
        }),
    ],
    [
      'a rectification of /constructor/prototype',
      () =>
        send('POST', `/api/user-files/${fileId}/rectifications`, {
          changes: [{ pointer: '/person/constructor/prototype', value: 1 }],
          expectedVersion: 1,
          reason: 'Erreur de saisie constatée',
        }),
    ],
    [
      'a merge patch nested 40 deep (deeper than any user file)',
      () =>
        send('PATCH', `/api/user-files/${fileId}`, {
          patch: { extensions: nested(40) },
          expectedVersion: 1,
        }),
    ],
  ];
  for (const [what, call] of cases) {
    it(`answers ${what} with a 4xx`, async () => {
      const res = await call();
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.json()).toHaveProperty('message');
    });
  }
});
