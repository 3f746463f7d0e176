/**
 * `@duikit/core/form`: the form model without a DOM, shared by `<dui-form>` and the server. Given
 * a JSON Schema, a JSON Forms UI schema and data: scope resolution (through compositions, `$ref`s
 * and `$defs`), the default UI schema, rules, conditional `required`, calculated fields, labels,
 * branch choice, starting data, and the checking of a submitted response. No lit, no DOM, no
 * compiler: a validator is passed in (ajv's, precompiled, or core's interpreter).
 *
 * Pages import single modules (`@duikit/core/form/schema`…) so a bundler keeps only what a form
 * uses; this barrel is for servers and tools.
 *
 * @example
 * import { evaluateForm, checkFormResponse } from '@duikit/core/form';
 * const model = evaluateForm(schema, uischema, data);
 *
 * @packageDocumentation
 */
export * from './types.js';
export * from './schema.js';
export * from './uischema.js';
export * from './rules.js';
export * from './required.js';
export * from './branches.js';
export * from './value.js';
export * from './labels.js';
export * from './catalogue.js';
export * from './defaults.js';
export * from './structure.js';
export * from './calculations.js';
export { builtInCalculations } from './calculation-functions.js';
export * from './calculated.js';
export * from './identifiers.js';
export * from './form-formats.js';
export * from './model.js';
export * from './response.js';
