// `DuiBackend`'s methods, generated from the contract (packages/core/src/contract/operations.ts)
// and the schemas its operations name: one method per operation, its positional arguments from
// the operation's `args`, its result from the response schema (types by `x-tsName`).
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, SchemaError } from './common.mjs';
import { HAND_TYPES } from './types.mjs';

export const CONTRACT_ENTRY = join(ROOT, 'packages/core/src/contract/operations.ts');

/** Loads the contract from core's TypeScript. */
export async function loadContract(entry = CONTRACT_ENTRY) {
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const url = 'data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64');
  return (await import(url)).duiContract;
}

function resolvePointer(doc, fragment) {
  let node = doc;
  for (const raw of fragment.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = node?.[key];
  }
  return node;
}

/** Turns schemas into TypeScript type expressions, collecting the names to import. */
function typer(sources) {
  const byId = new Map(sources.map((s) => [s.schema.$id, s.schema]));
  const generated = new Set();
  const hand = new Set();
  const resolve = (ref, base, where) => {
    const url = new URL(ref, base);
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const doc = byId.get(url.href);
    const node = doc && (fragment ? resolvePointer(doc, fragment) : doc);
    if (!node)
      throw new SchemaError(
        'packages/core/src/contract/operations.ts',
        where,
        `cannot resolve $ref "${ref}"`,
      );
    return { node, base: url.href };
  };
  const of = (schema, base, where, { primitive = false } = {}) => {
    if (schema.$ref) {
      const { node, base: b } = resolve(schema.$ref, base, where);
      if (!primitive && node['x-tsType']) {
        hand.add(node['x-tsType']);
        return node['x-tsType'];
      }
      if (!primitive && node['x-tsName']) {
        generated.add(node['x-tsName']);
        return node['x-tsName'];
      }
      return of(node, b, where, { primitive });
    }
    if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (schema.anyOf) return schema.anyOf.map((s, i) => of(s, base, `${where}/anyOf/${i}`)).join(' | ');
    switch (schema.type) {
      case 'array': {
        const item = of(schema.items, base, `${where}/items`);
        return /[ |&]/.test(item) ? `(${item})[]` : `${item}[]`;
      }
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'object':
        if (!schema.properties) return 'Record<string, unknown>';
    }
    throw new SchemaError(
      'packages/core/src/contract/operations.ts',
      where,
      'give this schema an `x-tsName` (in schemas/api/) so the generated method can name its type',
    );
  };
  return { of, generated, hand };
}

const doc = (lines, indent) =>
  [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`].join('\n');

/** One method signature. */
function method(name, op, t) {
  const where = `/duiContract/${name}`;
  const base = 'https://duikit.dev/schemas/api/';
  const bodyType = op.body ? t.of(op.body, base, `${where}/body`) : undefined;
  const taken = op.args.filter((a) => a.in === 'body' && a.property).map((a) => `'${a.property}'`);
  const params = op.args.map((arg, i) => {
    const at = `${where}/args/${i}`;
    let type;
    if (arg.in === 'path') type = t.of(arg.schema, base, at, { primitive: true });
    else if (arg.in === 'query') type = t.of(op.query, base, `${where}/query`);
    else if (arg.property) type = `${bodyType}['${arg.property}']`;
    else if (arg.rest) type = taken.length ? `Omit<${bodyType}, ${taken.join(' | ')}>` : bodyType;
    else type = bodyType;
    return `${arg.name}${arg.optional ? '?' : ''}: ${type}`;
  });
  const result = t.of(op.response, base, `${where}/response`);
  const errors = op.errors.length ? op.errors.map((e) => `\`${e}\``).join(', ') : 'none besides the session';
  const lines = [op.summary, '', `\`${op.method} ${op.path}\` · refusals: ${errors}.`];
  return `${doc(lines, '  ')}\n  ${name}(${params.join(', ')}): Promise<BackendResult<${result}>>;`;
}

/** The generated `backend.ts`. */
export function buildBackend(contract, sources) {
  const t = typer(sources);
  const group = (scope) =>
    Object.entries(contract)
      .filter(([, op]) => (op.scope ?? 'backend') === scope)
      .map(([name, op]) => method(name, op, t))
      .join('\n\n');
  const backend = group('backend');
  const session = group('session');
  const byModule = new Map();
  for (const name of t.hand)
    byModule.set(HAND_TYPES[name], [...(byModule.get(HAND_TYPES[name]) ?? []), name]);
  return [
    `/* generated by scripts/generate.mjs from packages/core/src/contract/operations.ts and schemas/: do not edit, run \`npm run generate\` */`,
    `import type { BackendResult } from '../backend/result.js';`,
    `import type {\n${[...t.generated]
      .sort()
      .map((n) => `  ${n},`)
      .join('\n')}\n} from './types.js';`,
    ...[...byModule].map(([m, names]) => `import type { ${names.sort().join(', ')} } from '${m}';`),
    '',
    doc(
      [
        'The operations of the DUI Kit contract, one method per operation (`DuiBackend` adds the actor).',
        'In-process and over HTTP alike, a method never throws for a refusal or bad input: it resolves',
        'to a {@link BackendResult}.',
      ],
      '',
    ),
    `export interface DuiBackendOperations {\n${backend}\n}`,
    '',
    doc(['The session operations of the HTTP backend, answered by the server (not by the engine).'], ''),
    `export interface DuiSessionOperations {\n${session}\n}`,
    '',
  ].join('\n');
}
