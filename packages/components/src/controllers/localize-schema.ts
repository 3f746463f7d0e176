/**
 * Bilingual labels in a form's JSON Schema, resolved for one locale before `<dui-form>` sees it.
 *
 * The convention (ADR 0013): `title` holds the French label (the default, what any JSON Schema
 * tool shows) and `x-label: { fr, en }` holds both, as in `schemas/defs`; coded values are
 * `oneOf: [{ const, title, x-label }]`. `<dui-form>` reads plain `title`s, so the screens hand it
 * a copy whose `title`s are in the page's language. Also accepted, so that no label ever falls
 * back to a code: `title: { fr, en }` (written by hand or by a generator) and `enum` with
 * `x-enumLabels: { code: { fr, en } }` (turned into `oneOf` + `const` + `title`).
 */
import type { Locale } from '@duikit/core';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

function pick(label: unknown, locale: Locale): string | undefined {
  if (typeof label === 'string') return label;
  if (!isObject(label)) return undefined;
  const text = label[locale] ?? label.fr;
  return typeof text === 'string' ? text : undefined;
}

/** Keywords whose value is a map of names to subschemas. */
const MAPS = new Set(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas']);
/** Keywords whose value is a list of subschemas. */
const LISTS = new Set(['oneOf', 'anyOf', 'allOf', 'prefixItems']);
/** Keywords whose value is one subschema. */
const ONE = new Set(['items', 'not', 'if', 'then', 'else', 'additionalProperties', 'contains']);

function walk(schema: unknown, locale: Locale): unknown {
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, locale)]));
    } else if (LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v) => walk(v, locale));
    } else if (ONE.has(key)) {
      out[key] = walk(value, locale);
    } else {
      out[key] = value;
    }
  }
  const title = pick(schema['x-label'], locale) ?? pick(schema.title, locale);
  if (title !== undefined) out.title = title;
  else delete out.title;
  const description = pick(schema['x-description'], locale) ?? pick(schema.description, locale);
  if (description !== undefined) out.description = description;
  const enumLabels = schema['x-enumLabels'];
  if (Array.isArray(schema.enum) && isObject(enumLabels)) {
    out.oneOf = (schema.enum as unknown[]).map((code) => ({
      const: code,
      title: pick(enumLabels[String(code)], locale) ?? String(code),
    }));
    delete out.enum;
  }
  return out;
}

/**
 * A copy of `schema` whose `title`s (and descriptions) are in `locale`.
 *
 * @example
 * localizeSchema({ properties: { opinion: { title: 'Avis', 'x-label': { fr: 'Avis', en: 'Opinion' } } } }, 'en')
 * // → { properties: { opinion: { title: 'Opinion', 'x-label': … } } }
 */
export function localizeSchema<T>(schema: T, locale: Locale): T {
  return memo(schemas, schema, locale, () => walk(schema, locale) as T);
}

// Same input, same output object: `<dui-form>` rebuilds itself when its schema changes identity.
const schemas = new WeakMap<object, Map<Locale, unknown>>();
const uischemas = new WeakMap<object, Map<Locale, unknown>>();

function memo<T>(cache: WeakMap<object, Map<Locale, unknown>>, input: T, locale: Locale, make: () => T): T {
  if (!input || typeof input !== 'object') return make();
  let byLocale = cache.get(input);
  if (!byLocale) cache.set(input, (byLocale = new Map<Locale, unknown>()));
  if (!byLocale.has(locale)) byLocale.set(locale, make());
  return byLocale.get(locale) as T;
}

/**
 * A copy of a UI schema whose `label`s and `Label` texts given as `{ fr, en }` are in `locale`.
 *
 * @example
 * localizeUiSchema({ type: 'Label', text: { fr: 'Bonjour', en: 'Hello' } }, 'en'); // { type: 'Label', text: 'Hello' }
 */
export function localizeUiSchema<T>(uischema: T, locale: Locale): T {
  return memo(uischemas, uischema, locale, () => walkUi(uischema, locale));
}

function walkUi<T>(uischema: T, locale: Locale): T {
  if (Array.isArray(uischema)) return uischema.map((u: unknown) => walkUi(u, locale)) as T;
  if (!isObject(uischema)) return uischema;
  const out: Json = {};
  for (const [key, value] of Object.entries(uischema)) {
    if ((key === 'label' || key === 'text') && isObject(value) && ('fr' in value || 'en' in value)) {
      out[key] = pick(value, locale);
    } else if (key === 'elements' || key === 'options') {
      out[key] = walkUi(value, locale);
    } else out[key] = value;
  }
  return out as T;
}
