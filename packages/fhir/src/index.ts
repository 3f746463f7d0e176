/**
 * `@duikit/fhir`: the ANS « Transfert de données DUI » (TDDUI) export of a user file, its offline
 * validation, and FHIR Questionnaires as `<dui-form>` definitions (`@duikit/fhir/questionnaire`).
 */
export { validateTddui, checkProfile, toFhirPath } from './validate/validate.js';
export { TDDUI_PROFILES, TDDUI_SD, profileUrl, profileIdOf } from './validate/profiles.js';
export type { ProfileRule, ProfileRules, Localized } from './validate/rules.js';
export type { ValidationIssue, ValidationLayer, ValidationReport } from './validate/types.js';
