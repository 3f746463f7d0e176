/**
 * The runtime ajv compiler, loaded lazily by `runtime.ts`. Formats: ajv-formats (full), plus
 * DUI Kit's `ins-nir`/`ins` and `finess` key checks; custom messages: ajv-errors. `strict` is
 * off because schemas written for JSON Forms often carry annotation keywords of their own.
 *
 * @example
 * const validate = compile({ type: 'string', format: 'finess' });
 */
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft7 from 'ajv';
import addFormats from 'ajv-formats';
import ajvErrors from 'ajv-errors';
import type { CompiledValidator } from './runtime.js';
import { checkFiness, checkIns } from '../widgets/identifiers.js';
import type { AjvErrorLike } from './errors.js';

type AnyAjv = InstanceType<typeof Ajv2020>;

function configure(ajv: AnyAjv): AnyAjv {
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

let v2020: AnyAjv | undefined;
let v7: AnyAjv | undefined;

/**
 * Compiles a schema with the right dialect.
 *
 * @example
 * compile(schema)(data);
 */
export function compile(schema: object): CompiledValidator {
  const dialect = String((schema as { $schema?: string }).$schema ?? '');
  const draft7 = /draft-0[67]/.test(dialect);
  const options = { allErrors: true, strict: false, validateFormats: true };
  const ajv = draft7
    ? (v7 ??= configure(new AjvDraft7(options)))
    : (v2020 ??= configure(new Ajv2020(options)));
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? null : ((validate.errors ?? []) as AjvErrorLike[]));
}
