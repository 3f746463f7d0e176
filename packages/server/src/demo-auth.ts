/**
 * The demo {@link AuthHook}: the visitor picks a fictitious professional from a list, and the
 * server keeps that actor in the encrypted session cookie. For evaluation only: nobody proves who
 * they are. A real host replaces it with its own hook (see `docs/auth-oidc.md`).
 */
import type { FastifyInstance } from 'fastify';
import type { Actor } from '@duikit/core';
import { actorFromSession, signIn, type AuthHook } from './auth.js';
import { ApiError } from './errors.js';
import { issueCsrfToken } from './csrf.js';

/** A demo professional offered by the role picker. */
export interface DemoProfessional extends Actor {
  name: string;
  /** Label of the role in French and English, for the picker. */
  roleLabel: { fr: string; en: string };
  /** Name of the establishment, for the picker. */
  establishmentName: string;
}

const signInBody = {
  type: 'object',
  required: ['professionalId'],
  additionalProperties: false,
  properties: { professionalId: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

/**
 * Builds the demo hook over a fixed list of fictitious professionals.
 *
 * @example
 * const auth = createDemoAuth([{ professionalId: 'demo-dir', role: 'director', establishment: '690000001',
 *   name: 'Claire Martin', roleLabel: { fr: 'Directrice', en: 'Director' }, establishmentName: 'EHPAD' }]);
 * const app = await createServer({ engine, auth, secret });
 */
export function createDemoAuth(professionals: readonly DemoProfessional[]): AuthHook {
  const byId = new Map(professionals.map((p) => [p.professionalId, p]));
  return {
    kind: 'demo',
    publicRoutes: ['GET /api/auth/demo/professionals', 'POST /api/auth/demo/sign-in'],
    authenticate: (request) => {
      const actor = actorFromSession(request);
      // A session naming a professional no longer offered (seed changed) is not honoured.
      return actor && byId.has(actor.professionalId) ? actor : null;
    },
    register(app: FastifyInstance) {
      app.get(
        '/api/auth/demo/professionals',
        { schema: { tags: ['auth'], summary: 'Demo professionals offered by the role picker' } },
        async () => ({ professionals }),
      );
      app.post(
        '/api/auth/demo/sign-in',
        { schema: { tags: ['auth'], summary: 'Sign in as a demo professional', body: signInBody } },
        async (request) => {
          const { professionalId } = request.body as { professionalId: string };
          const pro = byId.get(professionalId);
          if (!pro) {
            throw new ApiError(
              400,
              'unknown-professional',
              'server.error.unknownProfessional',
              { id: professionalId },
              '/professionalId',
            );
          }
          const actor: Actor = {
            professionalId: pro.professionalId,
            role: pro.role,
            establishment: pro.establishment,
            name: pro.name,
          };
          await signIn(request, actor);
          return { actor, csrfToken: issueCsrfToken(request), roleLabel: pro.roleLabel };
        },
      );
    },
  };
}
