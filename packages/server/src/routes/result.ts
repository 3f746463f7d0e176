/**
 * Engine and backend results (`{ ok, value } | { ok: false, error }`) to HTTP: a success is the
 * value, a failure an {@link ApiError} with the status its stable code calls for. The engine's
 * message (already in its locale) and JSON Pointer travel unchanged.
 */
import { ApiError } from '../errors.js';

/** A failure as the engine, the workflow runtime and the backends report it. */
export interface ResultError {
  code: string;
  message: string;
  path?: string;
  details?: { path?: string; message: string }[];
}

/** HTTP status for each stable error code; anything unknown is a 400. */
const STATUS: Record<string, number> = {
  forbidden: 403,
  objection: 403,
  restricted: 403,
  archived: 403,
  role: 403,
  'break-glass-refused': 403,
  'not-in-care-team': 403,
  'not-found': 404,
  'unknown-instance': 404,
  'unknown-definition': 404,
  'unknown-event': 400,
  conflict: 409,
  finished: 409,
  'wrong-state': 409,
  guard: 409,
  refused: 409,
  'litigation-hold': 409,
  'retention-not-due': 409,
  'system-event': 403,
  invalid: 422,
  'invalid-payload': 422,
  'identity-vigilance': 422,
  unavailable: 503,
};

/**
 * The HTTP status a stable error code maps to.
 *
 * @example
 * statusFor('not-found'); // 404
 */
export function statusFor(code: string): number {
  return STATUS[code] ?? 400;
}

/** Builds the {@link ApiError} for a failed result. */
export function toApiError(error: ResultError): ApiError {
  const err = new ApiError(statusFor(error.code), error.code, 'server.error.invalid', {}, error.path ?? '');
  // The engine's message is already translated: keep it as is.
  err.preTranslated = error.message;
  if (error.details) err.details = error.details;
  return err;
}

/**
 * Returns the value of a successful result, or throws the matching {@link ApiError}.
 *
 * @example
 * return unwrap(await engine.getUserFile(ctx, id));
 */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: ResultError }): T {
  if (result.ok) return result.value;
  throw toApiError(result.error);
}
