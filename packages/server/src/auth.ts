/**
 * Authentication is the host's: the server only asks an {@link AuthHook} "who is calling?" and
 * refuses every API call without an answer. The hook may register its own routes (an OIDC
 * callback, a demo sign-in) and keeps its state in the encrypted session cookie the server
 * provides (`request.session`). See `docs/auth-oidc.md` for an OpenID Connect implementation.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '@duikit/core';
import type { SessionRegistry } from './sessions.js';

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
/** Session key of the server-side session record's id. */
export const SESSION_ID = 'sid';

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
 * sign-in cannot be reused, and opens its server-side record (sign-out and idle expiry end it).
 *
 * @example
 * await signIn(request, { professionalId: 'rpps-10001', role: 'nurse', establishment: '690000001' });
 */
export async function signIn(request: FastifyRequest, actor: Actor): Promise<void> {
  request.session.regenerate();
  const id = await request.server.duiSessions.open(actor.professionalId);
  request.session.set(SESSION_ID, id);
  request.session.set(SESSION_ACTOR, actor);
}

/**
 * Ends the session: its server-side record is dropped (a copy of the cookie no longer works) and
 * the cookie is cleared on the answer.
 *
 * @example
 * app.post('/api/auth/sign-out', async (req) => { await signOut(req); return { ok: true }; });
 */
export async function signOut(request: FastifyRequest): Promise<void> {
  const id = request.session.get(SESSION_ID);
  if (typeof id === 'string') await request.server.duiSessions.close(id);
  request.session.regenerate();
  request.session.delete();
}

/**
 * Whether the session's actor (if any) is still honoured: a session that carries an actor must
 * name a live server-side record. One that does not is emptied, so the request is anonymous.
 *
 * @example
 * await checkSession(request); // then authenticate
 */
export async function checkSession(request: FastifyRequest): Promise<void> {
  if (request.session.get(SESSION_ACTOR) === undefined) return;
  const id = request.session.get(SESSION_ID);
  if (typeof id === 'string' && (await request.server.duiSessions.touch(id))) return;
  // Emptied for this request (the hooks read it next), and cleared on the answer.
  request.session.regenerate();
  request.session.delete();
}

declare module '@fastify/secure-session' {
  interface SessionData {
    actor: Actor;
    csrf: string;
    sid: string;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The live sessions (see `ServerOptions.sessions`). */
    duiSessions: SessionRegistry;
  }
}
