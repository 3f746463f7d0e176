/**
 * The reference server over the seeded demo data (twenty fictitious persons, every demo
 * professional), on a memory store and in-process (`app.inject`): what `npm start` serves,
 * without a data folder or a port. For the suites that probe the whole API.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createMemoryStore } from '@duikit/core';
import { createDemoAuth, createServer, DEMO_PROFESSIONALS } from '@duikit/server';
import { assembleDemoEngine, type DemoEngine } from '../../packages/server/src/demo-engine.js';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.js';
import { signInAs } from './setup.js';

/** A signed-in professional's headers. */
export interface Session {
  cookie: string;
  csrf: string;
}

/** The seeded server and a session per demo professional. */
export interface DemoServer {
  app: FastifyInstance;
  demo: DemoEngine;
  sessions: Map<string, Session>;
  /** Signs a professional in again (after a sign-out), replacing the kept session. */
  renew(professionalId: string): Promise<Session>;
  /** A request as a signed-in demo professional (JSON body when `payload` is given). */
  as(
    professionalId: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
}

/**
 * Seeds a memory store with the demo data and serves it; every demo professional is signed in.
 *
 * @example
 * const { app, sessions } = await demoServer();
 */
export async function demoServer(options: { logger?: unknown } = {}): Promise<DemoServer> {
  const demo = await assembleDemoEngine(createMemoryStore());
  await seedIfEmpty(demo.engine, demo.runtime, demo.clock);
  const app = await createServer({
    service: demo.service,
    auth: createDemoAuth(DEMO_PROFESSIONALS),
    secret: 's'.repeat(48),
    secureCookie: false,
    assets: false,
    ...(options.logger !== undefined ? { logger: options.logger as never } : {}),
  });
  const sessions = new Map<string, Session>();
  const renew = async (id: string) => {
    const s = await signInAs(app, id);
    sessions.set(id, s);
    return s;
  };
  for (const p of DEMO_PROFESSIONALS) await renew(p.professionalId);
  const as: DemoServer['as'] = (id, method, url, payload) => {
    const session = sessions.get(id);
    if (!session) throw new Error(`no demo professional ${id}`);
    return app.inject({
      method,
      url,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        ...(payload ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload ? { payload: JSON.stringify(payload) } : {}),
    });
  };
  return { app, demo, sessions, renew, as };
}
