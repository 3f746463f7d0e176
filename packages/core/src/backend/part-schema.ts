/**
 * A part of the user file as one self-contained JSON Schema, for a screen that edits it with
 * `<dui-form>`: every `$ref` inlined (the form has no access to the other schema documents), the
 * `x-label`s as `title`s in the reader's language and coded values as `oneOf` + `const` + `title`,
 * so a person reads « Orientation cible », never `target`.
 */
import type { Locale } from '../i18n/index.js';
import type { UserFilePart } from '../generated/types.js';
import { PARTS } from '../engine/files.js';
import { USER_FILE_SCHEMA, deref, schemaDocument, type SchemaNode } from './schema-docs.js';

type Texts = Partial<Record<Locale, string>>;

/**
 * Keywords an inlined copy must not carry: a document's own, and `description`, the configurator's
 * (English) documentation — the help a person reads is `x-description` in their language.
 */
const DOCUMENT_KEYWORDS = new Set(['$id', '$schema', '$comment', '$defs', 'definitions', 'description']);

function inline(node: unknown, base: string, locale: Locale, depth: number): unknown {
  if (Array.isArray(node)) return node.map((n) => inline(n, base, locale, depth));
  if (!node || typeof node !== 'object') return node;
  // The user-file schemas are not recursive; the bound keeps a future cycle from hanging a call.
  if (depth > 40) return {};
  const [target, at] = deref(node as SchemaNode, base);
  // Keywords beside a `$ref` (a field's own label) win over the target's.
  const { $ref: _ref, ...own } = node as SchemaNode;
  const merged: SchemaNode = typeof (node as SchemaNode).$ref === 'string' ? { ...target, ...own } : own;
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(merged)) {
    if (DOCUMENT_KEYWORDS.has(key) || key.startsWith('x-ts')) continue;
    if (key === 'properties' && value && typeof value === 'object')
      out.properties = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, inline(v, at, locale, depth + 1)]),
      );
    else out[key] = inline(value, at, locale, depth + 1);
  }
  const label = (merged['x-label'] as Texts | undefined)?.[locale];
  if (label) out.title = label;
  const help = (merged['x-description'] as Texts | undefined)?.[locale];
  if (help) out.description = help;
  const names = merged['x-enumLabels'] as Record<string, Texts> | undefined;
  if (Array.isArray(merged.enum) && names) {
    out.oneOf = (merged.enum as unknown[]).map((v) => ({
      const: v,
      title: names[String(v)]?.[locale] ?? String(v),
      ...(names[String(v)] ? { 'x-label': names[String(v)] } : {}),
    }));
    delete out.enum;
    delete out['x-enumLabels'];
  }
  return out;
}

/**
 * The JSON Schema of one part of the user file, self-contained and labelled in `locale`.
 *
 * @example
 * const rights = partSchema('rights', 'fr');
 * rights.properties.mdph.properties.decisions.items; // the CDAPH decision form's schema
 */
export function partSchema(part: UserFilePart, locale: Locale): SchemaNode {
  // A part lives at its place in the file (`identity` is `/person`), through the `$ref`s on the way.
  let node = schemaDocument(USER_FILE_SCHEMA);
  let base = USER_FILE_SCHEMA;
  for (const key of (PARTS[part]?.pointer ?? `/${part}`).split('/').slice(1)) {
    const [target, at] = node ? deref(node, base) : [undefined, base];
    node = (target?.properties as Record<string, SchemaNode> | undefined)?.[key];
    base = at;
  }
  if (!node) throw new Error(`partSchema: "${part}" is not a part of the user-file schema.`);
  return inline(node, base, locale, 0) as SchemaNode;
}
