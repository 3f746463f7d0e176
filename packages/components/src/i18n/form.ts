/**
 * `<dui-form>` strings (fr default, en). Validation keyword messages come from core's
 * `validation` catalogue; these are the element's own words.
 *
 * @example
 * const t = createTranslator('en', [form]);
 * t('form.summary.title', { count: 2 }); // 'The form has 2 errors'
 */
import { format, resolveLocale, type Locale, type MessageCatalogue, type Translate } from '@duikit/core';

export const form: MessageCatalogue = {
  fr: {
    'form.required': 'obligatoire',
    'form.requiredHint': 'Les champs marqués d’un astérisque (*) sont obligatoires.',
    'form.summary.title': 'Le formulaire contient {count} erreur(s)',
    'form.summary.intro': 'Corrigez les champs suivants :',
    'form.submit': 'Envoyer',
    'form.select.placeholder': '— Choisir —',
    'form.invalid': 'Le formulaire contient des erreurs.',
    'form.unparseable': 'Valeur non reconnue : saisissez un nombre.',
    'form.calculated': 'Valeur calculée',
    'form.loading': 'Chargement…',
    'form.loadFailed':
      'Cette partie du formulaire n’a pas pu être chargée. Rechargez la page pour réessayer.',
  },
  en: {
    'form.required': 'required',
    'form.requiredHint': 'Fields marked with an asterisk (*) are required.',
    'form.summary.title': 'The form has {count} error(s)',
    'form.summary.intro': 'Please correct the following fields:',
    'form.submit': 'Submit',
    'form.select.placeholder': '— Choose —',
    'form.invalid': 'The form has errors.',
    'form.unparseable': 'Unrecognised value: enter a number.',
    'form.calculated': 'Calculated value',
    'form.loading': 'Loading…',
    'form.loadFailed': 'This part of the form could not be loaded. Reload the page to try again.',
  },
};

const formCache = new Map<Locale, Translate>();

/**
 * The translate function `<dui-form>` uses: its own catalogue only, over core's `format`, so the
 * form does not carry every other area's strings (size budget). French when the tag is unknown;
 * a missing English key falls back to French, then to the key.
 *
 * @example
 * formTranslator('en')('form.submit'); // 'Submit'
 */
export function formTranslator(tag?: string | null): Translate {
  const locale = resolveLocale(tag);
  let t = formCache.get(locale);
  if (!t) {
    const primary = form[locale];
    formCache.set(locale, (t = (key, params) => format(primary[key] ?? form.fr[key] ?? key, params)));
  }
  return t;
}
