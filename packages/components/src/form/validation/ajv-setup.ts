/**
 * Shared set-up of the runtime ajv instances (2020-12 and draft-07): formats (ajv-formats,
 * full), core's vocabulary (`ins-nir`, `finess`, annotation keywords), an `ins` alias, and
 * ajv-errors' custom messages (bilingual ones prepared by core's `prepareSchema`).
 * `strict` is off because schemas written for JSON Forms often carry annotation keywords.
 *
 * @example
 * const ajv = configureRuntimeAjv(new Ajv2020(RUNTIME_AJV_OPTIONS));
 */
import addFormats from 'ajv-formats';
import ajvErrors from 'ajv-errors';
import type AjvCore from 'ajv/dist/core.js';
import { checkIns } from '../widgets/identifiers.js';
import { configureAjv } from '@duikit/core';
import type { AjvErrorLike } from '@duikit/core';
import type { CompiledValidator } from './runtime.js';

/** Options of every runtime ajv instance. */
// `logger: false`: a schema that does not compile is reported once, by <dui-form>, and a
// compiler stopped by a strict CSP falls back to the interpreter without a console error.
export const RUNTIME_AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  validateFormats: true,
  logger: false as const,
};

/**
 * Adds formats and custom messages to an ajv instance.
 *
 * @example
 * configureRuntimeAjv(ajv).compile(schema);
 */
export function configureRuntimeAjv<A extends AjvCore>(ajv: A): A {
  addFormats(ajv);
  // DUI Kit's vocabulary: annotation keywords and the `ins-nir` / `finess` formats, as the
  // generator that precompiles core's validators sets them.
  configureAjv(ajv);
  // `time` in ajv-formats 3 demands a zone offset; a form's time field is a local wall time.
  ajv.addFormat('time', /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/i);
  ajv.addFormat('ins', { type: 'string', validate: (v: string) => checkIns(v) === 'ok' });
  for (const f of ['signature', 'file', 'radio']) ajv.addFormat(f, true);
  ajvErrors(ajv);
  return ajv;
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
