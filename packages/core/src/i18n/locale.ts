/**
 * The locale primitives: types, `format` and `resolveLocale`, without any catalogue. Code that
 * brings its own strings (the form element, loading English on first use) imports this file, so
 * its bundle does not reach every area's catalogue through `i18n/index.ts`.
 *
 * @example
 * format('Bonjour {name}', { name: 'Éloïse' }); // 'Bonjour Éloïse'
 */
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

/** Merges catalogues; later ones win. */
export function mergeCatalogues(catalogues: Catalogue[]): Catalogue {
  const out: Catalogue = {};
  for (const c of catalogues) Object.assign(out, c);
  return out;
}
