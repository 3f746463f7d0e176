/**
 * ajv errors → `{ path, keyword, message, params }` in the form's locale: `required` (and
 * `dependentRequired`) errors are attached to the missing property, so the message lands on that
 * field; ajv-errors' custom messages (`errorMessage`, plain or `{ fr, en }` as prepared by
 * core's `prepareSchema`) replace the generated text.
 *
 * @example
 * toFormErrors(validate.errors, t); // [{ path: '/birthDate', keyword: 'required', message: 'Champ obligatoire', … }]
 */
import type { Translate } from '@duikit/core';
import type { FormError } from '../../events/dui-form-events.js';

/** The part of an ajv `ErrorObject` used here (precompiled and runtime validators both give it). */
export interface AjvErrorLike {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const I18N_PREFIX = 'i18n:';

function decode(message: string, locale: string): string {
  if (!message.startsWith(I18N_PREFIX)) return message;
  try {
    const m = JSON.parse(message.slice(I18N_PREFIX.length)) as Record<string, string>;
    return m[locale] ?? m.fr ?? message;
  } catch {
    return message;
  }
}

const child = (path: string, name: unknown) =>
  `${path}/${String(name).replace(/~/g, '~0').replace(/\//g, '~1')}`;

function pathOf(e: AjvErrorLike): string {
  if (e.keyword === 'required' || e.keyword === 'dependentRequired')
    return child(e.instancePath, e.params.missingProperty);
  if (e.keyword === 'errorMessage') {
    const inner = (e.params.errors as AjvErrorLike[] | undefined) ?? [];
    const paths = new Set(inner.map(pathOf));
    if (paths.size === 1) return [...paths][0];
  }
  return e.instancePath;
}

/** The message of one error: the custom one, or the catalogue's text for its keyword. */
function messageOf(e: AjvErrorLike, t: Translate, locale: string): string {
  if (e.keyword === 'errorMessage') return decode(e.message ?? '', locale);
  const p = e.params;
  const key = `form.v.${e.keyword}`;
  const text = t(key, {
    limit: p.limit as number,
    format: p.format as string,
    pattern: p.pattern as string,
    allowed: Array.isArray(p.allowedValues) ? p.allowedValues.join(', ') : (p.allowedValue as string),
    type: p.type as string,
    comparison: p.comparison as string,
  });
  return text === key ? (e.message ?? t('form.v.invalid')) : text;
}

/**
 * Maps ajv errors to form errors, dropping the summary errors ajv adds for `if`/`then` and the
 * schema-composition wrappers when a more precise error exists at the same place.
 *
 * @example
 * toFormErrors(ajvErrors ?? [], translator('fr'), 'fr');
 */
export function toFormErrors(
  errors: readonly AjvErrorLike[] | null | undefined,
  t: Translate,
  locale = 'fr',
): FormError[] {
  const out: FormError[] = [];
  for (const e of errors ?? []) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'allOf')
      continue;
    out.push({
      path: pathOf(e),
      keyword: e.keyword,
      message: messageOf(e, t, locale),
      params: { ...e.params },
    });
  }
  return out;
}
