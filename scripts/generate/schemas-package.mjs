// The @duikit/schemas package: the JSON Schemas of schemas/ copied as they are (same $id), plus
// one variant schema per standard workflow, whose `patch.parameters` lists that workflow's
// declared parameters, so that an editor completes and checks a variant's parameters.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { ROOT } from './common.mjs';

const DURATION = '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$';

/** A parameter declaration as an editor reads it: a pattern for durations, the bounds in the text. */
function editorDeclaration(d) {
  const bounds = [
    d['x-legalMinimum'] && `minimum légal ${d['x-legalMinimum']}`,
    d['x-legalMaximum'] && `maximum légal ${d['x-legalMaximum']}`,
    d['x-minimum'] && `au moins ${d['x-minimum']}`,
    d['x-maximum'] && `au plus ${d['x-maximum']}`,
  ].filter(Boolean);
  const text = `${d.description}${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
  return {
    ...d,
    ...(d.format === 'duration' ? { pattern: DURATION } : {}),
    description: text,
    markdownDescription: text,
  };
}

function variantSchema(base, workflow) {
  const schema = structuredClone(base);
  schema.$id = `https://duikit.dev/schemas/variants/${workflow.id}.variant.schema.json`;
  schema.title = `Variante de « ${workflow.title.fr} » (${workflow.id})`;
  schema.description =
    `Une variante de ${workflow.id} ou d'une de ses variantes : un JSON Merge Patch (RFC 7396). ` +
    'Les paramètres sont ceux que le workflow déclare, dans leurs bornes légales. Generated from ' +
    `workflows/${workflow.id}.workflow.json by npm run generate.`;
  const props = Object.fromEntries(
    Object.entries(workflow.parametersSchema?.properties ?? {}).map(([k, d]) => [k, editorDeclaration(d)]),
  );
  schema.properties.patch.properties = {
    parameters: { type: 'object', additionalProperties: false, properties: props },
  };
  return schema;
}

/** `{ absolute path: content }` of every file of packages/schemas generated from schemas/ and workflows/. */
export async function buildSchemasPackage(schemasDir = join(ROOT, 'schemas')) {
  const out = {};
  const pkg = join(ROOT, 'packages/schemas');
  for (const sub of ['', 'defs']) {
    for (const name of readdirSync(join(schemasDir, sub)).sort()) {
      if (name.endsWith('.schema.json'))
        out[join(pkg, sub, name)] = readFileSync(join(schemasDir, sub, name), 'utf8');
    }
  }
  const options = { ...(await prettier.resolveConfig(join(ROOT, 'schemas/x.json'))), parser: 'json' };
  const base = JSON.parse(readFileSync(join(schemasDir, 'workflow-variant.schema.json'), 'utf8'));
  const workflowsDir = join(ROOT, 'workflows');
  for (const name of readdirSync(workflowsDir).sort()) {
    if (!name.endsWith('.workflow.json')) continue;
    const workflow = JSON.parse(readFileSync(join(workflowsDir, name), 'utf8'));
    const file = join(pkg, 'variants', `${workflow.id}.variant.schema.json`);
    out[file] = await prettier.format(JSON.stringify(variantSchema(base, workflow)), options);
  }
  return out;
}
