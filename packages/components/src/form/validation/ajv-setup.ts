/**
 * Shared set-up of the runtime ajv instances (2020-12 and draft-07), with the definitions the
 * server compiles with (core's `FORM_AJV_OPTIONS`, `formFormats` and annotation keywords): ajv-formats
 * for the rare formats, then the form formats over them (calendar dates, wall-clock `time`, `ins`,
 * `ins-nir`, `finess`, widget formats), and ajv-errors' custom messages. The plugins are this
 * package's own imports: ajv's generated code needs them from the same ajv copy as the compiler.
 *
 * @example
 * const ajv = configureRuntimeAjv(new Ajv2020(RUNTIME_AJV_OPTIONS));
 */
import addFormats from 'ajv-formats';
import ajvErrors from 'ajv-errors';
import type AjvCore from 'ajv/dist/core.js';
import type { AjvErrorLike } from '@duikit/core/base';
import { configureFormAjv, FORM_AJV_OPTIONS } from '@duikit/core/form/ajv-options';
import type { CompiledValidator } from './compiled.js';

/** Options of every runtime ajv instance (core's, so the page and the server agree). */
export const RUNTIME_AJV_OPTIONS = FORM_AJV_OPTIONS;

/**
 * Sets up an ajv instance as the server does, with this package's plugins.
 *
 * @example
 * configureRuntimeAjv(ajv).compile(schema);
 */
export function configureRuntimeAjv<A extends AjvCore>(ajv: A): A {
  return configureFormAjv(ajv, { addFormats, ajvErrors });
}

/**
 * Wraps an ajv validate function as a {@link CompiledValidator}.
 *
 * @example
 * toCompiled(ajv.compile(schema));
 */
export function toCompiled(validate: { (data: unknown): boolean; errors?: unknown }): CompiledValidator {
  return (data) => (validate(data) ? null : ((validate.errors ?? []) as AjvErrorLike[]));
}
