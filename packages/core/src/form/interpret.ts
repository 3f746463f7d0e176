/**
 * A CSP-safe validator for a schema given at run time: @cfworker/json-schema interprets the
 * schema instead of generating code, so it works where a strict Content-Security-Policy (no
 * `unsafe-eval`) stops ajv's compiler. `<dui-form>` and the server's `compileSchema` fall back to
 * it when ajv cannot compile; a differential test holds its verdicts to ajv's (the reference).
 * Its errors are mapped to ajv's shape (keyword, instance path, params) so that core's
 * `toValidationErrors` gives the same fr/en messages. A schema's `errorMessage` (a string, or
 * one message per keyword, bilingual or not) replaces the message as ajv-errors does; its
 * `properties`/`required` maps need ajv, through a precompiled `validator`.
 *
 * @example
 * const validate = interpretSchema({ type: 'object', required: ['name'] });
 * validate({}); // [{ keyword: 'required', instancePath: '', params: { missingProperty: 'name' } }]
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { getAtPointer } from '../json/pointer.js';
import { prepareSchema } from '../validation/error-messages.js';
import type { AjvErrorLike } from '../validation/errors.js';
import { WRAPPER_KEYWORDS } from '../validation/keywords.js';

const PARAM_OF: Record<string, string> = {
  minimum: 'limit',
  maximum: 'limit',
  exclusiveMinimum: 'limit',
  exclusiveMaximum: 'limit',
  minLength: 'limit',
  maxLength: 'limit',
  minItems: 'limit',
  maxItems: 'limit',
  minProperties: 'limit',
  maxProperties: 'limit',
  multipleOf: 'multipleOf',
  pattern: 'pattern',
  format: 'format',
  type: 'type',
  enum: 'allowedValues',
  const: 'allowedValue',
};

const toPointer = (location: string) => (location.startsWith('#') ? location.slice(1) : location);

function toAjv(unit: OutputUnit, schema: object): AjvErrorLike {
  const keyword = unit.keyword;
  const params: Record<string, unknown> = {};
  const schemaValue = getAtPointer(schema, toPointer(unit.keywordLocation));
  if (PARAM_OF[keyword]) params[PARAM_OF[keyword]] = schemaValue;
  if (keyword === 'required' || keyword === 'dependentRequired') {
    params.missingProperty = /"([^"]+)"/.exec(unit.error)?.[1] ?? '';
  }
  if (keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') {
    const name = /"([^"]+)"/.exec(unit.error)?.[1] ?? '';
    params[keyword === 'additionalProperties' ? 'additionalProperty' : 'unevaluatedProperty'] = name;
  }
  return {
    keyword,
    instancePath: toPointer(unit.instanceLocation),
    schemaPath: unit.keywordLocation,
    params,
    message: unit.error,
  };
}

// ajv-errors' simple forms: `errorMessage: "…"` for every keyword of that schema, or
// `errorMessage: { minimum: "…" }` per keyword.
function withCustomMessage(error: AjvErrorLike, unit: OutputUnit, schema: object): AjvErrorLike {
  const at = toPointer(unit.keywordLocation).replace(/\/[^/]*$/, '');
  const custom = (getAtPointer(schema, at) as { errorMessage?: unknown } | undefined)?.errorMessage;
  const text =
    typeof custom === 'string'
      ? custom
      : custom && typeof custom === 'object'
        ? (custom as Record<string, unknown>)[unit.keyword]
        : undefined;
  if (typeof text !== 'string') return error;
  return {
    keyword: 'errorMessage',
    instancePath: error.instancePath,
    message: text,
    params: { errors: [error] },
  };
}

/**
 * Builds a validator that interprets the schema (no `new Function`).
 *
 * @example
 * interpretSchema(schema)(data); // ajv-shaped errors, or null when valid
 */
export function interpretSchema(schema: object): (data: unknown) => AjvErrorLike[] | null {
  const declared = (schema as { $schema?: unknown }).$schema;
  const draft = typeof declared === 'string' && /draft-07/.test(declared) ? '7' : '2020-12';
  const prepared = prepareSchema(schema);
  const validator = new Validator(prepared, draft, false);
  return (data) => {
    const result = validator.validate(data);
    if (result.valid) return null;
    const seen = new Set<string>();
    const errors: AjvErrorLike[] = [];
    for (const unit of result.errors) {
      if (WRAPPER_KEYWORDS.has(unit.keyword)) continue;
      const error = withCustomMessage(toAjv(unit, prepared), unit, prepared);
      const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
      if (!seen.has(key)) errors.push(error);
      seen.add(key);
    }
    return errors;
  };
}
