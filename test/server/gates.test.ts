import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { cookieOf, fakeServer, signInAs } from './setup.js';
import { SAMPLE_INSTANCE } from './fake.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('authentication gate', () => {
  it('answers no API route without an actor, and calls nothing', async () => {
    const s = await fakeServer();
    app = s.app;
    const routes = [
      ['GET', '/api/user-files'],
      ['GET', '/api/user-files/f1'],
      ['GET', '/api/tasks'],
      ['GET', '/api/audit'],
      ['GET', '/api/session'],
      ['POST', '/api/user-files'],
      ['POST', '/api/instances/i1/events'],
      ['GET', '/api/nothing-here'],
    ] as const;
    for (const [method, url] of routes) {
      const res = await app.inject({ method, url, payload: method === 'POST' ? { type: 'x' } : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthenticated', pointer: '' });
    }
    expect(s.rec.calls).toEqual([]);
  });

  it('refuses a forged or tampered session cookie', async () => {
    const s = await fakeServer();
    app = s.app;
    const { cookie } = await signInAs(app);
    const tampered = cookie.slice(0, -4) + (cookie.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const res = await app.inject({ url: '/api/session', headers: { cookie: tampered } });
    expect(res.statusCode).toBe(401);
  });

  it('signs a demo professional in and names them as the actor of engine calls', async () => {
    const s = await fakeServer();
    app = s.app;
    const { cookie } = await signInAs(app);
    const session = await app.inject({ url: '/api/session', headers: { cookie } });
    expect(session.json()).toMatchObject({
      actor: { professionalId: 'demo-nurse', role: 'nurse', establishment: '690000001' },
    });
    const res = await app.inject({
      url: '/api/user-files/f1',
      headers: { cookie, 'x-dui-purpose': 'admission' },
    });
    expect(res.json()).toMatchObject({ code: 'not-found', message: 'recorded' });
    expect(s.rec.calls.at(-1)).toMatchObject({
      method: 'readUserFile',
      ctx: { actor: { professionalId: 'demo-nurse' }, purpose: 'admission' },
      args: ['f1'],
    });
  });

  it('refuses an unknown demo professional with the pointer of the field', async () => {
    const s = await fakeServer();
    app = s.app;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/demo/sign-in',
      payload: { professionalId: 'nobody' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'unknown-professional', pointer: '/professionalId' });
    expect(res.cookies.find((c) => c.name === 'dui_session')).toBeUndefined();
  });

  it('signs out: the session no longer answers', async () => {
    const s = await fakeServer();
    app = s.app;
    const { cookie, csrf } = await signInAs(app);
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(200);
    const after = await app.inject({ url: '/api/session', headers: { cookie: cookieOf(out) } });
    expect(after.statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing call without the token, or with another session’s token', async () => {
    const s = await fakeServer(() => ({ ok: true, value: SAMPLE_INSTANCE }));
    app = s.app;
    const a = await signInAs(app);
    const b = await signInAs(app);
    const payload = { type: 'submit' };
    const none = await app.inject({
      method: 'POST',
      url: '/api/instances/i1/events',
      headers: { cookie: a.cookie },
      payload,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ code: 'csrf-token-invalid' });
    const other = await app.inject({
      method: 'POST',
      url: '/api/instances/i1/events',
      headers: { cookie: a.cookie, 'x-csrf-token': b.csrf },
      payload,
    });
    expect(other.statusCode).toBe(403);
    expect(s.rec.calls).toEqual([]);
    const good = await app.inject({
      method: 'POST',
      url: '/api/instances/i1/events',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrf },
      payload,
    });
    expect(good.statusCode).toBe(200);
    expect(s.rec.calls.map((c) => c.method)).toEqual(['sendEvent']);
    expect(good.json()).toEqual(SAMPLE_INSTANCE);
  });

  it('refuses a cross-site sign-in', async () => {
    const s = await fakeServer();
    app = s.app;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/demo/sign-in',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { professionalId: 'demo-nurse' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('security headers', () => {
  it('sends a strict CSP without unsafe-eval or inline script', async () => {
    const s = await fakeServer();
    app = s.app;
    const res = await app.inject({ url: '/api/session' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('marks the session cookie HttpOnly and SameSite=Strict', async () => {
    const s = await fakeServer();
    app = s.app;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/demo/sign-in',
      payload: { professionalId: 'demo-nurse' },
    });
    const c = res.cookies.find((x) => x.name === 'dui_session');
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });
});
