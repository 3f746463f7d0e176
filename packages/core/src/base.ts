/**
 * `@duikit/core/base`: the leaf helpers a page's first bundle needs, without any catalogue or
 * engine: locale types, `format` and `resolveLocale`, JSON Pointers, and the mapping of ajv
 * errors to DUI Kit's error shape worded by a translator you give (French strings included,
 * English to load on first use from `@duikit/core`).
 *
 * Why a separate entry: bundlers that split code by file (esbuild) place every file a page can
 * reach through `@duikit/core`'s index in the page's first chunks as soon as a lazy chunk uses
 * it. `<dui-form>`'s own code imports only from here, so its English strings, compilers and
 * condition evaluator stay in the chunks that need them.
 *
 * @example
 * import { toValidationErrorsWith, validationFr, common, format } from '@duikit/core/base';
 * const strings = { ...common.fr, ...validationFr };
 * const t = (key: string, params?: MessageParams) => format(strings[key] ?? key, params);
 * toValidationErrorsWith(validate.errors, t, 'fr');
 *
 * @packageDocumentation
 */
export * from './i18n/locale.js';
export * from './json/pointer.js';
export {
  toValidationErrorsWith,
  errorPath,
  type ValidationError,
  type AjvErrorLike,
} from './validation/errors.js';
export { keywordText, type KeywordError } from './validation/messages.js';
export { decodeErrorMessage } from './validation/decode-message.js';
export { validationFr } from './i18n/messages/validation-fr.js';
export { common } from './i18n/messages/common.js';
