/**
 * A coded value — a `oneOf` of `const`s with titles, how the shipped forms label their codes —
 * is worded once, as an enum would be ("Valeur non prévue. Valeurs possibles : …"), instead of
 * one error per branch plus the `oneOf`'s own.
 */
import type { Translate } from '../i18n/index.js';
import { parsePointer } from '../json/pointer.js';
import type { ValidationError } from '../validation/errors.js';
import { keywordText } from '../validation/messages.js';

type Node = Record<string, unknown>;

/** The schema that describes the value at `path` (properties and items only), if any. */
function schemaAt(root: Node, path: string): Node | undefined {
  let node: Node | undefined = root;
  for (const seg of path ? parsePointer(path) : []) {
    if (!node) return undefined;
    const props = node.properties as Record<string, Node> | undefined;
    node = props?.[seg] ?? (/^\d+$/.test(seg) ? (node.items as Node | undefined) : undefined);
  }
  return node;
}

/** The codes of a `oneOf` whose every branch is a `const`, else undefined. */
function codesOf(node: Node | undefined): unknown[] | undefined {
  const branches = node?.oneOf;
  if (!Array.isArray(branches) || !branches.length) return undefined;
  if (!branches.every((b) => b && typeof b === 'object' && 'const' in b)) return undefined;
  return branches.map((b) => (b as Node).const);
}

/**
 * Replaces the errors of each failed coded value by one `enum` error at its place.
 *
 * @example
 * collapseCodedChoices(schema, errors, t); // [{ path: '/channel', keyword: 'enum', … }]
 */
export function collapseCodedChoices(
  schema: Node,
  errors: readonly ValidationError[],
  t: Translate,
): ValidationError[] {
  const coded = new Map<string, unknown[] | undefined>();
  const codes = (path: string) => {
    if (!coded.has(path)) coded.set(path, codesOf(schemaAt(schema, path)));
    return coded.get(path);
  };
  const out: ValidationError[] = [];
  const done = new Set<string>();
  for (const e of errors) {
    const values = (e.keyword === 'oneOf' || e.keyword === 'const') && codes(e.path);
    if (!values) {
      out.push(e);
      continue;
    }
    if (done.has(e.path)) continue;
    done.add(e.path);
    const params = { allowedValues: values };
    out.push({ path: e.path, keyword: 'enum', message: keywordText({ keyword: 'enum', params }, t), params });
  }
  return out;
}
