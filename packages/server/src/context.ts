/**
 * The {@link CallContext} of an authenticated request: the actor the auth gate resolved, the
 * purpose the client declares in `X-DUI-Purpose` (recorded in the audit; `care` by default) and
 * an optional break-the-glass reason in `X-DUI-Break-Glass` (URI-encoded).
 */
import type { CallContext, Actor } from '@duikit/core';
import { ApiError } from './errors.js';

const PURPOSE = /^[a-z][a-z0-9-]{0,39}$/;

/** A malformed escape is kept as sent rather than failing the request. */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Builds the call context, or refuses with 401 when the request has no actor.
 *
 * @example
 * const result = await engine.getUserFile(contextOf(request), id);
 */
export function contextOf(request: { actor: Actor | null; headers: Record<string, unknown> }): CallContext {
  if (!request.actor) throw new ApiError(401, 'unauthenticated', 'server.error.unauthenticated');
  const header = request.headers['x-dui-purpose'];
  const purpose = typeof header === 'string' && PURPOSE.test(header) ? header : 'care';
  const reason = request.headers['x-dui-break-glass'];
  return {
    actor: request.actor,
    purpose,
    ...(typeof reason === 'string' && reason.trim() ? { breakGlass: { reason: decode(reason) } } : {}),
  };
}
