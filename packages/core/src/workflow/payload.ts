/**
 * Event payload and task response validation at run time, with an interpreting validator
 * (@cfworker/json-schema): no generated code, so it runs under a strict Content-Security-Policy.
 */
import { Validator } from '@cfworker/json-schema';
import type { Translate } from '../i18n/index.js';
import { lintTranslator, renderProblemText } from './problem.js';
import { validatorText } from './schema-errors.js';
import type { ProblemText } from './types.js';

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

/**
 * A payload problem located by a JSON Pointer into the payload, worded in the runtime's locale
 * (`key` and `params` word it again in another: `localizeProblem`).
 */
export interface PayloadProblem extends ProblemText {
  pointer: string;
  message: string;
}

const toPointer = (location: string) => location.replace(/^#/, '') || '/';

/**
 * Validates a payload against a JSON Schema (2020-12). An absent payload is a problem when the
 * schema exists. Messages are in French unless another translator is given (it must know the
 * linter's catalogue, as the runtime's does).
 *
 * @example
 * validatePayload({ type: 'object', required: ['reason'] }, {});
 * // [{ pointer: '/', key: 'workflow.lint.file.required', params: { name: 'reason' },
 * //    message: 'propriété obligatoire manquante : « reason »' }]
 */
export function validatePayload(
  schema: Record<string, unknown>,
  payload: unknown,
  t: Translate = lintTranslator(),
): PayloadProblem[] {
  const at = (pointer: string, text: ProblemText): PayloadProblem => ({
    pointer,
    ...text,
    message: renderProblemText(text, t),
  });
  if (payload === undefined) return [at('/', { key: 'workflow.lint.file.payload-missing' })];
  let v = validators.get(schema);
  if (!v) validators.set(schema, (v = new Validator(schema, '2020-12', false)));
  const result = v.validate(payload);
  if (result.valid) return [];
  const out: PayloadProblem[] = [];
  const codes = codedChoices(schema, result.errors);
  for (const e of result.errors) {
    if (WRAPPERS.has(e.keyword)) continue;
    const ptr = toPointer(e.instanceLocation);
    const choice = codes.find((c) => e.keywordLocation.startsWith(c.location));
    if (choice) {
      // A `oneOf` of `const`s is an enum with titles: one problem naming the values, not one per branch.
      if (e.keyword === 'oneOf') out.push(at(ptr, choice.text));
    } else if (e.keyword === 'additionalProperties') {
      const name = /Property "(.+)" does not match/.exec(e.error)?.[1];
      out.push(
        at(name ? `${ptr === '/' ? '' : ptr}/${name}` : ptr, { key: 'workflow.lint.file.unknown-property' }),
      );
    } else if (e.keyword === 'required') {
      const name = /property "(.+)"/.exec(e.error)?.[1];
      out.push(at(ptr, name ? { key: 'workflow.lint.file.required', params: { name } } : validatorText(e)));
    } else {
      out.push(at(ptr, validatorText(e)));
    }
  }
  return out.length ? out : [at('/', validatorText(result.errors[0] ?? { keyword: '', error: 'invalid' }))];
}

/** The `oneOf`s of `const`s that failed, by keyword location, worded as an enum would be. */
function codedChoices(
  schema: Record<string, unknown>,
  errors: readonly { keyword: string; keywordLocation: string }[],
): { location: string; text: ProblemText }[] {
  const out: { location: string; text: ProblemText }[] = [];
  for (const e of errors) {
    if (e.keyword !== 'oneOf') continue;
    let node: unknown = schema;
    for (const part of e.keywordLocation.replace(/^#\/?/, '').split('/').filter(Boolean)) {
      node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    const branches = Array.isArray(node) ? (node as Record<string, unknown>[]) : [];
    if (branches.length === 0 || !branches.every((b) => b && typeof b === 'object' && 'const' in b)) continue;
    const values = branches.map((b) => (typeof b.const === 'string' ? b.const : JSON.stringify(b.const)));
    out.push({
      location: e.keywordLocation,
      text: { key: 'workflow.lint.file.enum', params: { expected: values.join(', ') } },
    });
  }
  return out;
}
