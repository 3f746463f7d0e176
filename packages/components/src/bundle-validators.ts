/**
 * Entry of `dist/duikit-validators.min.js`: core's precompiled validators (one per user-file
 * schema, CSP-safe: no `new Function`) with the shared error shape and fr/en messages, for
 * pages that validate under a strict Content-Security-Policy without a bundler.
 *
 * @example
 * import { validatePerson } from '/vendor/duikit-validators.min.js';
 * validatePerson(person, { locale: 'fr' }).errors;
 */
export {
  validatePerson,
  validateEstablishment,
  validateStay,
  validateAssessment,
  validateSupportPlan,
  validateDischarge,
  validateConsent,
  validateDocument,
  validateNote,
  validateUserFile,
  validators,
  toValidationErrors,
} from '@duikit/core';
