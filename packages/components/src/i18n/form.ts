/**
 * `<dui-form>` strings, French first. The French ones (the element's own words, core's
 * validation and common messages) are in the page's first bundle; English loads on first use
 * (`form-en.ts`), so a French page never downloads it (ADR 0010).
 *
 * @example
 * await loadFormLocale('en');
 * formTranslator('en')('form.summary.title', { count: 2 }); // 'The form has 2 error(s)'
 */
import {
  common,
  format,
  resolveLocale,
  validationFr,
  type Catalogue,
  type Locale,
  type MessageCatalogue,
  type Translate,
} from '@duikit/core/base';

/** The element's own strings in French. @example formFr['form.submit'] // 'Envoyer' */
export const formFr: Catalogue = {
  'form.required': 'obligatoire',
  'form.requiredHint': 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  'form.summary.title': 'Le formulaire contient {count} erreur(s)',
  'form.summary.intro': 'Corrigez les champs suivants :',
  'form.submit': 'Envoyer',
  'form.select.placeholder': '— Choisir —',
  'form.invalid': 'Le formulaire contient des erreurs.',
  'form.unparseable': 'Valeur non reconnue : saisissez un nombre.',
  'form.slider.unset': 'Aucune valeur',
  'form.calculated': 'Valeur calculée',
  'form.loading': 'Chargement…',
  'form.loadFailed': 'Cette partie du formulaire n’a pas pu être chargée. Rechargez la page pour réessayer.',
};

const strings = new Map<Locale, Catalogue>([['fr', { ...common.fr, ...validationFr, ...formFr }]]);
const translators = new Map<Locale, Translate>();
const loads = new Map<Locale, Promise<boolean>>();
const added: MessageCatalogue[] = [];

/**
 * Adds strings of a part that loaded on first use (wizard, arrays…) to every locale, those
 * loaded later included.
 *
 * @example
 * addFormStrings({ fr: { 'form.next': 'Étape suivante' }, en: { 'form.next': 'Next step' } });
 */
export function addFormStrings(catalogue: MessageCatalogue): void {
  added.push(catalogue);
  for (const [locale, s] of strings) Object.assign(s, catalogue[locale]);
}

/**
 * True when the strings of `locale` are here (French always is).
 *
 * @example
 * if (!formLocaleReady('en')) await loadFormLocale('en');
 */
export function formLocaleReady(locale: Locale): boolean {
  return strings.has(locale);
}

/**
 * Loads the strings of `locale` once; resolves `false` (and logs why) when the chunk cannot be
 * fetched: the form then speaks French, and the next call tries again.
 *
 * @example
 * await loadFormLocale('en'); // true
 */
export function loadFormLocale(locale: Locale): Promise<boolean> {
  if (strings.has(locale)) return Promise.resolve(true);
  let load = loads.get(locale);
  if (!load) {
    load = import('./form-en.js').then(
      (m) => {
        const merged: Catalogue = { ...m.formEnglish };
        for (const c of added) Object.assign(merged, c[locale]);
        strings.set(locale, merged);
        return true;
      },
      (err: unknown) => {
        loads.delete(locale);
        console.error(`<dui-form>: the ${locale} strings could not be loaded; showing French.`, err);
        return false;
      },
    );
    loads.set(locale, load);
  }
  return load;
}

/**
 * The translate function `<dui-form>` uses: its own strings and core's validation messages, not
 * every other area's (size budget). French when the tag is unknown or its strings are not loaded
 * yet; a missing key falls back to French, then to the key.
 *
 * @example
 * formTranslator('fr')('form.submit'); // 'Envoyer'
 */
export function formTranslator(tag?: string | null): Translate {
  const locale = resolveLocale(tag);
  let t = translators.get(locale);
  if (!t) {
    const fr = strings.get('fr')!;
    // Read at each call: the same function speaks English as soon as the strings are here.
    t = (key, params) => format((strings.get(locale) ?? fr)[key] ?? fr[key] ?? key, params);
    translators.set(locale, t);
  }
  return t;
}
