/**
 * French-first message catalogues. Every user-facing string lives in a catalogue with a `fr` and
 * an `en` entry; `fr` is the default locale.
 *
 * @example
 * const t = createTranslator('en');
 * t('validation.required', { property: 'birthDate' });
 */
import { messages } from './messages/index.js';

/** Locales DUI Kit ships. */
export type Locale = 'fr' | 'en';

/** The default locale: French. */
export const DEFAULT_LOCALE: Locale = 'fr';

/** Every supported locale, default first. */
export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** A flat key → template map; templates use `{name}` placeholders. */
export type Catalogue = Record<string, string>;

/** One area's strings in each locale. Both locales must define the same keys. */
export interface MessageCatalogue {
  fr: Catalogue;
  en: Catalogue;
}

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number | boolean | null | undefined>;

/** A translate function bound to a locale. */
export type Translate = (key: string, params?: MessageParams) => string;

/**
 * Replaces `{name}` placeholders with the matching parameter.
 *
 * @example
 * format('Bonjour {name}', { name: 'Éloïse' }); // 'Bonjour Éloïse'
 */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined || params[name] === null ? whole : String(params[name]),
  );
}

/** Normalises a BCP 47 tag (`fr-FR`, `en-GB`) to a supported locale, French by default. */
export function resolveLocale(tag: string | undefined | null): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : DEFAULT_LOCALE;
}

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

/** Merges catalogues; later ones win. */
export function mergeCatalogues(catalogues: Catalogue[]): Catalogue {
  const out: Catalogue = {};
  for (const c of catalogues) Object.assign(out, c);
  return out;
}

/** The merged core catalogue (every area), for hosts that render strings themselves. */
export { messages };
