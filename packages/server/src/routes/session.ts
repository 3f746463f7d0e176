/**
 * Session routes common to every auth hook: who am I (with the CSRF token the client must echo),
 * and sign out.
 */
import type { FastifyInstance } from 'fastify';
import type { AccessPolicy } from '@duikit/core';
import { signOut } from '../auth.js';
import { issueCsrfToken } from '../csrf.js';

/**
 * Registers `GET /api/session` and `POST /api/auth/sign-out`.
 *
 * @example
 * registerSessionRoutes(app, 'demo', engine.policy);
 */
export function registerSessionRoutes(app: FastifyInstance, authKind: string, policy?: AccessPolicy): void {
  app.get(
    '/api/session',
    { schema: { tags: ['auth'], summary: 'The signed-in actor and the CSRF token' } },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      // The role's label from the access policy, for the page header.
      const roleLabel = req.actor ? policy?.roles?.[req.actor.role]?.label : undefined;
      return {
        actor: req.actor,
        csrfToken: issueCsrfToken(req),
        authKind,
        ...(roleLabel ? { roleLabel } : {}),
      };
    },
  );
  app.post('/api/auth/sign-out', { schema: { tags: ['auth'], summary: 'End the session' } }, async (req) => {
    signOut(req);
    return { signedOut: true };
  });
}
