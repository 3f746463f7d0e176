/**
 * Issue 14, point 13: an answer of the API can hold a person's file; no cache may keep it (a
 * shared computer's browser cache, a proxy), and no other site may frame the app (clickjacking).
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
  const f = await w.engine.createUserFile(ctxOf('demo-ehpad-director'), newFile('CACHE', 'Paule'));
  if (!f.ok) throw new Error(f.error.message);
  fileId = f.value.id;
  app = await worldServer(w);
  auth = await signInAs(app, 'demo-ehpad-director');
});
afterAll(() => app.close());

describe('personal data is never cached, the app never framed', () => {
  it('answers the file, its glance, its history and its export with Cache-Control: no-store', async () => {
    for (const url of [
      `/api/user-files/${fileId}`,
      `/api/user-files/${fileId}/summary`,
      `/api/user-files/${fileId}/history`,
      `/api/user-files/${fileId}/timeline`,
      `/api/user-files/${fileId}/export?format=json`,
      '/api/user-files',
      '/api/audit',
    ]) {
      const res = await app.inject({ url, headers: { cookie: auth.cookie } });
      expect(res.statusCode, url).toBeLessThan(300);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('keeps refusals and errors out of caches too', async () => {
    const res = await app.inject({ url: '/api/user-files/nobody', headers: { cookie: auth.cookie } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['cache-control']).toBe('no-store');
    const anonymous = await app.inject({ url: `/api/user-files/${fileId}` });
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });

  it('forbids framing with X-Frame-Options: DENY, as frame-ancestors does', async () => {
    const res = await app.inject({ url: `/api/user-files/${fileId}`, headers: { cookie: auth.cookie } });
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});
