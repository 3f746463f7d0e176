/**
 * Validation messages from core's own catalogues (French and English): what the server, the
 * engine and the precompiled user-file validators use. `<dui-form>` words errors with its own
 * translator instead ({@link toValidationErrorsWith}), so that a French page carries no English.
 */
import { DEFAULT_LOCALE, format, type Locale, type Translate } from '../i18n/locale.js';
import { common } from '../i18n/messages/common.js';
import { validation } from '../i18n/messages/validation.js';
import { toValidationErrorsWith, type AjvErrorLike, type ValidationError } from './errors.js';
import { keywordText, type KeywordError } from './messages.js';

const translators = new Map<Locale, Translate>();

/**
 * A translator over the validation and common catalogues, per locale, built once.
 *
 * @example
 * translatorFor('en')('validation.required'); // 'This field is required.'
 */
export function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const primary = { ...common[locale], ...validation[locale] };
    const fallback = { ...common.fr, ...validation.fr };
    t = (key, params) => format(primary[key] ?? fallback[key] ?? key, params);
    translators.set(locale, t);
  }
  return t;
}

/**
 * The message for one ajv error (its keyword and params) in the locale.
 *
 * @example
 * keywordMessage({ keyword: 'format', params: { format: 'date' } }, 'fr');
 * // 'Format attendu : une date existante (AAAA-MM-JJ).'
 */
export function keywordMessage(error: KeywordError, locale: Locale): string {
  return keywordText(error, translatorFor(locale));
}

/**
 * Maps ajv errors (from a precompiled or a runtime validator) to {@link ValidationError}s in the
 * locale, worded from core's catalogues. See {@link toValidationErrorsWith} for the rules.
 *
 * @example
 * validate(data);
 * const errors = toValidationErrors(validate.errors, 'en');
 * // [{ path: '/ins/birthName', keyword: 'required', message: 'This field is required.', params: {…} }]
 */
export function toValidationErrors(
  ajvErrors: readonly AjvErrorLike[] | null | undefined,
  locale: Locale = DEFAULT_LOCALE,
): ValidationError[] {
  return toValidationErrorsWith(ajvErrors, translatorFor(locale), locale);
}
