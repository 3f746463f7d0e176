/**
 * Authentication is the host's: the server only asks an {@link AuthHook} "who is calling?" and
 * refuses every API call without an answer. The hook may register its own routes (an OIDC
 * callback, a demo sign-in) and keeps its state in the encrypted session cookie the server
 * provides (`request.session`). See `docs/auth-oidc.md` for an OpenID Connect implementation.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '@duikit/core';

/** What the server needs from the host's authentication. */
export interface AuthHook {
  /**
   * Resolves the actor of a request (from the session, a bearer token, a client certificate…),
   * or `null` when the caller is not signed in. Throwing is a server error, not a refusal.
   */
  authenticate(request: FastifyRequest): Promise<Actor | null> | Actor | null;
  /**
   * Registers the hook's own routes (sign-in, callback, sign-out). These routes are public:
   * they are reached before an actor exists. Paths under `/api/auth/` are exempt from the
   * CSRF check only when listed in `publicRoutes`.
   */
  register?(app: FastifyInstance): Promise<void> | void;
  /** Method + path (`POST /api/auth/demo/sign-in`) of the hook's routes that need no actor. */
  publicRoutes?: readonly string[];
  /** Shown by the host app's sign-in page: how to sign in (`demo` shows the role picker). */
  kind: 'demo' | 'oidc' | 'custom';
}

/** Session key under which the signed-in actor is kept. */
export const SESSION_ACTOR = 'actor';
/** Session key of the CSRF token bound to the session. */
export const SESSION_CSRF = 'csrf';

/** Reads the actor the hooks stored in the encrypted session, checking its shape. */
export function actorFromSession(request: FastifyRequest): Actor | null {
  const raw = request.session?.get(SESSION_ACTOR) as Partial<Actor> | undefined;
  if (!raw || typeof raw !== 'object') return null;
  const { professionalId, role, establishment, name } = raw;
  if (typeof professionalId !== 'string' || typeof role !== 'string' || typeof establishment !== 'string') {
    return null;
  }
  return { professionalId, role, establishment, ...(typeof name === 'string' ? { name } : {}) };
}

/**
 * Stores an actor in the session after the host checked who the caller is (an OIDC callback
 * does this after validating the ID token). Regenerates the session so a session fixed before
 * sign-in cannot be reused.
 *
 * @example
 * signIn(request, { professionalId: 'rpps-10001', role: 'nurse', establishment: '690000001' });
 */
export function signIn(request: FastifyRequest, actor: Actor): void {
  request.session.regenerate();
  request.session.set(SESSION_ACTOR, actor);
}

/**
 * Ends the session (the cookie is cleared on the answer).
 *
 * @example
 * app.post('/api/auth/sign-out', async (req) => { signOut(req); return { ok: true }; });
 */
export function signOut(request: FastifyRequest): void {
  request.session.delete();
}

declare module '@fastify/secure-session' {
  interface SessionData {
    actor: Actor;
    csrf: string;
  }
}
