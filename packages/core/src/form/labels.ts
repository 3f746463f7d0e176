/**
 * The words shown for a control, decided the same way by the element, its print view and the
 * headless model: the host's label catalogue first (JSON Forms i18n keys: `uischema.i18n`, the
 * schema's `i18n`, else the dotted data path, followed by `.label` or `.description`), then the
 * UI schema's `label`, the schema's `x-label` in the locale, its `title`, and at last the
 * property's key exactly as written in the schema: never English words guessed from it.
 *
 * @example
 * controlLabel({ type: 'Control', scope: '#/properties/lastName' }, {}, { locale: 'fr' }); // 'lastName'
 * controlLabel(ui, schema, { locale: 'fr', labels: { 'lastName.label': 'Nom' } }); // 'Nom'
 */
import { scopeToSegments } from '../json/pointer.js';
import type { JsonSchema, UiSchema } from './types.js';

/** A label catalogue: i18n key → text, or text per locale (`{ fr, en }`). */
export type LabelCatalogue = Record<string, string | Record<string, string>>;

/** What a label depends on besides the element and its schema. */
export interface LabelOptions {
  locale: string;
  labels?: LabelCatalogue;
}

function inLocale(value: unknown, locale: string): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const byLocale = value as Record<string, unknown>;
  const text = byLocale[locale.slice(0, 2)] ?? byLocale.fr;
  return typeof text === 'string' ? text : undefined;
}

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
 * The key a scope ends with: the last `properties` name, as written (`#/properties/birthDate` →
 * `birthDate`), or `''`.
 *
 * @example
 * scopeKey('#/properties/a/properties/b'); // 'b'
 */
export function scopeKey(scope: string): string {
  try {
    return scopeToSegments(scope).at(-1) ?? '';
  } catch {
    return '';
  }
}

/**
 * The label of a Control (or a Group's legend, a Category's title).
 *
 * @example
 * controlLabel({ type: 'Control', scope: '#/properties/nir' }, { title: 'NIR' }, { locale: 'fr' }); // 'NIR'
 */
export function controlLabel(ui: UiSchema, schema: JsonSchema, opts: LabelOptions, fallback = ''): string {
  const key = i18nKey(ui, schema);
  const fromCatalogue = key ? inLocale(opts.labels?.[`${key}.label`], opts.locale) : undefined;
  if (fromCatalogue !== undefined) return fromCatalogue;
  const l = ui.label;
  if (typeof l === 'string') return l;
  if (l && typeof l === 'object' && typeof l.text === 'string') return l.text;
  const x = inLocale(schema['x-label'], opts.locale);
  if (x !== undefined) return x;
  if (typeof schema.title === 'string') return schema.title;
  const scope = 'scope' in ui && typeof ui.scope === 'string' ? ui.scope : '';
  return (scope && scopeKey(scope)) || fallback;
}

/**
 * The description of a Control: the catalogue's `<key>.description`, `options.hint`, else the
 * schema's `description`.
 *
 * @example
 * controlDescription(ui, { description: 'Premier prénom' }, { locale: 'fr' }); // 'Premier prénom'
 */
export function controlDescription(ui: UiSchema, schema: JsonSchema, opts: LabelOptions): string | undefined {
  const key = i18nKey(ui, schema);
  const fromCatalogue = key ? inLocale(opts.labels?.[`${key}.description`], opts.locale) : undefined;
  if (fromCatalogue !== undefined) return fromCatalogue;
  const hint = ui.options?.hint;
  return typeof hint === 'string'
    ? hint
    : typeof schema.description === 'string'
      ? schema.description
      : undefined;
}

/**
 * Whether the label is shown (`label: false` or `{ show: false }` hide it visually).
 *
 * @example
 * labelShown({ type: 'Control', scope: '#', label: false }); // false
 */
export function labelShown(ui: UiSchema): boolean {
  const l = ui.label;
  return !(l === false || (l && typeof l === 'object' && l.show === false));
}
