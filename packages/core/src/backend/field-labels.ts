/**
 * Field labels for JSON Pointers into the user file, from the schemas' `x-label`s: the timeline
 * says « Évaluations › Grille AGGIR » where the audit trail keeps `/assessments/0/aggir`.
 */
import type { Locale } from '../i18n/index.js';
import { parsePointer } from '../json/pointer.js';
import { USER_FILE_SCHEMA as ROOT, deref, schemaDocument, type SchemaNode as Node } from './schema-docs.js';

/** The subschema of a property (or an array item), looking into `allOf`/`anyOf`/`oneOf` too. */
function child(node: Node, base: string, key: string): [Node, string] | undefined {
  const [n, b] = deref(node, base);
  const props = n.properties as Record<string, Node> | undefined;
  if (props?.[key]) return [props[key], b];
  if (/^\d+$/.test(key) && n.items && typeof n.items === 'object') return [n.items as Node, b];
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    for (const sub of (n[k] as Node[] | undefined) ?? []) {
      const hit = child(sub, b, key);
      if (hit) return hit;
    }
  }
  return undefined;
}

const labelOf = (node: Node, base: string, locale: Locale): string | undefined => {
  const own = (node['x-label'] as Record<Locale, string> | undefined)?.[locale];
  return own ?? (deref(node, base)[0]['x-label'] as Record<Locale, string> | undefined)?.[locale];
};

/**
 * The labels along a pointer, joined with « › » (array indexes and unlabelled places skipped).
 *
 * @example
 * fieldLabel('/assessments/0/aggir', 'fr'); // 'Évaluations › Grille AGGIR'
 */
export function fieldLabel(pointer: string, locale: Locale): string | undefined {
  let at: [Node, string] | undefined = [schemaDocument(ROOT) ?? {}, ROOT];
  const parts: string[] = [];
  for (const key of parsePointer(pointer)) {
    at = at && child(at[0], at[1], key);
    if (!at) break;
    if (/^\d+$/.test(key)) continue;
    const label = labelOf(at[0], at[1], locale);
    if (label && label !== parts.at(-1)) parts.push(label);
  }
  return parts.length ? parts.join(' › ') : undefined;
}
