/**
 * The host's label catalogue, keyed as JSON Forms' i18n: `uischema.i18n`, the schema's `i18n`,
 * else the dotted data path of the element's scope (`address.city`), followed by `.label` or
 * `.description`; each entry a text or `{ fr, en }`. A choice's words: a `oneOf` branch's own
 * `i18n` key, else the element's key followed by the coded value (`stay.permanent`), else by the
 * branch's `title` (JSON Forms' key). Loaded by a page only when the host gives a catalogue.
 *
 * @example
 * const lookup = catalogueLookup({ 'address.city.label': { fr: 'Commune', en: 'Town' } }, 'en');
 * controlLabel(ui, schema, { locale: 'en', lookup }); // 'Town'
 */
import { scopeToSegments } from '../json/pointer.js';
import { inLocale, type CatalogueLookup, type ChoiceKey } from './labels.js';
import type { JsonSchema, UiSchema } from './types.js';

/** A label catalogue: i18n key → text, or text per locale (`{ fr, en }`). */
export type LabelCatalogue = Record<string, string | Record<string, string>>;

/**
 * The JSON Forms i18n key of an element: `uischema.i18n`, the schema's `i18n`, else the dotted
 * data path of its scope (`address.city`).
 *
 * @example
 * i18nKey({ type: 'Control', scope: '#/properties/address/properties/city' }, {}); // 'address.city'
 */
export function i18nKey(ui: UiSchema, schema: JsonSchema): string | undefined {
  if (typeof ui.i18n === 'string') return ui.i18n;
  if (typeof schema.i18n === 'string') return schema.i18n;
  if (!('scope' in ui) || typeof ui.scope !== 'string') return undefined;
  try {
    return scopeToSegments(ui.scope).join('.') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The lookup `controlLabel` and `controlDescription` consult first.
 *
 * @example
 * catalogueLookup({ 'name.label': 'Nom' }, 'fr')({ type: 'Control', scope: '#/properties/name' }, {}, 'label'); // 'Nom'
 */
export function catalogueLookup(labels: LabelCatalogue, locale: string): CatalogueLookup {
  const text = (k: string | undefined) => (k === undefined ? undefined : inLocale(labels[k], locale));
  return (ui, schema, what) => {
    const key = i18nKey(ui, schema);
    if (typeof what === 'string') return key ? text(`${key}.${what}`) : undefined;
    return choiceText(what, key, text);
  };
}

function choiceText(
  { value, branch }: ChoiceKey,
  key: string | undefined,
  text: (k: string | undefined) => string | undefined,
): string | undefined {
  const own = typeof branch?.i18n === 'string' ? text(branch.i18n) : undefined;
  if (own !== undefined || key === undefined) return own;
  const title = typeof branch?.title === 'string' ? text(`${key}.${branch.title}`) : undefined;
  return text(`${key}.${String(value)}`) ?? title;
}
