/**
 * Backend errors to HTTP: the status is the one the contract's vocabulary gives the code
 * (`ERROR_STATUS`), and the sentence, cause and JSON Pointers travel unchanged.
 */
import { statusOf, type BackendError } from '@duikit/core';
import { ApiError } from '../errors.js';

/**
 * Builds the {@link ApiError} for a failed result.
 *
 * @example
 * if (!result.ok) throw toApiError(result.error);
 */
export function toApiError(error: BackendError): ApiError {
  const err = new ApiError(statusOf(error.code), error.code, 'server.error.invalid', {}, error.path ?? '');
  // The backend's message is already in the caller's language: keep it as is.
  err.preTranslated = error.message;
  if (error.reason) err.reason = error.reason;
  if (error.details) err.details = error.details;
  return err;
}
