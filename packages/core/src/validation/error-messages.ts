/**
 * Bilingual custom error messages (`x-errorMessage: { fr, en }`) carried through ajv-errors: the
 * schema is rewritten before compiling, and `decode-message.ts` reads each message back in the
 * wanted locale. Kept apart from the ajv configuration (formats, keywords) so that a page that
 * only maps errors — a form with a precompiled validator — never loads the format checks.
 */
import { I18N_MESSAGE_PREFIX, type BilingualMessage } from './decode-message.js';

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
