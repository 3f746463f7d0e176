// Precompiled ajv validators (standalone code, CSP-safe), bundled once into plain ESM.
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import {
  Ajv2020,
  BANNER,
  FORMATS_ENTRY,
  FORMATS_MODULE,
  MAP,
  ROOT,
  SchemaError,
  _,
  ajvErrors,
  mapValues,
  pascal,
  standaloneCode,
} from './common.mjs';

export function newAjv(vocabulary) {
  const ajv = new Ajv2020({
    // AJV_OPTIONS of core (allErrors, strict, no strictRequired), shared with runtime compilers.
    ...vocabulary.AJV_OPTIONS,
    // Shared definitions (address, telecom, actor…) become one function each instead of being
    // inlined at every use: the bundle is several times smaller.
    inlineRefs: false,
    code: { source: true, esm: true, lines: true, formats: _`require(${FORMATS_MODULE}).formats` },
  });
  vocabulary.configureAjv(ajv);
  ajvErrors(ajv);
  return ajv;
}

/**
 * ajv compiles a `$ref` to `file#/$defs/x` once per referencing root schema, so shared
 * definitions were emitted up to ten times. Giving every `$defs` entry its own document (and
 * pointing every `$ref` at it by absolute URI) makes ajv compile each one once.
 */
function splitDefinitions(sources) {
  const docs = [];
  const defId = (fileId, name) => `${fileId.replace(/\.schema\.json$/, '')}/$defs/${name}`;
  const absolute = (node, base) => {
    if (Array.isArray(node)) return node.map((n) => absolute(n, base));
    if (typeof node !== 'object' || node === null) return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const url = new URL(v, base);
        const m = /^#\/\$defs\/([^/]+)$/.exec(url.hash);
        out.$ref = m ? defId(url.href.split('#')[0], m[1]) : url.href;
      } else out[k] = ['examples', 'enum', 'const', 'default'].includes(k) ? v : absolute(v, base);
    }
    return out;
  };
  for (const { schema } of sources) {
    const { $defs, ...rest } = lean(absolute(schema, schema.$id));
    docs.push(rest);
    for (const [name, def] of Object.entries($defs ?? {}))
      docs.push({ ...def, $id: defId(schema.$id, name) });
  }
  return docs;
}

/**
 * The schema without what validation never reads (labels, descriptions, examples, annotations):
 * ajv embeds schema objects in the standalone code, and the schemas ship as data anyway.
 */
function lean(node) {
  if (Array.isArray(node)) return node.map(lean);
  if (typeof node !== 'object' || node === null) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (MAP.includes(k)) {
      out[k] = mapValues(v, lean);
      continue;
    }
    if (['title', 'description', 'examples', '$comment'].includes(k)) continue;
    if (k.startsWith('x-') && k !== 'x-errorMessage') continue;
    out[k] = ['enum', 'const', 'default'].includes(k) ? v : lean(v);
  }
  return out;
}

/** Precompiles one validator per top-level schema, bundled once into plain ESM. */
export async function buildValidators(ajv, vocabulary, sources) {
  for (const doc of splitDefinitions(sources)) ajv.addSchema(vocabulary.prepareSchema(doc));
  const exports = {};
  for (const s of sources.filter((x) => x.top)) {
    try {
      ajv.getSchema(s.schema.$id);
    } catch (error) {
      // ajv names the place as "at <$id>#<pointer>": report it as file + pointer.
      const at = /at "https:\/\/duikit\.dev\/schemas\/([^"#]+)#([^"]*)"/.exec(error.message);
      throw at
        ? new SchemaError(`schemas/${at[1]}`, at[2], error.message)
        : new SchemaError(`schemas/${s.rel}`, undefined, error.message);
    }
    exports[`validate${pascal(s.name)}`] = s.schema.$id;
  }
  const raw = standaloneCode(ajv, exports);
  const formatsModule = `import { formats } from ${JSON.stringify(FORMATS_ENTRY)}; export { formats };`;
  const out = await esbuild.build({
    stdin: { contents: raw, resolveDir: join(ROOT, 'packages/core'), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    legalComments: 'none',
    absWorkingDir: ROOT,
    logLevel: 'silent',
    plugins: [
      {
        name: 'duikit-formats',
        setup(build) {
          build.onResolve({ filter: /^duikit:formats$/ }, () => ({ path: 'formats', namespace: 'duikit' }));
          build.onLoad({ filter: /.*/, namespace: 'duikit' }, () => ({
            contents: formatsModule,
            loader: 'js',
            resolveDir: ROOT,
          }));
        },
      },
    ],
  });
  const code = out.outputFiles[0].text.replaceAll(ROOT + '/', '');
  const names = Object.keys(exports);
  const dts = [
    `// ${BANNER}`,
    `import type { ErrorObject } from 'ajv';`,
    `import type { ${names.map((n) => typeName(sources, n)).join(', ')} } from './types.js';`,
    '',
    '/** A precompiled ajv validator: a type guard that leaves its errors on `.errors`. */',
    'export interface StandaloneValidator<T> {',
    '  (data: unknown): data is T;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    ...names.map((n) => `export declare const ${n}: StandaloneValidator<${typeName(sources, n)}>;`),
    '',
  ].join('\n');
  return { js: `// ${BANNER}\n${code}`, dts };
}

function typeName(sources, validatorName) {
  const s = sources.find((x) => x.top && `validate${pascal(x.name)}` === validatorName);
  return s.schema['x-tsName'] ?? pascal(s.name);
}
