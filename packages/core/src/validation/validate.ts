/**
 * One validate function per schema of the user file, over the precompiled (CSP-safe) validators.
 */
import * as compiled from '../generated/validators.js';
import type { StandaloneValidator } from '../generated/validators.js';
import { DEFAULT_LOCALE } from '../i18n/index.js';
import type { ValidateOptions, ValidationResult } from './errors.js';
import { toValidationErrors } from './localized.js';

/** A validate function: `{ valid, errors }` with messages in the requested locale. */
export type Validate = (data: unknown, options?: ValidateOptions) => ValidationResult;

/**
 * Wraps a precompiled (or runtime-compiled) ajv validator into a {@link Validate} function.
 *
 * @example
 * const validateContact = createValidate(ajv.compile(prepareSchema(contactSchema)));
 * validateContact({}, { locale: 'en' }).errors[0].message;
 */
export function createValidate(validator: StandaloneValidator<unknown>): Validate {
  return (data, options = {}) => {
    const valid = validator(data);
    return {
      valid,
      errors: valid ? [] : toValidationErrors(validator.errors, options.locale ?? DEFAULT_LOCALE),
    };
  };
}

/**
 * Validates a person (usager): INS and its traits, identity status, entourage, protection.
 *
 * @example
 * const { valid, errors } = validatePerson(person, { locale: 'en' });
 */
export const validatePerson: Validate = createValidate(compiled.validatePerson);
/**
 * Validates an establishment (FINESS, TRE_R66 category, capacity).
 *
 * @example
 * validateEstablishment({ id: 'e', finess: '750712184', category: '500', name: 'EHPAD' }).valid; // true
 */
export const validateEstablishment: Validate = createValidate(compiled.validateEstablishment);
/**
 * Validates a stay (séjour) with its contract or DIPC and amendments.
 *
 * @example
 * validateStay(stay).errors;
 */
export const validateStay: Validate = createValidate(compiled.validateStay);
/**
 * Validates an assessment, including the AGGIR grid and SERAFIN-PH needs.
 *
 * @example
 * validateAssessment(assessment).valid;
 */
export const validateAssessment: Validate = createValidate(compiled.validateAssessment);
/**
 * Validates a projet personnalisé.
 *
 * @example
 * validateSupportPlan(plan).valid;
 */
export const validateSupportPlan: Validate = createValidate(compiled.validateSupportPlan);
/**
 * Validates a discharge or death record.
 *
 * @example
 * validateDischarge(discharge).valid;
 */
export const validateDischarge: Validate = createValidate(compiled.validateDischarge);
/**
 * Validates a consent or objection record.
 *
 * @example
 * validateConsent(consent).valid;
 */
export const validateConsent: Validate = createValidate(compiled.validateConsent);
/**
 * Validates a document record.
 *
 * @example
 * validateDocument(doc).valid;
 */
export const validateDocument: Validate = createValidate(compiled.validateDocument);
/**
 * Validates a note (transmission).
 *
 * @example
 * validateNote(note).valid;
 */
export const validateNote: Validate = createValidate(compiled.validateNote);
/**
 * Validates a whole user file (dossier usager) and everything it contains.
 *
 * @example
 * const { valid, errors } = validateUserFile(file);
 * if (!valid) console.table(errors.map((e) => [e.path, e.message]));
 */
export const validateUserFile: Validate = createValidate(compiled.validateUserFile);

/**
 * The validate function of each schema, by schema name (the keys of `schemas`).
 *
 * @example
 * validators.person(data).valid;
 */
export const validators = {
  person: validatePerson,
  establishment: validateEstablishment,
  stay: validateStay,
  assessment: validateAssessment,
  supportPlan: validateSupportPlan,
  discharge: validateDischarge,
  consent: validateConsent,
  document: validateDocument,
  note: validateNote,
  userFile: validateUserFile,
} as const satisfies Record<string, Validate>;
