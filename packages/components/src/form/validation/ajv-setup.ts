/**
 * Shared set-up of the runtime ajv instances (2020-12 and draft-07): formats (ajv-formats,
 * full), DUI Kit's `ins`/`ins-nir` and `finess` key checks, and ajv-errors' custom messages.
 * `strict` is off because schemas written for JSON Forms often carry annotation keywords.
 *
 * @example
 * const ajv = configureRuntimeAjv(new Ajv2020(RUNTIME_AJV_OPTIONS));
 */
import addFormats from 'ajv-formats';
import ajvErrors from 'ajv-errors';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { checkFiness, checkIns } from '../widgets/identifiers.js';
import type { AjvErrorLike } from './errors.js';
import type { CompiledValidator } from './runtime.js';

/** Options of every runtime ajv instance. */
export const RUNTIME_AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: true };

/**
 * Adds formats and custom messages to an ajv instance.
 *
 * @example
 * configureRuntimeAjv(ajv).compile(schema);
 */
export function configureRuntimeAjv<A extends Ajv2020>(ajv: A): A {
  addFormats(ajv);
  // `time` in ajv-formats 3 demands a zone offset; a form's time field is a local wall time.
  ajv.addFormat('time', /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/i);
  const ins = { type: 'string' as const, validate: (v: string) => checkIns(v) === 'ok' };
  ajv.addFormat('ins', ins);
  ajv.addFormat('ins-nir', ins);
  ajv.addFormat('finess', { type: 'string', validate: (v: string) => checkFiness(v) === 'ok' });
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
