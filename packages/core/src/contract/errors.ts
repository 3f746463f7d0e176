/**
 * The error vocabulary of the contract, declared once: each code with its HTTP status. The server
 * answers with these statuses, the HTTP client reads the code back, the OpenAPI document lists
 * them per operation, and the in-process backend uses the same codes, so a screen branches on
 * `error.code` the same way whatever the transport. The precise cause (`not-in-care-team`,
 * `guard`, `objection`…) travels in `error.reason`.
 */

/**
 * Codes a person's action may be refused with, and their HTTP status.
 *
 * @example
 * ERROR_STATUS['wrong-state']; // 409
 */
export const ERROR_STATUS = {
  /** Not signed in, or the session ended. */
  unauthenticated: 401,
  /** Not allowed: role, care team, objection, restriction, archive, break-the-glass refused. */
  forbidden: 403,
  /** Unknown: no such file, instance, definition, professional or event type. */
  'not-found': 404,
  /** Someone saved a newer version meanwhile: reload, then apply the change again. */
  conflict: 409,
  /** The instance or file is not in a state that accepts this (wrong step, guard, finished). */
  'wrong-state': 409,
  /** Data a person entered is not valid: one `details` entry per field, with its JSON Pointer. */
  invalid: 422,
  /** The server or the engine cannot answer now. */
  unavailable: 503,
  // Transport errors: the request itself is malformed (a client bug), answered before the engine.
  'malformed-json': 400,
  'validation-failed': 400,
  'unknown-field': 400,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'csrf-token-invalid': 403,
  internal: 500,
} as const;

/** A code of the vocabulary. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Codes an operation may list in `errors` (the others apply to every operation). */
export type DomainErrorCode =
  'forbidden' | 'not-found' | 'conflict' | 'wrong-state' | 'invalid' | 'unavailable';

/**
 * The HTTP status of a code; an unknown code is a 400.
 *
 * @example
 * statusOf('invalid'); // 422
 */
export function statusOf(code: string): number {
  return (ERROR_STATUS as Record<string, number>)[code] ?? 400;
}

/**
 * The engine's and the workflow runtime's precise codes, mapped to the vocabulary. The precise
 * code stays available as the error's `reason`.
 *
 * @example
 * codeOf('not-in-care-team'); // 'forbidden'
 */
export function codeOf(precise: string): ErrorCode {
  return (
    (PRECISE as Record<string, ErrorCode>)[precise] ??
    (precise in ERROR_STATUS ? (precise as ErrorCode) : 'invalid')
  );
}

const PRECISE = {
  objection: 'forbidden',
  restricted: 'forbidden',
  archived: 'forbidden',
  role: 'forbidden',
  'system-event': 'forbidden',
  'not-in-care-team': 'forbidden',
  'break-glass-refused': 'forbidden',
  'unknown-instance': 'not-found',
  'unknown-definition': 'not-found',
  'unknown-professional': 'not-found',
  // An event the workflow does not declare is unknown (404); one it declares but the current
  // step does not accept is the wrong state (409).
  'unknown-event': 'not-found',
  finished: 'wrong-state',
  guard: 'wrong-state',
  'litigation-hold': 'wrong-state',
  'retention-not-due': 'wrong-state',
  'invalid-payload': 'invalid',
  'identity-vigilance': 'invalid',
  unrestorable: 'unavailable',
} as const;
