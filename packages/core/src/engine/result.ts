/**
 * Results of engine calls. A refusal or a validation error is data (`ok: false`), never a throw:
 * screens and the HTTP server turn it into a message. Only programmer mistakes throw.
 */

/** Why a call was refused or failed. Stable codes: screens and the HTTP server switch on them. */
export type EngineErrorCode =
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'objection'
  | 'restricted'
  | 'archived'
  | 'break-glass-refused'
  | 'identity-vigilance'
  | 'litigation-hold'
  | 'retention-not-due';

/** A refusal or a validation error, with a message already translated in the engine's locale. */
export interface EngineError {
  code: EngineErrorCode;
  /** Human-readable, in the engine's locale (French by default). */
  message: string;
  /** The i18n key of the message, so a screen can re-translate it with `params`. */
  key: string;
  params?: Record<string, string | number>;
  /** The precise cause behind `code` (`not-in-care-team`, `objection`…), when there is one. */
  reason?: string;
  /** JSON Pointer of the offending place in the user file, when there is one. */
  path?: string;
  /** Every problem, when there are several (validation). */
  details?: { path: string; message: string }[];
}

/**
 * The outcome of an engine call.
 *
 * @example
 * const r = await engine.getUserFile(ctx, id);
 * if (r.ok) show(r.value.file); else alert(r.error.message);
 */
export type EngineResult<T> = { ok: true; value: T } | { ok: false; error: EngineError };

/**
 * Wraps a value as a success.
 *
 * @example
 * return ok({ id });
 */
export function ok<T>(value: T): EngineResult<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failure.
 *
 * @example
 * return fail({ code: 'not-found', key: 'engine.error.notFound', message: '…' });
 */
export function fail<T = never>(error: EngineError): EngineResult<T> {
  return { ok: false, error };
}

/**
 * Thrown for programmer mistakes (bad options, unknown part names): never for user input.
 *
 * @example
 * throw new EngineUsageError('createEngine: `store` is required (pass createMemoryStore()).');
 */
export class EngineUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineUsageError';
  }
}

const ERROR_BRAND = Symbol.for('duikit.engineError');

/**
 * Marks an object as an engine error (so a writer can return one instead of a file).
 *
 * @example
 * return brandError({ code: 'invalid', key, message });
 */
export function brandError<T extends EngineError>(error: T): T {
  Object.defineProperty(error, ERROR_BRAND, { value: true, enumerable: false });
  return error;
}

/**
 * Whether a value is an engine error made by the engine.
 *
 * @example
 * if (isEngineError(out)) return fail(out);
 */
export function isEngineError(value: unknown): value is EngineError {
  return !!value && typeof value === 'object' && (value as Record<symbol, unknown>)[ERROR_BRAND] === true;
}
