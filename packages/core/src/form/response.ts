/**
 * Judging a submitted form response on the server with the form model the page used: hidden
 * fields follow their policy (values of hidden `clear`/`exclude` fields are dropped, errors of
 * hidden fields never count), calculated fields are computed again from the response (a value
 * sent by the client is never trusted), and only the chosen branch of a `oneOf` speaks. Errors
 * come out in the one shape `{ path, keyword, message, params }`, worded from core's catalogue.
 *
 * @example
 * const { data, errors } = checkFormResponse(form.schema, form.uischema, payload, validate, { locale: 'fr' });
 * if (errors.length === 0) save(data);
 */
import type { Locale, Translate } from '../i18n/locale.js';
import { translatorFor } from '../validation/localized.js';
import { toValidationErrorsWith, type AjvErrorLike, type ValidationError } from '../validation/errors.js';
import { branchErrors } from './branches.js';
import { evaluateForm, type FormModel, type FormModelOptions } from './model.js';
import type { JsonSchema, UiSchema } from './types.js';

/** A compiled validator: ajv's errors, or `null` when the data is valid. */
export type SchemaValidator = (data: unknown) => readonly AjvErrorLike[] | null;

/** What {@link checkFormResponse} returns: the response to store, and why it is refused. */
export interface CheckedResponse {
  data: unknown;
  errors: ValidationError[];
}

/**
 * Computes the response a submit of this form sends for `payload`, and its errors.
 *
 * @example
 * checkFormResponse(schema, uischema, { weight: 70, height: 175, bmi: 1 }, validate).data.bmi; // 22.9
 */
export function checkFormResponse(
  schema: JsonSchema,
  uischema: UiSchema | undefined,
  payload: unknown,
  validate: SchemaValidator,
  opts: FormModelOptions & { locale?: Locale; t?: Translate } = {},
): CheckedResponse {
  const locale = opts.locale ?? 'fr';
  return judgeResponse(evaluateForm(schema, uischema, payload, { ...opts, locale }), validate, opts);
}

/**
 * The same verdict from a model already computed (a {@link prepareFormModel} of the form, for a
 * server that judges many responses of one form).
 *
 * @example
 * judgeResponse(prepareFormModel(schema, uischema)(payload), validate, { locale: 'fr' });
 */
export function judgeResponse(
  model: FormModel,
  validate: SchemaValidator,
  opts: { locale?: Locale; t?: Translate } = {},
): CheckedResponse {
  const locale = opts.locale ?? 'fr';
  const t = opts.t ?? translatorFor(locale);
  let errors = toValidationErrorsWith(validate(model.submitted), t, locale).filter(
    (e) => !model.isHidden(e.path),
  );
  for (const b of model.branches)
    errors = branchErrors(errors, { ...b, chooseMessage: t('validation.chooseBranch') });
  return { data: model.submitted, errors };
}
