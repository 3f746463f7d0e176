/**
 * The one error shape of DUI Kit validation, shared by `<dui-form>`, the engine and the server:
 * `{ path, keyword, message, params }`, `path` a JSON Pointer to the field at fault.
 */
import type { Locale, Translate } from '../i18n/locale.js';
import { toPointer } from '../json/pointer.js';
import { keywordText } from './messages.js';
import { decodeErrorMessage } from './decode-message.js';

/**
 * One validation error.
 *
 * @example
 * const e: ValidationError = { path: '/ins/birthName', keyword: 'required', message: 'Ce champ est obligatoire.', params: { missingProperty: 'birthName' } };
 */
export interface ValidationError {
  /** JSON Pointer to the field at fault (`''` for the whole document). A missing property is pointed at itself: `/ins/birthName`. */
  path: string;
  /** The JSON Schema keyword that failed (`required`, `format`, `enum`…). */
  keyword: string;
  /** A sentence for people, in the requested locale (French by default). */
  message: string;
  /** ajv's parameters for the keyword (`missingProperty`, `format`, `allowedValues`…). */
  params: Record<string, unknown>;
}

/**
 * What every validate function returns.
 *
 * @example
 * const { valid, errors }: ValidationResult = validatePerson(data);
 */
export interface ValidationResult {
  valid: boolean;
  errors: ValidationError[];
}

/**
 * Options of the validate functions.
 *
 * @example
 * validatePerson(data, { locale: 'en' } satisfies ValidateOptions);
 */
export interface ValidateOptions {
  /** Language of the messages; French by default. */
  locale?: Locale;
}

/** The fields of an ajv `ErrorObject` the mapping reads (standalone and runtime errors alike). */
export interface AjvErrorLike {
  keyword: string;
  instancePath: string;
  /** Where in the schema (ajv's `schemaPath`); lets a coded choice speak once. */
  schemaPath?: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * A `oneOf` of `const`s is an enum with titles: instead of one error per branch plus « exactly
 * one », a single `enum` error naming the allowed values.
 */
function codedChoices(errors: readonly AjvErrorLike[]): readonly AjvErrorLike[] {
  const under = (e: AjvErrorLike, parent: string) => e.schemaPath?.startsWith(`${parent}/`) ?? false;
  const choices = errors.filter((e) => {
    if (e.keyword !== 'oneOf' || !e.schemaPath) return false;
    const branches = errors.filter((b) => under(b, e.schemaPath!));
    return branches.length > 0 && branches.every((b) => b.keyword === 'const');
  });
  if (choices.length === 0) return errors;
  return errors.flatMap((e) => {
    if (choices.some((c) => under(e, c.schemaPath!))) return [];
    if (!choices.includes(e)) return [e];
    const allowedValues = errors.filter((b) => under(b, e.schemaPath!)).map((b) => b.params.allowedValue);
    return [{ ...e, keyword: 'enum', params: { allowedValues } }];
  });
}

/** Keywords whose error names a property of the object: the path goes down to that property. */
const CHILD_PARAM: Record<string, string> = {
  required: 'missingProperty',
  dependentRequired: 'missingProperty',
  dependencies: 'missingProperty',
  additionalProperties: 'additionalProperty',
  unevaluatedProperties: 'unevaluatedProperty',
  propertyNames: 'propertyName',
};

/**
 * The JSON Pointer of the field an ajv error is about.
 *
 * @example
 * errorPath({ keyword: 'required', instancePath: '/ins', params: { missingProperty: 'birthName' } }); // '/ins/birthName'
 */
export function errorPath(error: AjvErrorLike): string {
  const child = CHILD_PARAM[error.keyword];
  const name = child ? error.params?.[child] : undefined;
  return typeof name === 'string' ? error.instancePath + toPointer([name]) : error.instancePath;
}

/**
 * Maps ajv errors (from a precompiled or a runtime validator) to {@link ValidationError}s, worded
 * by `t` (a translator over the `validation.*` and `common.*` keys; `toValidationErrors` uses
 * core's). Custom messages from the schema (`x-errorMessage` / ajv-errors `errorMessage`) replace
 * the generic text in `locale` while keeping the original keyword, path and params. `if` errors,
 * which only repeat the `then` error next to them, are dropped; duplicates are removed.
 *
 * @example
 * validate(data);
 * toValidationErrorsWith(validate.errors, myTranslator, 'fr');
 */
export function toValidationErrorsWith(
  ajvErrors: readonly AjvErrorLike[] | null | undefined,
  t: Translate,
  locale: Locale,
): ValidationError[] {
  const out: ValidationError[] = [];
  const seen = new Set<string>();
  const push = (e: ValidationError) => {
    const key = `${e.path}\u0000${e.keyword}\u0000${e.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  };
  for (const error of codedChoices(ajvErrors ?? [])) {
    if (error.keyword === 'if') continue;
    if (error.keyword === 'errorMessage') {
      const message = decodeErrorMessage(error.message ?? '', locale);
      const originals = (error.params?.errors ?? []) as AjvErrorLike[];
      const meaningful = originals.filter((o) => o.keyword !== 'if');
      if (meaningful.length === 0)
        push({ path: error.instancePath, keyword: 'errorMessage', message, params: {} });
      for (const o of meaningful)
        push({ path: errorPath(o), keyword: o.keyword, message, params: o.params ?? {} });
      continue;
    }
    push({
      path: errorPath(error),
      keyword: error.keyword,
      message: keywordText(error, t),
      params: error.params ?? {},
    });
  }
  return out;
}
