/**
 * The server's ajv set-up for form and payload schemas: core's `configureFormAjv` with the
 * plugins of core's own ajv copy. Not part of the `@duikit/core/form` barrel: only code that
 * compiles imports it.
 *
 * @example
 * const ajv = configureCoreAjv(new Ajv2020(FORM_AJV_OPTIONS));
 */
import type AjvCore from 'ajv/dist/core.js';
import ajvErrors from 'ajv-errors';
import addFormats from 'ajv-formats';
import { configureFormAjv, FORM_AJV_OPTIONS } from './ajv-options.js';

export { FORM_AJV_OPTIONS };

/**
 * Sets up an ajv instance of core's copy.
 *
 * @example
 * configureCoreAjv(new Ajv2020(FORM_AJV_OPTIONS)).compile(schema);
 */
export function configureCoreAjv<A extends AjvCore>(ajv: A): A {
  return configureFormAjv(ajv, { addFormats, ajvErrors });
}
