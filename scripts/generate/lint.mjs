// Checks every schema before ajv sees it, so a problem is reported with its file and JSON Pointer.
import { BASE, MAP, SchemaError, escapePointer } from './common.mjs';

// Keywords of JSON Schema 2020-12 that ajv accepts without a keyword definition of its own.
const CORE_KEYWORDS = new Set(
  '$schema $id $ref $dynamicRef $dynamicAnchor $anchor $defs $vocabulary $comment definitions title description default deprecated readOnly writeOnly examples contentMediaType contentEncoding contentSchema'.split(
    ' ',
  ),
);
const ONE = [
  'additionalProperties',
  'unevaluatedProperties',
  'items',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'contentSchema',
];
const MANY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Calls visit(node, pointer) on every subschema of a schema. */
function walk(node, pointer, visit) {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  visit(node, pointer);
  for (const k of ONE) if (k in node) walk(node[k], `${pointer}/${k}`, visit);
  for (const k of MANY)
    if (Array.isArray(node[k])) node[k].forEach((s, i) => walk(s, `${pointer}/${k}/${i}`, visit));
  for (const k of MAP) {
    if (node[k] && typeof node[k] === 'object') {
      for (const [name, s] of Object.entries(node[k]))
        walk(s, `${pointer}/${k}/${escapePointer(name)}`, visit);
    }
  }
}

function resolvePointer(doc, fragment) {
  if (fragment === '' || fragment === '/') return doc;
  let node = doc;
  for (const raw of fragment.slice(1).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Checks keywords and `$ref`s of every schema, then the meta-schema: SchemaError on the first problem. */
export function lint(ajv, sources) {
  const byId = new Map(sources.map((s) => [s.schema.$id, s]));
  for (const { rel, schema } of sources) {
    const file = `schemas/${rel}`;
    if (schema.$id !== `${BASE}${rel}`) throw new SchemaError(file, '/$id', `$id must be "${BASE}${rel}"`);
    walk(schema, '', (node, pointer) => {
      for (const key of Object.keys(node)) {
        if (!CORE_KEYWORDS.has(key) && !ajv.getKeyword(key)) {
          throw new SchemaError(
            file,
            `${pointer}/${escapePointer(key)}`,
            `unknown keyword "${key}" (annotations start with x- and must be one of the declared ones: see ANNOTATION_KEYWORDS in packages/core/src/validation/vocabulary.ts)`,
          );
        }
      }
      if (typeof node.$ref === 'string') {
        const url = new URL(node.$ref, schema.$id);
        const fragment = decodeURIComponent(url.hash.slice(1));
        url.hash = '';
        const target = byId.get(url.href);
        if (!target || resolvePointer(target.schema, fragment) === undefined) {
          throw new SchemaError(
            file,
            `${pointer}/$ref`,
            `cannot resolve $ref "${node.$ref}" (${url.href}${fragment ? '#' + fragment : ''} does not exist)`,
          );
        }
      }
    });
    if (!ajv.validateSchema(schema)) {
      const [e] = ajv.errors;
      throw new SchemaError(file, e.instancePath, `not a valid JSON Schema 2020-12: ${e.message}`);
    }
  }
}
