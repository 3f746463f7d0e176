/**
 * Event payload and task response validation at run time, with an interpreting validator
 * (@cfworker/json-schema): no generated code, so it runs under a strict Content-Security-Policy.
 */
import { Validator } from '@cfworker/json-schema';

const validators = new WeakMap<object, Validator>();
const WRAPPERS = new Set([
  'properties',
  'items',
  'prefixItems',
  'allOf',
  '$ref',
  'false',
  'unevaluatedProperties',
  'dependentSchemas',
]);

/** A payload problem located by a JSON Pointer into the payload. */
export interface PayloadProblem {
  pointer: string;
  message: string;
}

const toPointer = (location: string) => location.replace(/^#/, '') || '/';

/**
 * Validates a payload against a JSON Schema (2020-12). An absent payload is a problem when the
 * schema exists.
 *
 * @example
 * validatePayload({ type: 'object', required: ['reason'] }, {}); // [{ pointer: '/', message: 'missing required property "reason"' }]
 */
export function validatePayload(schema: Record<string, unknown>, payload: unknown): PayloadProblem[] {
  if (payload === undefined) return [{ pointer: '/', message: 'a payload is required' }];
  let v = validators.get(schema);
  if (!v) validators.set(schema, (v = new Validator(schema, '2020-12', false)));
  const result = v.validate(payload);
  if (result.valid) return [];
  const out: PayloadProblem[] = [];
  for (const e of result.errors) {
    if (WRAPPERS.has(e.keyword)) continue;
    const at = toPointer(e.instanceLocation);
    if (e.keyword === 'additionalProperties') {
      const name = /Property "(.+)" does not match/.exec(e.error)?.[1];
      out.push({ pointer: name ? `${at === '/' ? '' : at}/${name}` : at, message: 'unknown property' });
    } else if (e.keyword === 'required') {
      const name = /property "(.+)"/.exec(e.error)?.[1];
      out.push({ pointer: at, message: name ? `missing required property "${name}"` : e.error });
    } else {
      out.push({ pointer: at, message: e.error });
    }
  }
  return out.length ? out : [{ pointer: '/', message: result.errors[0]?.error ?? 'invalid payload' }];
}
