/**
 * The result envelope of every backend call, in-process and over HTTP: a value, or an error with
 * a code of the contract's vocabulary (`ERROR_STATUS`) and a sentence for the person.
 */

/** Why a call failed. `path` is a JSON Pointer into the input when one field is to blame. */
export interface BackendError {
  /**
   * A code of the contract's vocabulary: `unauthenticated`, `forbidden`, `not-found`, `conflict`,
   * `wrong-state`, `invalid`, `unavailable` (or a transport code such as `validation-failed`).
   */
  code: string;
  /** A sentence for the person, in the backend's locale, that says what to do; never a code. */
  message: string;
  /** The precise cause behind `code` (`not-in-care-team`, `role`, `guard`, `objection`…). */
  reason?: string;
  /** JSON Pointer of the offending input field, e.g. `/objectives/0/targetDate`. */
  path?: string;
  /** One entry per invalid field when `code` is `invalid`. */
  details?: { message: string; path?: string }[];
}

/**
 * The outcome of every backend call.
 *
 * @example
 * const r = await backend.getTasks();
 * if (r.ok) render(r.value); else showError(r.error.message);
 */
export type BackendResult<T> = { ok: true; value: T } | { ok: false; error: BackendError };
