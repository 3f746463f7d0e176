/**
 * Reading a bilingual custom error message back in one locale. Apart from `error-messages.ts`
 * (which rewrites schemas before compiling): a page that only maps errors carries this alone.
 */
import type { Locale } from '../i18n/locale.js';

/**
 * The prefix marking an ajv-errors message that carries both languages.
 *
 * @example
 * message.startsWith(I18N_MESSAGE_PREFIX); // a bilingual message from prepareSchema
 */
export const I18N_MESSAGE_PREFIX = 'i18n:';

/** A message in both languages, as written in a schema. */
export type BilingualMessage = Record<Locale, string>;

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
