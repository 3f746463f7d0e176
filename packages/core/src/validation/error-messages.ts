/**
 * Bilingual custom error messages (`x-errorMessage: { fr, en }`) carried through ajv-errors: the
 * schema is rewritten before compiling, and each message is read back in the wanted locale. Kept
 * apart from the ajv configuration (formats, keywords) so that a page that only maps errors — a
 * form with a precompiled validator — never loads the format checks.
 */
import type { Locale } from '../i18n/index.js';

/**
 * The prefix marking an ajv-errors message that carries both languages.
 *
 * @example
 * message.startsWith(I18N_MESSAGE_PREFIX); // a bilingual message from prepareSchema
 */
export const I18N_MESSAGE_PREFIX = 'i18n:';

/** A message in both languages, as written in a schema. */
export type BilingualMessage = Record<Locale, string>;

const isBilingual = (v: unknown): v is BilingualMessage =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).every((k) => k === 'fr' || k === 'en') &&
  typeof (v as Record<string, unknown>).fr === 'string';

const encode = (m: BilingualMessage) => I18N_MESSAGE_PREFIX + JSON.stringify({ fr: m.fr, en: m.en ?? m.fr });

/** Keys whose values are data, not schemas: never rewritten. */
const DATA_KEYS = new Set(['examples', 'enum', 'const', 'default', 'x-label', 'x-enumLabels']);

function toAjvErrorMessage(value: unknown): unknown {
  if (isBilingual(value)) return encode(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isBilingual(v) ? encode(v) : toAjvErrorMessage(v);
  return out;
}

/**
 * Returns a copy of a schema ready for ajv + ajv-errors: every bilingual `x-errorMessage` (or
 * `errorMessage`) — `{ fr, en }` for all errors of that subschema, or `{ keyword: { fr, en } }` —
 * becomes an ajv-errors `errorMessage` whose text carries both languages;
 * {@link decodeErrorMessage} picks the locale back. Plain string messages pass through.
 *
 * @example
 * prepareSchema({ type: 'string', 'x-errorMessage': { type: { fr: 'Texte attendu', en: 'Text expected' } } });
 * // → { type: 'string', 'x-errorMessage': …, errorMessage: { type: 'i18n:{"fr":…,"en":…}' } }
 */
export function prepareSchema<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map((s: unknown) => prepareSchema(s)) as T;
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'x-errorMessage' || key === 'errorMessage') {
      if (key === 'x-errorMessage') out[key] = value;
      out.errorMessage = toAjvErrorMessage(value);
    } else out[key] = DATA_KEYS.has(key) ? value : prepareSchema(value);
  }
  return out as T;
}

/**
 * Reads an ajv-errors message back in the locale: bilingual ones (from {@link prepareSchema}) give
 * the wanted language, plain ones are returned as written.
 *
 * @example
 * decodeErrorMessage('i18n:{"fr":"Clé fausse","en":"Wrong key"}', 'en'); // 'Wrong key'
 */
export function decodeErrorMessage(message: string, locale: Locale): string {
  if (!message.startsWith(I18N_MESSAGE_PREFIX)) return message;
  try {
    const m = JSON.parse(message.slice(I18N_MESSAGE_PREFIX.length)) as BilingualMessage;
    return m[locale] ?? m.fr;
  } catch {
    return message;
  }
}
