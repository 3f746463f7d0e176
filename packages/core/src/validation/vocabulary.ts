/**
 * The DUI Kit JSON Schema vocabulary on top of 2020-12: annotation keywords (`x-…`) and bilingual
 * custom error messages. Any ajv instance that compiles a DUI Kit schema at run time (a form
 * schema in `<dui-form>`, a host's extension) goes through {@link configureAjv} and
 * {@link prepareSchema}, exactly like the generator that precompiles the built-in validators,
 * so strict mode stays on and messages come out the same.
 */
import { formats } from './formats.js';

// The message helpers live apart so that mapping errors never pulls the formats into a bundle.
export { prepareSchema } from './error-messages.js';
export { I18N_MESSAGE_PREFIX, decodeErrorMessage, type BilingualMessage } from './decode-message.js';

/**
 * Annotation keywords DUI Kit schemas may carry. They never change validation; ajv's strict mode
 * would refuse them unless declared.
 *
 * - `x-label`: `{ fr, en }` label shown to people.
 * - `x-enumLabels`: `{ [code]: { fr, en } }` labels of enum values.
 * - `x-description`: `{ fr, en }` help shown to people under a field (`description` stays the
 *   configurator's documentation).
 * - `x-tddui`: the ANS TDDUI (FHIR) counterpart, for exports.
 * - `x-tsName`: the generated TypeScript type name.
 * - `x-tsType`: a hand-written TypeScript type the generator names instead (workflow and form definitions).
 * - `x-errorMessage`: bilingual custom messages (see {@link prepareSchema}).
 * - `x-duikit-test-oid`: OIDs of test/demo assigning authorities (INS .10 and .11).
 * - `x-terminology`: the terminology an enum comes from.
 *
 * @example
 * for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
 */
export const ANNOTATION_KEYWORDS = [
  'x-label',
  'x-enumLabels',
  'x-description',
  'x-tddui',
  'x-tsName',
  'x-tsType',
  'x-errorMessage',
  'x-duikit-test-oid',
  'x-terminology',
] as const;

/**
 * The ajv options DUI Kit validates with (the generator uses the same): every error at once,
 * strict mode on, except `strictRequired` (`if`/`then` blocks require properties their parent
 * declares).
 *
 * @example
 * const ajv = ajvErrors(configureAjv(new Ajv2020({ ...AJV_OPTIONS })));
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false } as const;

/** The part of an ajv instance {@link configureAjv} needs (keeps ajv out of this module). */
export interface AjvLike {
  addKeyword(definition: { keyword: string }): unknown;
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): unknown;
  getKeyword(keyword: string): unknown;
}

/**
 * Declares the DUI Kit formats and annotation keywords on an ajv instance (idempotent).
 *
 * @example
 * const ajv = new Ajv2020({ ...AJV_OPTIONS });
 * ajvErrors(configureAjv(ajv));
 * const validate = ajv.compile(prepareSchema(formSchema));
 */
export function configureAjv<T extends AjvLike>(ajv: T): T {
  for (const [name, f] of Object.entries(formats)) ajv.addFormat(name, f);
  for (const keyword of ANNOTATION_KEYWORDS) if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  return ajv;
}
