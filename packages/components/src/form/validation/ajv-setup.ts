/**
 * Shared set-up of the runtime ajv instances (2020-12 and draft-07): formats (ajv-formats, full,
 * then the form's own from form-formats.ts: calendar dates, wall-clock `time`, `ins`, `ins-nir`,
 * `finess`, widget formats), core's annotation keywords, and ajv-errors' custom messages
 * (bilingual ones prepared by core's `prepareSchema`).
 * `strict` is off because schemas written for JSON Forms often carry annotation keywords.
 *
 * @example
 * const ajv = configureRuntimeAjv(new Ajv2020(RUNTIME_AJV_OPTIONS));
 */
import addFormats from 'ajv-formats';
import ajvErrors from 'ajv-errors';
import type AjvCore from 'ajv/dist/core.js';
import type { AjvErrorLike } from '@duikit/core';
import { ANNOTATION_KEYWORDS } from '@duikit/core/vocabulary';
import { date, 'date-time' as dateTime, finess, ins, 'ins-nir' as insNir, time } from './formats.js';
import type { CompiledValidator } from './compiled.js';

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
  // The form's own formats (form-formats.ts), as a precompiled validator gets them. The other
  // standard ones come from ajv-formats itself, of which core's are exact ports: importing those
  // here would put them in the chunk every page shares with this compiler.
  const own = { date, 'date-time': dateTime, time, ins, 'ins-nir': insNir, finess };
  for (const [name, format] of Object.entries(own)) ajv.addFormat(name, format);
  for (const f of ['signature', 'file', 'radio']) ajv.addFormat(f, true);
  for (const keyword of ANNOTATION_KEYWORDS) if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
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
