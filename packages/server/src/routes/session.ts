/**
 * Session routes common to every auth hook: who am I (with the CSRF token the client must echo),
 * and sign out.
 */
import type { FastifyInstance } from 'fastify';
import { signOut } from '../auth.js';
import { issueCsrfToken } from '../csrf.js';

/**
 * Registers `GET /api/session` and `POST /api/auth/sign-out`.
 *
 * @example
 * registerSessionRoutes(app, 'demo');
 */
export function registerSessionRoutes(app: FastifyInstance, authKind: string): void {
  app.get(
    '/api/session',
    { schema: { tags: ['auth'], summary: 'The signed-in actor and the CSRF token' } },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return { actor: req.actor, csrfToken: issueCsrfToken(req), authKind };
    },
  );
  app.post('/api/auth/sign-out', { schema: { tags: ['auth'], summary: 'End the session' } }, async (req) => {
    signOut(req);
    return { signedOut: true };
  });
}
