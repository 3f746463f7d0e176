/**
 * JSON Schema semantics, one for the whole kit: ajv is the reference. This module compiles a
 * schema given at run time (a form definition's response schema, an event payload schema) the
 * way `<dui-form>` compiles it in a page: JSON Schema 2020-12 (draft-07 when `$schema` says so),
 * every error at once, the form formats (wall-clock `time`, spaced INS, widget formats), core's
 * annotation keywords and bilingual custom messages. Where a Content-Security-Policy forbids
 * compiling (`EvalError`), the schema is interpreted instead (form/interpret.ts), whose verdicts a
 * differential test holds to ajv's on the compatibility corpus.
 *
 * @example
 * const validate = compileSchema({ type: 'object', required: ['reason'] });
 * validate({}); // [{ keyword: 'required', instancePath: '', params: { missingProperty: 'reason' } }]
 */
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft7 from 'ajv';
import type AjvCore from 'ajv/dist/core.js';
import { configureCoreAjv, FORM_AJV_OPTIONS } from '../form/ajv-setup.js';
import { interpretSchema } from '../form/interpret.js';
import type { SchemaValidator } from '../form/response.js';
import { prepareSchema } from './error-messages.js';

export { configureCoreAjv, FORM_AJV_OPTIONS };

let draft2020: AjvCore | undefined;
let draft7: AjvCore | undefined;
const cache = new WeakMap<object, SchemaValidator>();

/**
 * Compiles a schema once (cached per schema object) into a validator returning ajv's errors, or
 * `null` when the data is valid. Throws ajv's message for a schema that does not compile.
 *
 * @example
 * compileSchema(form.schema)(response);
 */
export function compileSchema(schema: object): SchemaValidator {
  let v = cache.get(schema);
  if (v) return v;
  const declared = (schema as { $schema?: unknown }).$schema;
  const old = typeof declared === 'string' && /draft-0[67]/.test(declared);
  try {
    const ajv = old
      ? (draft7 ??= configureCoreAjv(new AjvDraft7(FORM_AJV_OPTIONS)))
      : (draft2020 ??= configureCoreAjv(new Ajv2020(FORM_AJV_OPTIONS)));
    const validate = ajv.compile(prepareSchema(schema));
    v = (data) => (validate(data) ? null : (validate.errors ?? []));
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
    v = interpretSchema(schema);
  }
  cache.set(schema, v);
  return v;
}
