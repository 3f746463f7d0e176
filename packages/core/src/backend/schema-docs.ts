/**
 * The user-file schemas as one set of documents by `$id`, and the walk along their `$ref`s: what
 * the timeline's field labels and the self-contained part schemas given to `<dui-form>` read.
 */
import { schemaDefs, schemas } from '../generated/schemas.js';
import { parsePointer } from '../json/pointer.js';

/** A schema node, as plain data. */
export type SchemaNode = Record<string, unknown>;

const docs = new Map<string, SchemaNode>(
  [...Object.values(schemas), ...Object.values(schemaDefs)].map((d) => [
    String(d.$id),
    d as unknown as SchemaNode,
  ]),
);

/** The `$id` of the user file's schema, where pointers into a file start. */
export const USER_FILE_SCHEMA = 'https://duikit.dev/schemas/user-file.schema.json';

/**
 * The schema document of an `$id` (undefined when no shipped schema has it).
 *
 * @example
 * schemaDocument(USER_FILE_SCHEMA)?.title; // 'User file'
 */
export function schemaDocument(id: string): SchemaNode | undefined {
  return docs.get(id);
}

/**
 * Follows `$ref`s to the schema they name, with the `$id` of the document it lives in (a `$ref`
 * to a document no shipped schema has is left as it is).
 *
 * @example
 * const [node, base] = deref({ $ref: 'defs/rights.schema.json' }, USER_FILE_SCHEMA);
 */
export function deref(node: SchemaNode, base: string): [SchemaNode, string] {
  for (let i = 0; i < 10 && typeof node.$ref === 'string'; i++) {
    const url = new URL(node.$ref, base);
    const doc = docs.get(url.href.split('#')[0]);
    if (!doc) break;
    base = url.href.split('#')[0];
    node = parsePointer(decodeURIComponent(url.hash.slice(1))).reduce<SchemaNode>(
      (n, k) => (n?.[k] ?? {}) as SchemaNode,
      doc,
    );
  }
  return [node, base];
}
