/**
 * `@duikit/fhir`: the ANS « Transfert de données DUI » (TDDUI) export of a user file, its offline
 * validation, and FHIR Questionnaires as `<dui-form>` definitions (`@duikit/fhir/questionnaire`).
 */
export { validateTddui, checkProfile, checkProfileRules, toFhirPath } from './validate/validate.js';
export { TDDUI_PROFILES, TDDUI_SD, profileUrl, profileIdOf } from './validate/profiles.js';
export type { ProfileRule, ProfileRules, Localized } from './validate/rules.js';
export type { ValidationIssue, ValidationLayer, ValidationReport } from './validate/types.js';
export {
  toTdduiBundle,
  type TdduiExportOptions,
  type TdduiExport,
  type TdduiExportResult,
  type TdduiExportError,
  type TdduiBundle,
} from './export/bundle.js';
export { exportTddui, type TdduiEngineExport, type TdduiEngineError } from './export/engine.js';
export type { LeftOut } from './export/context.js';
export type { DocumentContent } from './export/documents.js';
export {
  IDENTIFIER_SYSTEMS,
  IDENTIFIER_SUFFIXES,
  businessId,
  localUserId,
  idNatStruct,
  idNatPs,
  alnum,
} from './tddui/identifiers.js';
export { default as TDDUI_MAPPING } from './data/mapping.json';
