/**
 * CSRF protection, in three layers, because the session rides on a cookie:
 * 1. the cookie is `SameSite=Strict`, so other sites' requests do not carry it;
 * 2. every state-changing request must carry `X-CSRF-Token` equal to the token kept in the
 *    encrypted session (a synchronizer token: another site can neither read nor guess it);
 * 3. browsers' `Sec-Fetch-Site: cross-site` is refused outright, and bodies must be
 *    `application/json`, which a plain HTML form on another site cannot send.
 * The public sign-in route has no token yet: layers 1 and 3 protect it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { SESSION_CSRF } from './auth.js';
import { ApiError } from './errors.js';

/** Header the client sends the token in. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Returns the session's token, creating one when the session has none.
 *
 * @example
 * return { actor, csrfToken: issueCsrfToken(request) };
 */
export function issueCsrfToken(request: FastifyRequest): string {
  const existing = request.session.get(SESSION_CSRF);
  if (typeof existing === 'string' && existing.length > 0) return existing;
  const token = randomBytes(32).toString('base64url');
  request.session.set(SESSION_CSRF, token);
  return token;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Refuses a cross-site or token-less state-changing request with 403 `csrf-token-invalid`.
 * `requireToken` is false for the public sign-in routes.
 *
 * @example
 * app.addHook('preHandler', async (req) => checkCsrf(req, !isPublic(req)));
 */
export function checkCsrf(request: FastifyRequest, requireToken: boolean): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new ApiError(403, 'csrf-token-invalid', 'server.error.csrf');
  }
  if (!requireToken) return;
  const sent = request.headers[CSRF_HEADER];
  const kept = request.session.get(SESSION_CSRF);
  if (typeof sent !== 'string' || typeof kept !== 'string' || !sameToken(sent, kept)) {
    throw new ApiError(403, 'csrf-token-invalid', 'server.error.csrf');
  }
}
