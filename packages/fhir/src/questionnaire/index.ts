/**
 * `@duikit/fhir/questionnaire`: FHIR Questionnaires as `<dui-form>` definitions and back, and the
 * four questionnaires of the TDDUI guide (CC0-1.0, see `LICENSE-TDDUI.md`). Browser-safe.
 */
import aggirPa from '../data/questionnaires/Questionnaire-tddui-questionnaire-aggir-pa-ssiad.json';
import aggirPh from '../data/questionnaires/Questionnaire-tddui-questionnaire-aggir-ph-ssiad.json';
import serafin from '../data/questionnaires/Questionnaire-tddui-questionnaire-serafin.json';
import situationSsiad from '../data/questionnaires/Questionnaire-tddui-questionnaire-situation-ssiad.json';
import type { Questionnaire } from './types.js';

export { questionnaireToForm, choiceOptions, type QuestionnaireForm } from './to-form.js';
export { formResponseToQuestionnaireResponse, responseItems, type ResponseOptions } from './to-response.js';
export type * from './types.js';

/**
 * The TDDUI guide's questionnaires (version 2.3.0), by id.
 *
 * @example
 * questionnaireToForm(TDDUI_QUESTIONNAIRES['tddui-questionnaire-aggir-pa-ssiad']);
 */
export const TDDUI_QUESTIONNAIRES = {
  'tddui-questionnaire-aggir-pa-ssiad': aggirPa as unknown as Questionnaire,
  'tddui-questionnaire-aggir-ph-ssiad': aggirPh as unknown as Questionnaire,
  'tddui-questionnaire-serafin': serafin as unknown as Questionnaire,
  'tddui-questionnaire-situation-ssiad': situationSsiad as unknown as Questionnaire,
} as const;
