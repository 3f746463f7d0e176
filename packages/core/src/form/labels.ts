/**
 * The words shown for a control, decided the same way by the element, its print view and the
 * headless model: the host's label catalogue first (see catalogue.ts), then the UI schema's
 * `label`, the schema's `x-label` in the locale, its `title`, and at last the property's key
 * exactly as written in the schema: never English words guessed from it.
 *
 * @example
 * controlLabel({ type: 'Control', scope: '#/properties/lastName' }, {}, { locale: 'fr' }); // 'lastName'
 */
import { scopeName } from './schema.js';
import type { JsonSchema, UiSchema } from './types.js';

/** One choice of an enum-like schema, as the catalogue looks its words up. */
export interface ChoiceKey {
  /** The value stored (an `enum` entry, a branch's `const`). */
  value: unknown;
  /** The `oneOf`/`anyOf` branch that names it, if any. */
  branch?: JsonSchema;
}

/** Looks a text of an element (or of one of its choices) up in the host's catalogue (`undefined`: not there). */
export type CatalogueLookup = (
  ui: UiSchema,
  schema: JsonSchema,
  what: 'label' | 'description' | ChoiceKey,
) => string | undefined;

/** What a label depends on besides the element and its schema. */
export interface LabelOptions {
  locale: string;
  /** The host's catalogue (`catalogueLookup(labels, locale)`), when it gave one. */
  lookup?: CatalogueLookup;
}

/**
 * A text in the locale: a string as it is, or `{ fr, en }`'s entry (French when missing).
 *
 * @example
 * inLocale({ fr: 'Nom', en: 'Name' }, 'en'); // 'Name'
 */
export function inLocale(value: unknown, locale: string): string | undefined {
  if (typeof value === 'string') return value;
  const text =
    value && typeof value === 'object'
      ? ((value as Record<string, unknown>)[locale.slice(0, 2)] ?? (value as Record<string, unknown>).fr)
      : undefined;
  return typeof text === 'string' ? text : undefined;
}

/** One choice of an enum-like schema: the value stored, and the words a person reads. */
export interface ChoiceOption {
  value: unknown;
  label: string;
}

/**
 * The choices of an enum-like schema, worded in the locale, never by their code when the schema
 * names them: the host's label catalogue first (`named`, see `catalogueLookup`), then an `enum`
 * through `x-enumLabels` (`{ code: { fr, en } }`), a `oneOf`/`anyOf` of `const`s through each
 * branch's `x-label`, then its `title`. The code shows only when nothing names it.
 *
 * @example
 * choiceOptions({ oneOf: [{ const: 'M', title: 'Masculin', 'x-label': { fr: 'Masculin', en: 'Male' } }] }, 'en');
 * // [{ value: 'M', label: 'Male' }]
 */
export function choiceOptions(
  schema: JsonSchema,
  locale: string,
  named?: (choice: ChoiceKey) => string | undefined,
): ChoiceOption[] {
  if (Array.isArray(schema.enum)) {
    const names = schema['x-enumLabels'] as Record<string, unknown> | undefined;
    return schema.enum.map((value) => ({
      value,
      label: named?.({ value }) ?? (names && inLocale(names[String(value)], locale)) ?? String(value),
    }));
  }
  return (schema.oneOf ?? schema.anyOf ?? []).map((o) => ({
    value: o.const,
    label:
      named?.({ value: o.const, branch: o }) ??
      inLocale(o['x-label'], locale) ??
      inLocale(o.title, locale) ??
      String(o.const),
  }));
}

/**
 * The label of a Control (or a Group's legend, a Category's title).
 *
 * @example
 * controlLabel({ type: 'Control', scope: '#/properties/nir' }, { title: 'NIR' }, { locale: 'fr' }); // 'NIR'
 */
export function controlLabel(ui: UiSchema, schema: JsonSchema, opts: LabelOptions, fallback = ''): string {
  const l = ui.label;
  return (
    opts.lookup?.(ui, schema, 'label') ??
    (typeof l === 'string'
      ? l
      : l && typeof l === 'object' && typeof l.text === 'string'
        ? l.text
        : undefined) ??
    inLocale(schema['x-label'], opts.locale) ??
    (typeof schema.title === 'string' ? schema.title : undefined) ??
    (('scope' in ui && scopeName(ui.scope)) || fallback)
  );
}

/**
 * The description of a Control: the catalogue's, `options.hint`, the schema's `x-description` in
 * the page's language (`{ fr, en }`), else its `description`.
 *
 * @example
 * controlDescription(ui, { description: 'Premier prénom' }, { locale: 'fr' }); // 'Premier prénom'
 * controlDescription(ui, { 'x-description': { fr: 'Le jour reçu', en: 'The day received' } }, { locale: 'en' }); // 'The day received'
 */
export function controlDescription(ui: UiSchema, schema: JsonSchema, opts: LabelOptions): string | undefined {
  const hint = ui.options?.hint ?? inLocale(schema['x-description'], opts.locale) ?? schema.description;
  return opts.lookup?.(ui, schema, 'description') ?? (typeof hint === 'string' ? hint : undefined);
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
