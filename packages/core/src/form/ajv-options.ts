/**
 * What every ajv compiler of a form schema uses, in a page or on the server: the options, the
 * annotation keywords to declare, and the schema rewriting for bilingual custom messages. Data
 * and pure functions only: each compile site brings its own ajv and plugins (ajv's generated
 * code needs them from one copy), with these definitions.
 *
 * @example
 * const ajv = new Ajv2020(FORM_AJV_OPTIONS);
 * for (const k of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword: k });
 * ajv.compile(prepareSchema(schema));
 */
import { ANNOTATION_KEYWORDS } from '../validation/vocabulary.js';
import { formFormats } from './form-formats.js';

export { ANNOTATION_KEYWORDS };
export { prepareSchema } from '../validation/error-messages.js';

/**
 * The ajv options of every run-time compiler of a form or payload schema. `strict` is off:
 * schemas written for JSON Forms carry annotation keywords ajv does not know.
 */
export const FORM_AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  validateFormats: true,
  logger: false as const,
};

/** The part of an ajv instance the set-up calls. */
export interface FormAjv {
  addFormat(name: string, format: unknown): unknown;
  addKeyword(definition: { keyword: string }): unknown;
  getKeyword(keyword: string): unknown;
}

/** The plugins, from the same ajv copy as the compiler (ajv-formats' default, ajv-errors'). */
export interface FormAjvPlugins {
  addFormats(ajv: never): unknown;
  ajvErrors(ajv: never): unknown;
}

/**
 * Sets an ajv instance up as every form compiler is: ajv-formats for the rare formats, the form
 * formats over them, the annotation keywords, ajv-errors' custom messages.
 *
 * @example
 * configureFormAjv(new Ajv2020(FORM_AJV_OPTIONS), { addFormats, ajvErrors }).compile(prepareSchema(schema));
 */
export function configureFormAjv<A extends FormAjv>(ajv: A, plugins: FormAjvPlugins): A {
  plugins.addFormats(ajv as never);
  for (const [name, format] of Object.entries(formFormats)) ajv.addFormat(name, format);
  for (const keyword of ANNOTATION_KEYWORDS) if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  plugins.ajvErrors(ajv as never);
  return ajv;
}
