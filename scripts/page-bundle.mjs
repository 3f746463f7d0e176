// What a page loads for an entry, as a host's bundler would build it: esbuild with code
// splitting, minified; the entry, the chunks it imports statically, and the lazy chunks asked
// for. Used by the size report (scripts/report-sizes.mjs) and by the tests that keep code out of
// a page's first chunks (test/core/validation/form-bundle.test.ts).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

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
  const taken = new Set();
  const take = (name) => {
    if (taken.has(name)) return;
    taken.add(name);
    for (const i of outputs[name].imports) if (i.kind === 'import-statement') take(i.path);
  };
  const entry = Object.keys(outputs).find(
    (k) => outputs[k].entryPoint === 'entry.ts' || outputs[k].entryPoint?.endsWith('<stdin>'),
  );
  take(entry);
  for (const [name, o] of Object.entries(outputs)) {
    if (lazyIncluded.some((re) => re.test(o.entryPoint ?? ''))) take(name);
  }
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
