/**
 * The sentence for one ajv error, worded by a translate function over the `validation.*` and
 * `common.*` keys. No catalogue here: the server uses core's (`localized.ts`), `<dui-form>` its
 * own, French first and English loaded on first use. Written here rather than taken from
 * ajv-i18n, which is CommonJS and leaves keywords untranslated.
 */
import type { Translate } from '../i18n/locale.js';

/** The fields of an ajv error that a message needs. */
export interface KeywordError {
  keyword: string;
  params: Record<string, unknown>;
}

const MAX_LISTED_VALUES = 12;

function listValues(values: unknown, t: Translate): string {
  if (!Array.isArray(values)) return '';
  const shown = values
    .slice(0, MAX_LISTED_VALUES)
    .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return values.length > MAX_LISTED_VALUES
    ? `${shown.join(', ')}, … (${values.length})`
    : shown.join(', ') || t('common.no');
}

/**
 * The message for one ajv error (its keyword and params), worded by `t`.
 *
 * @example
 * keywordText({ keyword: 'format', params: { format: 'date' } }, translatorFor('fr'));
 * // 'Format attendu : une date existante (AAAA-MM-JJ).'
 */
export function keywordText(error: KeywordError, t: Translate): string {
  const p = error.params ?? {};
  const limit = p.limit as number | undefined;
  switch (error.keyword) {
    case 'required':
      return t('validation.required');
    case 'dependentRequired':
    case 'dependencies':
      return t('validation.dependentRequired', { property: p.property as string });
    case 'type': {
      const types = (Array.isArray(p.type) ? p.type : String(p.type).split(',')) as string[];
      return t('validation.type', { type: types.map((x) => t(`validation.type.${x}`)).join(' / ') });
    }
    case 'format': {
      const key = `validation.format.${String(p.format)}`;
      const name = t(key);
      return t('validation.format', { format: name === key ? String(p.format) : name });
    }
    case 'enum':
      return t('validation.enum', { values: listValues(p.allowedValues, t) });
    case 'const':
      return t('validation.const', { value: JSON.stringify(p.allowedValue) });
    case 'minLength':
      return t(limit === 1 ? 'validation.minLength.one' : 'validation.minLength', { limit });
    case 'minItems':
      return t(limit === 1 ? 'validation.minItems.one' : 'validation.minItems', { limit });
    case 'multipleOf':
      return t('validation.multipleOf', { limit: p.multipleOf as number });
    case 'uniqueItems':
      // ajv counts from 0; people count from 1.
      return t('validation.uniqueItems', { i: Number(p.j) + 1, j: Number(p.i) + 1 });
    case 'additionalProperties':
      return t('validation.additionalProperties', { property: p.additionalProperty as string });
    case 'unevaluatedProperties':
      return t('validation.unevaluatedProperties', { property: p.unevaluatedProperty as string });
    case 'propertyNames':
      return t('validation.propertyNames', { property: p.propertyName as string });
    case 'items':
    case 'additionalItems':
      return t('validation.maxItems', { limit });
    case 'minContains':
    case 'maxContains':
      return t('validation.contains');
    default: {
      const key = `validation.${error.keyword}`;
      const text = t(key, { limit, ...(p as Record<string, string>) });
      return text === key ? t('validation.unknown', { keyword: error.keyword }) : text;
    }
  }
}
