import type { Catalogue, MessageCatalogue } from '../index.js';

/**
 * Problems of a declarative condition (guards, `cancelWhen`, UI schema rules), in French. A file
 * of its own because `conditionProblems` ships in `@duikit/core/client` (and `duikit.min.js`) and
 * renders French: the page carries these few lines, not the linter's whole catalogue, nor English.
 */
export const conditionLintFr: Catalogue = {
  'workflow.lint.condition.not-object': 'une condition doit être un objet',
  'workflow.lint.condition.scope-type': '« scope » doit être une chaîne comme « #/properties/name »',
  'workflow.lint.condition.scope-unsupported':
    'portée « {scope} » non prise en charge : utilisez des segments « #/properties/<nom> » ' +
    '(dans un tableau, la portée est relative à l’élément)',
  'workflow.lint.condition.conditions': '{type} attend un tableau « conditions » non vide',
  'workflow.lint.condition.expected-value': 'LEAF attend « expectedValue »',
  'workflow.lint.condition.schema': '« schema » doit être un objet JSON Schema ou un booléen',
  'workflow.lint.condition.unknown-type':
    'type de condition inconnu « {type} » (utilisez LEAF, AND, OR, NOT ou une condition de schéma)',
};

/** The same problems in English (`localizeProblem`). */
const conditionLintEn: Catalogue = {
  'workflow.lint.condition.not-object': 'a condition must be an object',
  'workflow.lint.condition.scope-type': '"scope" must be a string such as "#/properties/name"',
  'workflow.lint.condition.scope-unsupported':
    'unsupported scope "{scope}": use "#/properties/<name>" segments ' +
    '(inside an array, the scope is relative to the item)',
  'workflow.lint.condition.conditions': '{type} needs a non-empty "conditions" array',
  'workflow.lint.condition.expected-value': 'LEAF needs "expectedValue"',
  'workflow.lint.condition.schema': '"schema" must be a JSON Schema object or a boolean',
  'workflow.lint.condition.unknown-type':
    'unknown condition type "{type}" (use LEAF, AND, OR, NOT or a schema condition)',
};

/** Condition problems in both locales, merged into `workflowLintMessages`. */
export const conditionLint: MessageCatalogue = { fr: conditionLintFr, en: conditionLintEn };
