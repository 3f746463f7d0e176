/**
 * The server's answers to the session operations of the contract: who am I (with the CSRF token
 * the client must echo, the role's and the establishment's titles), and sign out.
 */
import type { Engine } from '@duikit/core';
import { signOut } from '../auth.js';
import { issueCsrfToken } from '../csrf.js';
import type { SessionHandlers } from './contract.js';

/**
 * The session handlers.
 *
 * @example
 * const handlers = sessionHandlers('demo', engine);
 */
export function sessionHandlers(
  authKind: string,
  engine: Pick<Engine, 'policy' | 'establishment'>,
): SessionHandlers {
  return {
    async getSession(req, reply) {
      reply.header('cache-control', 'no-store');
      const roleLabel = req.actor ? engine.policy.roles[req.actor.role]?.label : undefined;
      const establishmentName = req.actor ? engine.establishment(req.actor.establishment).name : undefined;
      return {
        actor: req.actor,
        csrfToken: issueCsrfToken(req),
        authKind,
        ...(roleLabel ? { roleLabel } : {}),
        ...(establishmentName ? { establishmentName } : {}),
      };
    },
    async signOut(req) {
      await signOut(req);
      return { signedOut: true };
    },
  };
}
