/**
 * French-first message catalogues. Every user-facing string lives in a catalogue with a `fr` and
 * an `en` entry; `fr` is the default locale.
 *
 * @example
 * const t = createTranslator('en');
 * t('validation.required', { property: 'birthDate' });
 */
import {
  DEFAULT_LOCALE,
  format,
  mergeCatalogues,
  type Locale,
  type MessageCatalogue,
  type Translate,
} from './locale.js';
import { messages } from './messages/index.js';

export * from './locale.js';
export { common } from './messages/common.js';
export { validationFr } from './messages/validation-fr.js';
export { validationEn } from './messages/validation-en.js';

/**
 * Returns a translate function for the locale over the core catalogues plus any extra ones.
 * A missing key falls back to French, then to the key itself (so a gap is visible, not blank).
 *
 * @example
 * const t = createTranslator('fr', [{ fr: { hi: 'Salut' }, en: { hi: 'Hi' } }]);
 * t('hi'); // 'Salut'
 */
export function createTranslator(locale: Locale = DEFAULT_LOCALE, extra: MessageCatalogue[] = []): Translate {
  const all = [messages, ...extra];
  const primary = mergeCatalogues(all.map((c) => c[locale]));
  const fallback = mergeCatalogues(all.map((c) => c.fr));
  return (key, params) => format(primary[key] ?? fallback[key] ?? key, params);
}

/** The merged core catalogue (every area), for hosts that render strings themselves. */
export { messages };
