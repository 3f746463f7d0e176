/**
 * Labels for the printable copy, read from the schemas' `x-label` and `x-enumLabels`, so the
 * document says « Prénoms de naissance : Jeanne, Marie » rather than `birthFirstNames`.
 */
import { schemaDefs, schemas } from '../generated/schemas.js';
import type { Locale } from '../i18n/index.js';

type Node = Record<string, unknown>;
type Text = { fr?: string; en?: string };

const byId = new Map<string, Node>();
for (const doc of [...Object.values(schemas), ...Object.values(schemaDefs)] as unknown as Node[]) {
  if (typeof doc.$id === 'string') byId.set(doc.$id, doc);
}

/** A schema node together with the document it belongs to (to resolve relative `$ref`s). */
export interface SchemaAt {
  node: Node;
  base: string;
}

function resolve(at: SchemaAt, depth = 0): SchemaAt {
  const ref = at.node.$ref;
  if (typeof ref !== 'string' || depth > 10) return at;
  const url = new URL(ref, at.base);
  const base = url.href.split('#')[0];
  let node: unknown = byId.get(base);
  for (const seg of (url.hash.replace(/^#\/?/, '') || '').split('/').filter(Boolean)) {
    node = node && typeof node === 'object' ? (node as Node)[decodeURIComponent(seg)] : undefined;
  }
  return node && typeof node === 'object' ? resolve({ node: node as Node, base }, depth + 1) : at;
}

const text = (v: unknown, locale: Locale) =>
  v && typeof v === 'object' ? ((v as Text)[locale] ?? (v as Text).fr) : undefined;

/** The schema of the user file, the root of the labels. */
export const userFileSchema = (): SchemaAt | undefined => {
  const node = (schemas as unknown as Record<string, Node>).userFile;
  return node ? { node, base: String(node.$id) } : undefined;
};

/**
 * The schema of a property (or, for a numeric key, of an array item) with its label.
 *
 * @example
 * const child = childSchema(userFileSchema(), 'notes', 'fr'); // { label: 'Transmissions', at }
 */
export function childSchema(
  parent: SchemaAt | undefined,
  key: string,
  locale: Locale,
): { label?: string; at?: SchemaAt } {
  if (!parent) return {};
  const p = resolve(parent);
  const raw = /^\d+$/.test(key) ? p.node.items : (p.node.properties as Node | undefined)?.[key];
  if (!raw || typeof raw !== 'object') return {};
  const at = { node: raw as Node, base: p.base };
  const label = text((raw as Node)['x-label'], locale) ?? text(resolve(at).node['x-label'], locale);
  return { label, at };
}

/**
 * The label of an enumerated value, when the schema gives one.
 *
 * @example
 * valueLabel(at, 'F', 'fr'); // 'Féminin'
 */
export function valueLabel(at: SchemaAt | undefined, value: unknown, locale: Locale): string | undefined {
  if (!at || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  const labels = (at.node['x-enumLabels'] ?? resolve(at).node['x-enumLabels']) as
    Record<string, Text> | undefined;
  return text(labels?.[String(value)], locale);
}
