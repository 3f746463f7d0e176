/**
 * Issue 14, point 3: signing out signs out. The cookie names a server-side session record; sign-out
 * drops it, so a copy of the cookie taken before (a shared computer, a proxy log) is refused, and
 * a session left idle ends by itself. Through the real server, with the demo sign-in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createDemoAuth, createServer, memorySessions } from '@duikit/server';
import { fakeDeps } from './fake.js';
import { pros, SECRET, signInAs } from './setup.js';

const MINUTE = 60_000;
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function server(idleSeconds = 15 * 60) {
  const clock = { now: Date.parse('2026-03-02T08:00:00Z') };
  app = await createServer({
    ...fakeDeps(),
    auth: createDemoAuth(pros),
    secret: SECRET,
    secureCookie: false,
    assets: false,
    sessions: memorySessions({ idleSeconds, now: () => clock.now }),
  });
  return { app, clock };
}

const session = (a: FastifyInstance, cookie: string) =>
  a.inject({ url: '/api/session', headers: { cookie } });

describe('sessions end on the server', () => {
  it('refuses the cookie of a signed-out session, even replayed word for word', async () => {
    const { app: a } = await server();
    const { cookie, csrf } = await signInAs(a);
    expect((await session(a, cookie)).statusCode).toBe(200);
    const out = await a.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(200);
    const replay = await session(a, cookie);
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'unauthenticated' });
    // Every other route too, reads and writes alike.
    const read = await a.inject({ url: '/api/user-files', headers: { cookie } });
    expect(read.statusCode).toBe(401);
  });

  it('ends a session left idle past the limit, and keeps one in use alive', async () => {
    const { app: a, clock } = await server(15 * 60);
    const busy = await signInAs(a);
    const idle = await signInAs(a);
    for (let i = 0; i < 4; i++) {
      clock.now += 10 * MINUTE; // 40 minutes in all, never 15 without a request
      expect((await session(a, busy.cookie)).statusCode).toBe(200);
    }
    expect((await session(a, idle.cookie)).statusCode).toBe(401);
    // An idle session does not come back by being used afterwards.
    expect((await session(a, idle.cookie)).statusCode).toBe(401);
  });

  it('signs out one session, not the professional’s others', async () => {
    const { app: a } = await server();
    const desk = await signInAs(a);
    const tablet = await signInAs(a);
    await a.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: desk.cookie, 'x-csrf-token': desk.csrf },
    });
    expect((await session(a, desk.cookie)).statusCode).toBe(401);
    expect((await session(a, tablet.cookie)).statusCode).toBe(200);
  });

  it('ends every session of a professional on demand (access withdrawn)', async () => {
    const sessions = memorySessions();
    const a = (app = await createServer({
      ...fakeDeps(),
      auth: createDemoAuth(pros),
      secret: SECRET,
      secureCookie: false,
      assets: false,
      sessions,
    }));
    const one = await signInAs(a);
    const two = await signInAs(a);
    expect(await sessions.closeAll('demo-nurse')).toBe(2);
    expect((await session(a, one.cookie)).statusCode).toBe(401);
    expect((await session(a, two.cookie)).statusCode).toBe(401);
  });

  it('refuses a cookie another server process issued (nothing shared: fail closed)', async () => {
    const { app: first } = await server();
    const { cookie } = await signInAs(first);
    await first.close();
    const { app: second } = await server();
    expect((await session(second, cookie)).statusCode).toBe(401);
  });
});
