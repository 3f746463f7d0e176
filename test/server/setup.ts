/** Builds a server over the recording fakes, and signs a demo professional in. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createDemoAuth, createServer, type DemoProfessional, type ServerOptions } from '@duikit/server';
import { fakeDeps } from './fake.js';

export const pros: DemoProfessional[] = [
  {
    professionalId: 'demo-nurse',
    role: 'nurse',
    establishment: '690000001',
    name: 'Inès Moreau',
    roleLabel: { fr: 'Infirmière', en: 'Nurse' },
    establishmentName: 'EHPAD Les Tilleuls (démo)',
  },
];

export const SECRET = 'x'.repeat(48);

export async function fakeServer(
  answer?: Parameters<typeof fakeDeps>[0],
  options: Partial<ServerOptions> = {},
) {
  const deps = fakeDeps(answer);
  const app = await createServer({
    ...deps,
    auth: createDemoAuth(pros),
    secret: SECRET,
    secureCookie: false,
    assets: false,
    ...options,
  });
  return { app, ...deps };
}

/** Signs in; returns the cookie header and CSRF token to send with later requests. */
export async function signInAs(app: FastifyInstance, professionalId = 'demo-nurse') {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/demo/sign-in',
    payload: { professionalId },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieOf(res);
  return { cookie, csrf: res.json<{ csrfToken: string }>().csrfToken };
}

export function cookieOf(res: LightMyRequestResponse): string {
  // The raw Set-Cookie value: `res.cookies` decodes it, and a decoded value no longer parses.
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const raw = all.find((c) => c.startsWith('dui_session='));
  if (!raw) throw new Error('no session cookie');
  return raw.split(';')[0] ?? '';
}
