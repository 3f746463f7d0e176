// What a page loads for an entry, as a host's bundler would build it: esbuild with code
// splitting from the sources, or Rollup from the published dist; minified; the entry, the chunks
// it imports statically, and the lazy chunks asked for. Used by the size report (scripts/report-sizes.mjs) and by the tests that keep code out of
// a page's first chunks (test/core/validation/form-bundle.test.ts).
import { build, transform } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The chunks `starts` load with them: each one and its static imports, transitively. */
function staticClosure(starts, importsOf) {
  const taken = new Set();
  const take = (name) => {
    if (taken.has(name)) return;
    taken.add(name);
    for (const next of importsOf(name)) take(next);
  };
  for (const name of starts) take(name);
  return taken;
}

/**
 * Bundles an entry with code splitting, as a host's bundler would, and adds up (minified and
 * gzipped) what a page loads: the entry, the chunks it imports statically, and the lazy chunks
 * whose entry point matches `lazyIncluded` (e.g. the 2020-12 compiler), with their static imports.
 * Other lazy chunks (draft-07 compiler, signature pad, …) are left out: this form never loads them.
 */
export async function pageBundle(contents, { plugins = [], lazyIncluded = [] } = {}) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    splitting: true,
    outdir: join(root, 'node_modules/.cache/duikit-sizes'),
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source', 'browser'],
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    metafile: true,
    // In this workspace ajv-formats sits at the root with its own nested ajv 8 (the root ajv is
    // eslint's v6); a host's install dedupes to one ajv, so measure with one copy.
    alias: { ajv: join(root, 'packages/components/node_modules/ajv') },
    legalComments: 'none',
    logLevel: 'error',
    plugins,
  });
  const files = new Map(out.outputFiles.map((f) => [f.path.slice(root.length + 1), f.contents]));
  const outputs = out.metafile.outputs;
  const entry = Object.keys(outputs).find(
    (k) => outputs[k].entryPoint === 'entry.ts' || outputs[k].entryPoint?.endsWith('<stdin>'),
  );
  const lazy = Object.keys(outputs).filter((k) =>
    lazyIncluded.some((re) => re.test(outputs[k].entryPoint ?? '')),
  );
  const taken = staticClosure([entry, ...lazy], (name) =>
    outputs[name].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
  );
  if (process.env.SIZES_DEBUG)
    for (const n of taken)
      console.error(
        n,
        outputs[n].bytes,
        Object.entries(outputs[n].inputs)
          .filter(([, v]) => v.bytesInOutput > 400)
          .map(([f, v]) => `${f.split('/').slice(-2).join('/')}:${v.bytesInOutput}`)
          .join(' '),
      );
  const code = Buffer.concat(
    [...taken].filter((n) => n.endsWith('.js')).map((n) => Buffer.from(files.get(n))),
  );
  return {
    code: code.toString('utf8'),
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    chunks: taken.size,
  };
}

/**
 * The same page built by Rollup (Vite's production bundler) from the packages' published `dist`
 * (default export conditions, `sideEffects` honoured), each chunk minified by esbuild: what a
 * host installing from npm gets. Needs `npm run build` first; `null` when `dist` is missing.
 */
export async function rollupPageBundle(contents, { plugins = [] } = {}) {
  if (!existsSync(join(root, 'packages/components/dist/index.js'))) return null;
  const entry = {
    name: 'duikit-page-entry',
    resolveId: (id) => (id === '\0page-entry' ? id : null),
    load: (id) => (id === '\0page-entry' ? contents : null),
  };
  const bundle = await rollup({
    input: '\0page-entry',
    plugins: [entry, ...plugins, nodeResolve({ browser: true, rootDir: root }), commonjs(), json()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const first = [...chunks.values()].find((c) => c.isEntry).fileName;
  const taken = staticClosure([first], (name) => chunks.get(name).imports);
  let code = '';
  for (const name of taken)
    code += (await transform(chunks.get(name).code, { minify: true, format: 'esm', loader: 'js' })).code;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, chunks: taken.size };
}
