// TypeScript types (json-schema-to-typescript) and the schemas as data.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFromFile } from 'json-schema-to-typescript';
import { BANNER, MAP, camel, mapValues } from './common.mjs';

/** Copies a schema for json-schema-to-typescript: `x-tsName` becomes the title, other titles go. */
function forTypes(node) {
  if (Array.isArray(node)) return node.map(forTypes);
  if (typeof node !== 'object' || node === null) return node;
  // A $ref with sibling keywords would be merged into a new, duplicate named type (Id1, IsoDate1…).
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (MAP.includes(k)) {
      out[k] = mapValues(v, forTypes);
      continue;
    }
    // A shape typed by hand elsewhere (workflow and form definitions) keeps its hand-written type.
    if (k === 'x-tsType') {
      out.tsType = v;
      continue;
    }
    if (k === 'title' || k === 'examples' || k.startsWith('x-') || k === '$comment') continue;
    // Conditional and constraint-only keywords do not change the type; json2ts would turn them
    // into loose intersections.
    if (['if', 'then', 'else', 'not', 'dependentRequired', 'dependentSchemas'].includes(k)) continue;
    if (['anyOf', 'oneOf', 'allOf'].includes(k)) {
      const kept = v.map(forTypes).filter((s) => Object.keys(s).some((x) => x !== 'required'));
      if (kept.length) out[k] = kept;
      continue;
    }
    out[k] = k === 'enum' || k === 'const' || k === 'default' ? v : forTypes(v);
  }
  if (typeof node['x-tsName'] === 'string') out.title = node['x-tsName'];
  return out;
}

/** One types file for every schema: compiled once from a root that refers to all of them. */
export async function buildTypes(sources) {
  const dir = mkdtempSync(join(tmpdir(), 'duikit-types-'));
  try {
    mkdirSync(join(dir, 'defs'));
    mkdirSync(join(dir, 'api'));
    const refs = {};
    for (const s of sources) {
      writeFileSync(join(dir, s.rel), JSON.stringify(forTypes(s.schema)));
      if (s.top || s.schema['x-tsName']) refs[`r${Object.keys(refs).length}`] = { $ref: s.rel };
      for (const [name, def] of Object.entries(s.schema.$defs ?? {})) {
        if (def['x-tsName']) refs[`r${Object.keys(refs).length}`] = { $ref: `${s.rel}#/$defs/${name}` };
      }
    }
    const root = { title: 'DuikitAllTypes', type: 'object', properties: refs, additionalProperties: false };
    writeFileSync(join(dir, 'all.json'), JSON.stringify(root));
    const ts = await compileFromFile(join(dir, 'all.json'), {
      cwd: dir,
      bannerComment: `/* ${BANNER} */`,
      unknownAny: true,
      additionalProperties: false,
      strictIndexSignatures: true,
      style: { singleQuote: true, printWidth: 110 },
    });
    // Drop the synthetic root interface: it only exists to declare every named type once.
    const body = ts
      .replace(/export interface DuikitAllTypes \{[\s\S]*?\n\}\n/, '')
      .replace(/\n{3,}/g, '\n\n');
    return withHandTypeImports(body);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Hand-written types named by `x-tsType`, and the module each comes from. */
export const HAND_TYPES = {
  WorkflowDefinition: '../workflow/types.js',
  FormDefinition: '../workflow/types.js',
  AggirCombinationRules: '../aggir/combination.js',
};

/** Adds the imports of the hand-written types the generated code names. */
function withHandTypeImports(ts) {
  const byModule = new Map();
  for (const [name, module] of Object.entries(HAND_TYPES)) {
    if (!new RegExp(`\\b${name}\\b`).test(ts)) continue;
    byModule.set(module, [...(byModule.get(module) ?? []), name]);
  }
  if (byModule.size === 0) return ts;
  const imports = [...byModule].map(([m, names]) => `import type { ${names.join(', ')} } from '${m}';`);
  return ts.replace(/^(\/\*[^\n]*\*\/\n)/, `$1\n${imports.join('\n')}\n`);
}

/** The API shapes (`schemas/api/`) as data, for the server's validation, serialisation and OpenAPI. */
export function buildApiSchemaData(apiSources) {
  const all = Object.fromEntries(apiSources.map((s) => [camel(s.name), s.schema]));
  const js = [
    `// ${BANNER}`,
    `/** The shapes of the HTTP contract (schemas/api), by name. */`,
    `export const apiSchemas = ${JSON.stringify(all, null, 2)};`,
    '',
  ].join('\n');
  const names = Object.keys(all)
    .map((k) => `'${k}'`)
    .join(' | ');
  const dts = [
    `// ${BANNER}`,
    `import type { SchemaDocument } from '../validation/schema-types.js';`,
    '',
    `/** The name of a schema of the HTTP contract. */`,
    `export type ApiSchemaName = ${names};`,
    `export declare const apiSchemas: Readonly<Record<ApiSchemaName, SchemaDocument>>;`,
    '',
  ].join('\n');
  return { js, dts };
}

/** The schemas and terminologies as data, for forms, the server's OpenAPI and hosts. */
export function buildSchemaData(sources, terminologies) {
  const top = Object.fromEntries(sources.filter((s) => s.top).map((s) => [camel(s.name), s.schema]));
  const defs = Object.fromEntries(sources.filter((s) => !s.top).map((s) => [camel(s.name), s.schema]));
  const terms = Object.fromEntries(Object.entries(terminologies).map(([k, v]) => [camel(k), v]));
  const js = [
    `// ${BANNER}`,
    `/** Every top-level schema of the user file, by name. */`,
    `export const schemas = ${JSON.stringify(top, null, 2)};`,
    `/** The shared definition schemas (schemas/defs), by name. */`,
    `export const schemaDefs = ${JSON.stringify(defs, null, 2)};`,
    `/** The terminologies (schemas/terminologies), by name. */`,
    `export const terminologies = ${JSON.stringify(terms, null, 2)};`,
    '',
  ].join('\n');
  const union = (o) =>
    Object.keys(o)
      .map((k) => `'${k}'`)
      .join(' | ');
  const dts = [
    `// ${BANNER}`,
    `import type { SchemaDocument, Terminology } from '../validation/schema-types.js';`,
    '',
    `/** The name of a top-level schema. */`,
    `export type SchemaName = ${union(top)};`,
    `/** The name of a shared definition schema. */`,
    `export type SchemaDefName = ${union(defs)};`,
    `/** The name of a terminology. */`,
    `export type TerminologyName = ${union(terms)};`,
    `export declare const schemas: Readonly<Record<SchemaName, SchemaDocument>>;`,
    `export declare const schemaDefs: Readonly<Record<SchemaDefName, SchemaDocument>>;`,
    `export declare const terminologies: Readonly<Record<TerminologyName, Terminology>>;`,
    '',
  ].join('\n');
  return { js, dts };
}
