/**
 * Event payload and task response validation at run time, with the kit's one JSON Schema
 * semantics (ajv, as `<dui-form>` compiles in a page; the interpreter where a CSP forbids it or
 * until ajv is loaded) and its one error shape `{ path, keyword, message, params }`. ajv loads on
 * first use (`loadPayloadCompiler`, awaited by the runtime's `send`, see validation/compile.ts): a
 * bundle that imports core without running workflows never carries the compiler. A task's
 * response is judged with the form model the page used (`@duikit/core/form`): values of hidden
 * `clear`/`exclude` fields are dropped, errors of hidden fields do not count, calculated fields
 * are computed again (never taken from the client), and only the chosen branch of a `oneOf` speaks.
 */
import { prepareFormModel, type FormModel } from '../form/model.js';
import { judgeResponse } from '../form/response.js';
import type { JsonSchema, UiSchema } from '../form/types.js';
import { cloneJson } from '../json/clone.js';
import type { Locale, Translate } from '../i18n/index.js';
import { compileSchema, loadAjv } from '../validation/compile.js';
import { toValidationErrorsWith, type ValidationError } from '../validation/errors.js';
import { lintTranslator } from './problem.js';
import type { FormDefinition } from './types.js';

/**
 * A payload problem: the kit's error shape, worded in the runtime's locale. `pointer` repeats
 * `path` (`/` for the whole payload) for readers written before the shapes were one.
 */
export interface PayloadProblem extends ValidationError {
  pointer: string;
}

/**
 * Loads ajv's compiler for payloads and responses (once; the runtime's `send` awaits it); until
 * then, and if it cannot load, the interpreter judges, with the same verdicts.
 *
 * @example
 * await loadPayloadCompiler();
 */
export const loadPayloadCompiler = loadAjv;

const withPointer = (e: ValidationError): PayloadProblem => ({ ...e, pointer: e.path || '/' });

const missing = (t: Translate): PayloadProblem[] => [
  withPointer({
    path: '',
    keyword: 'required',
    message: t('workflow.lint.file.payload-missing'),
    params: {},
  }),
];

/**
 * Validates a payload against a JSON Schema (2020-12, or draft-07 by its `$schema`). An absent
 * payload is a problem when the schema exists. Messages are in French unless another translator
 * is given (the runtime's, which knows the validation and linter catalogues).
 *
 * @example
 * validatePayload({ type: 'object', required: ['reason'] }, {});
 * // [{ path: '/reason', pointer: '/reason', keyword: 'required', params: { missingProperty: 'reason' },
 * //    message: 'Ce champ est obligatoire.' }]
 */
export function validatePayload(
  schema: Record<string, unknown>,
  payload: unknown,
  t: Translate = lintTranslator(),
  locale: Locale = 'fr',
): PayloadProblem[] {
  if (payload === undefined) return missing(t);
  return toValidationErrorsWith(compileSchema(schema)(payload), t, locale).map(withPointer);
}

/** A registered form as it is judged: private copies of its schemas, its model per locale. */
interface PreparedForm {
  source: unknown;
  uiSource: unknown;
  schema: JsonSchema;
  uischema?: UiSchema;
  models: Map<Locale, (data: unknown) => FormModel>;
}

const preparedForms = new WeakMap<object, PreparedForm>();

/**
 * The form as first judged, kept per form object: its schemas are copied then (copies nobody else
 * holds, so nobody changes them), and its model (the walk of its UI schema, `prepareFormModel`)
 * and validator are made from those copies: both always judge one and the same form. A form whose
 * `schema` or `uischema` was replaced since is prepared again (ADR 0032).
 */
function prepared(form: Pick<FormDefinition, 'schema' | 'uischema'>): PreparedForm {
  let p = preparedForms.get(form);
  if (!p || p.source !== form.schema || p.uiSource !== form.uischema) {
    p = {
      source: form.schema,
      uiSource: form.uischema,
      schema: cloneJson(form.schema),
      uischema: cloneJson(form.uischema) as unknown as UiSchema | undefined,
      models: new Map(),
    };
    preparedForms.set(form, p);
  }
  return p;
}

/**
 * Judges a task's response with its form: the response to store (hidden fields dropped by their
 * policy, calculated fields recomputed) and its problems.
 *
 * @example
 * const { data, problems } = checkResponse(form, payload);
 * if (problems.length === 0) save(data);
 */
export function checkResponse(
  form: Pick<FormDefinition, 'schema' | 'uischema'>,
  payload: unknown,
  t: Translate = lintTranslator(),
  locale: Locale = 'fr',
): { data: unknown; problems: PayloadProblem[] } {
  if (payload === undefined) return { data: payload, problems: missing(t) };
  const p = prepared(form);
  let model = p.models.get(locale);
  if (!model) p.models.set(locale, (model = prepareFormModel(p.schema, p.uischema, { locale })));
  const r = judgeResponse(model(payload), compileSchema(p.schema), { locale, t });
  return { data: r.data, problems: r.errors.map(withPointer) };
}
