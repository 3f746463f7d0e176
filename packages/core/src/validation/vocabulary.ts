/**
 * The DUI Kit JSON Schema vocabulary on top of 2020-12: annotation keywords (`x-…`) and bilingual
 * custom error messages. Any ajv instance that compiles a DUI Kit schema at run time (a form
 * schema in `<dui-form>`, a host's extension) goes through {@link configureAjv} and
 * {@link prepareSchema}, exactly like the generator that precompiles the built-in validators,
 * so strict mode stays on and messages come out the same.
 */
import type { Locale } from '../i18n/index.js';
import { formats } from './formats.js';

/**
 * Annotation keywords DUI Kit schemas may carry. They never change validation; ajv's strict mode
 * would refuse them unless declared.
 *
 * - `x-label`: `{ fr, en }` label shown to people.
 * - `x-enumLabels`: `{ [code]: { fr, en } }` labels of enum values.
 * - `x-tddui`: the ANS TDDUI (FHIR) counterpart, for exports.
 * - `x-tsName`: the generated TypeScript type name.
 * - `x-errorMessage`: bilingual custom messages (see {@link prepareSchema}).
 * - `x-duikit-test-oid`: OIDs of test/demo assigning authorities (INS .10 and .11).
 * - `x-terminology`: the terminology an enum comes from.
 *
 * @example
 * for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
 */
export const ANNOTATION_KEYWORDS = [
  'x-label',
  'x-enumLabels',
  'x-tddui',
  'x-tsName',
  'x-errorMessage',
  'x-duikit-test-oid',
  'x-terminology',
] as const;

/**
 * The ajv options DUI Kit validates with (the generator uses the same): every error at once,
 * strict mode on, except `strictRequired` (`if`/`then` blocks require properties their parent
 * declares).
 *
 * @example
 * const ajv = ajvErrors(configureAjv(new Ajv2020({ ...AJV_OPTIONS })));
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false } as const;

/** The part of an ajv instance {@link configureAjv} needs (keeps ajv out of this module). */
export interface AjvLike {
  addKeyword(definition: { keyword: string }): unknown;
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): unknown;
  getKeyword(keyword: string): unknown;
}

/**
 * Declares the DUI Kit formats and annotation keywords on an ajv instance (idempotent).
 *
 * @example
 * const ajv = new Ajv2020({ ...AJV_OPTIONS });
 * ajvErrors(configureAjv(ajv));
 * const validate = ajv.compile(prepareSchema(formSchema));
 */
export function configureAjv<T extends AjvLike>(ajv: T): T {
  for (const [name, f] of Object.entries(formats))
    ajv.addFormat(name, f as Parameters<AjvLike['addFormat']>[1]);
  for (const keyword of ANNOTATION_KEYWORDS) if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  return ajv;
}

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
