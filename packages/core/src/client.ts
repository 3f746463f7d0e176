/**
 * `@duikit/core/client`: the part of core a page needs beside the elements — backends, i18n
 * catalogues, conditions, JSON Pointer helpers, AGGIR, terminologies and the validation error
 * shape — without the in-page engine, the workflow runtime or the precompiled user-file
 * validators. `duikit.min.js` re-exports it; the precompiled validators ship as
 * `duikit-validators.min.js` (see ADR 0009).
 *
 * @example
 * import { createHttpBackend, createTranslator } from '@duikit/core/client';
 *
 * @packageDocumentation
 */
export * from './i18n/index.js';
export * from './store/index.js';
export type * from './actor.js';
export * from './json/index.js';
export * from './conditions/index.js';
export * from './aggir/index.js';
export * from './backend/index.js';
export * from './terminology/index.js';
export { toValidationErrors, keywordMessage } from './validation/localized.js';
export {
  toValidationErrorsWith,
  errorPath,
  type ValidationError,
  type ValidationResult,
  type AjvErrorLike,
} from './validation/errors.js';
export type * from './engine/types.js';
