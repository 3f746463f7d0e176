// Reading schemas/: JSON with located syntax errors, the schema files, and the terminologies
// turned into the generated defs schemas.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BANNER, BASE, SchemaError, escapePointer } from './common.mjs';

/** Parses JSON, or throws a SchemaError with the line, column and pointer of the syntax error. */
export async function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (error) {
    let where = '';
    let pointer;
    try {
      const jsonc = await import('jsonc-parser');
      const errors = [];
      jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
      if (errors.length) {
        const { offset } = errors[0];
        const before = text.slice(0, offset).split('\n');
        where = ` (line ${before.length}, column ${before.at(-1).length + 1})`;
        const path = jsonc.getLocation(text, offset).path;
        // A trailing '' is the property name jsonc was about to read: the pointer is its parent.
        while (path.at(-1) === '') path.pop();
        pointer = path.map((p) => '/' + escapePointer(p)).join('');
      }
    } catch {
      // jsonc-parser only refines the location; the message below is enough without it.
    }
    throw new SchemaError(file, pointer, `invalid JSON${where}: ${error.message}`);
  }
}

/** Reads every `*.schema.json` under `dir` (and `dir/defs`), plus the terminologies. */
export async function readSources(schemasDir) {
  const files = [];
  for (const sub of ['', 'defs', 'api']) {
    const dir = join(schemasDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.schema.json')) continue;
      const path = join(dir, name);
      const base = name.replace(/\.schema\.json$/, '');
      // `api/` holds the shapes of the HTTP contract (views and inputs): typed and served, but
      // neither precompiled nor published with the user-file schemas.
      files.push({ path, rel: join(sub, name), top: sub === '', api: sub === 'api', name: base });
    }
  }
  const terminologies = {};
  const termDir = join(schemasDir, 'terminologies');
  for (const name of existsSync(termDir) ? readdirSync(termDir).sort() : []) {
    if (!name.endsWith('.json')) continue;
    const path = join(termDir, name);
    terminologies[name.replace(/\.json$/, '')] = await parseJson(readFileSync(path, 'utf8'), path);
  }
  return { files, terminologies };
}

/** Flattens a terminology tree into [{ code, fr, en, … }] in tree order. */
function flatten(concepts, out = []) {
  for (const { children, ...concept } of concepts) {
    out.push(concept);
    if (children) flatten(children, out);
  }
  return out;
}

// SERAFIN-PH enums name their terminology (`x-terminology`) instead of repeating ~30 KB of labels
// each: read them with terminologyLabel(). TRE_R66's short list carries its labels inline.
const enumDef = (tsName, description, concepts, label, terminology) => ({
  'x-tsName': tsName,
  description,
  enum: concepts.map((c) => c.code),
  ...(label
    ? { 'x-enumLabels': Object.fromEntries(concepts.map((c) => [c.code, label(c)])) }
    : { 'x-terminology': terminology }),
});

/** The generated defs schemas that turn the terminologies into enums (one source: the data). */
export function terminologySchemas(terminologies) {
  const out = {};
  const serafin = terminologies['serafin-ph'];
  if (serafin) {
    const all = flatten(serafin.concepts);
    const under = (root) => all.filter((c) => c.code.startsWith(root + '.'));
    out['defs/serafin-ph.schema.json'] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${BASE}defs/serafin-ph.schema.json`,
      $comment: `${BANNER}; source: schemas/terminologies/serafin-ph.json`,
      title: serafin.title.en,
      description: `Codes of the ${serafin.title.en} (${serafin.system}, version ${serafin.version}).`,
      'x-terminology': { id: serafin.id, system: serafin.system, version: serafin.version },
      $defs: {
        code: enumDef('SerafinPhCode', 'Any SERAFIN-PH code.', all, null, 'serafinPh'),
        needCode: enumDef('SerafinPhNeedCode', 'A need (1.x, JDV_J285).', under('1'), null, 'serafinPh'),
        directServiceCode: enumDef(
          'SerafinPhDirectServiceCode',
          'A direct service (2.x, JDV_J284).',
          under('2'),
          null,
          'serafinPh',
        ),
        indirectServiceCode: enumDef(
          'SerafinPhIndirectServiceCode',
          'An indirect service (3.x, JDV_J283).',
          under('3'),
          null,
          'serafinPh',
        ),
        serviceCode: enumDef(
          'SerafinPhServiceCode',
          'A direct or indirect service (2.x or 3.x).',
          [...under('2'), ...under('3')],
          null,
          'serafinPh',
        ),
      },
    };
  }
  const r66 = terminologies['tre-r66'];
  if (r66) {
    const all = flatten(r66.concepts);
    out['defs/tre-r66.schema.json'] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${BASE}defs/tre-r66.schema.json`,
      $comment: `${BANNER}; source: schemas/terminologies/tre-r66.json`,
      title: r66.title.en,
      description: `Establishment category codes (${r66.system}).`,
      'x-terminology': {
        id: r66.id,
        system: r66.system,
        toVerify: all.filter((c) => c.toVerify).map((c) => c.code),
      },
      $defs: {
        categoryCode: enumDef('EstablishmentCategoryCode', 'A TRE_R66 establishment category.', all, (c) => ({
          fr: `${c.code} ${c.acronym} – ${c.fr}`,
          en: `${c.code} ${c.acronym} – ${c.en}`,
        })),
      },
    };
  }
  return out;
}

/** Every schema document (sources + generated terminology defs), parsed and sorted by path. */
export async function loadSchemas(schemasDir) {
  const { files, terminologies } = await readSources(schemasDir);
  const generatedDefs = terminologySchemas(terminologies);
  const sources = [];
  for (const f of files) {
    const schema =
      generatedDefs[f.rel] ?? (await parseJson(readFileSync(f.path, 'utf8'), `schemas/${f.rel}`));
    // Top-level schemas opt in with a root `x-tsName`; the configuration schemas (workflow, form
    // definition, access policy, variant) are compiled at run time by their own modules.
    if (f.top && typeof schema['x-tsName'] !== 'string') continue;
    sources.push({ ...f, schema });
  }
  for (const [rel, schema] of Object.entries(generatedDefs)) {
    if (!sources.some((s) => s.rel === rel))
      sources.push({ rel, top: false, name: rel.slice(5, -12), schema });
  }
  // The contract's shapes after the user file's, so adding one leaves the others' order alone.
  sources.sort((a, b) => Number(!!a.api) - Number(!!b.api) || a.rel.localeCompare(b.rel));
  return { sources, terminologies, generatedDefs };
}
