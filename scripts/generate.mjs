// `npm run generate` rebuilds every file generated from `schemas/`; `npm run generate:check`
// (`--check`) rebuilds them in memory and fails, naming each stale file, when a committed one differs.
//
//   schemas/terminologies/*.json        → schemas/defs/serafin-ph.schema.json, tre-r66.schema.json (enums)
//   schemas/**/*.schema.json            → packages/core/src/generated/types.ts (json-schema-to-typescript)
//                                       → packages/core/src/generated/validators.js + .d.ts (ajv standalone + esbuild)
//                                       → packages/core/src/generated/schemas.js + .d.ts (the schemas as data)
//                                       → packages/schemas/ (@duikit/schemas: copies, per-workflow variant schemas)
//
// A broken schema (invalid JSON, unknown keyword, unresolvable $ref, meta-schema violation) stops
// the run with the file and the JSON Pointer of the problem (exit 1). A top-level schema takes part
// when its root has an `x-tsName` (the name of its TypeScript type). Options for tests:
// `--schemas <dir>` and `--out <dir>` point the run elsewhere. The steps live in scripts/generate/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { ROOT, SchemaError, loadVocabulary, stable } from './generate/common.mjs';
import { lint } from './generate/lint.mjs';
import { loadSchemas } from './generate/sources.mjs';
import { buildSchemaData, buildTypes } from './generate/types.mjs';
import { buildValidators, newAjv } from './generate/validators.mjs';
import { buildSchemasPackage } from './generate/schemas-package.mjs';

export { SchemaError };
export { terminologySchemas } from './generate/sources.mjs';

/**
 * Builds every generated file in memory: `{ [path relative to the repository]: content }`.
 * Throws a SchemaError (file + JSON Pointer) when a schema is broken.
 */
export async function generate({
  schemasDir = join(ROOT, 'schemas'),
  outDir = join(ROOT, 'packages/core/src/generated'),
} = {}) {
  const vocabulary = await loadVocabulary();
  const { sources, terminologies, generatedDefs } = await loadSchemas(schemasDir);
  const ajv = newAjv(vocabulary);
  lint(ajv, sources);
  const validators = await buildValidators(ajv, vocabulary, sources);
  const types = await buildTypes(sources);
  const data = buildSchemaData(sources, terminologies);
  const files = {};
  // The generated defs live next to hand-written schemas, under `prettier --check`: format them alike.
  const prettierOptions = { ...(await prettier.resolveConfig(join(ROOT, 'schemas/x.json'))), parser: 'json' };
  for (const [rel, schema] of Object.entries(generatedDefs)) {
    files[join(schemasDir, rel)] = await prettier.format(stable(schema), prettierOptions);
  }
  files[join(outDir, 'types.ts')] = types;
  files[join(outDir, 'validators.js')] = validators.js;
  files[join(outDir, 'validators.d.ts')] = validators.dts;
  files[join(outDir, 'schemas.js')] = data.js;
  files[join(outDir, 'schemas.d.ts')] = data.dts;
  // The published copies (@duikit/schemas) follow the repository's schemas only.
  if (schemasDir === join(ROOT, 'schemas')) Object.assign(files, await buildSchemasPackage(schemasDir));
  return files;
}

/** Compares generated files with the ones on disk; returns the stale paths. */
export function staleFiles(files) {
  return Object.entries(files)
    .filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content)
    .map(([path]) => path);
}

async function main(argv) {
  const arg = (name) => (argv.includes(name) ? resolve(argv[argv.indexOf(name) + 1]) : undefined);
  const check = argv.includes('--check');
  let files;
  try {
    files = await generate({ schemasDir: arg('--schemas'), outDir: arg('--out') });
  } catch (error) {
    if (error instanceof SchemaError) {
      console.error(`generate: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const stale = staleFiles(files);
  if (check) {
    if (stale.length === 0) {
      console.log(`generated files are up to date (${Object.keys(files).length} files)`);
      return 0;
    }
    for (const path of stale) console.error(`stale: ${relative(process.cwd(), path)}`);
    console.error('The generated files do not match schemas/: run `npm run generate` and commit the result.');
    return 1;
  }
  for (const path of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, files[path]);
    console.log(`wrote ${relative(process.cwd(), path)}`);
  }
  if (stale.length === 0) console.log('generated files already up to date');
  return 0;
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  process.exitCode = await main(process.argv.slice(2));
}
