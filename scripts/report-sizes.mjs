// Size report run by `npm run build`: `<dui-form>` + lit with the runtime ajv compiler, and with
// the precompiled validator of the 50-field benchmark schema instead (the page never loads the
// compiler: it is a lazy chunk). Bundled with esbuild code splitting, minified, gzipped; writes
// bench/sizes.json and prints a table.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const components = join(root, 'packages/components/src');

/**
 * Bundles an entry with code splitting, as a host's bundler would, and adds up (minified and
 * gzipped) what a page loads: the entry, the chunks it imports statically, and the lazy chunks
 * whose entry point matches `lazyIncluded` (e.g. the 2020-12 compiler), with their static imports.
 * Other lazy chunks (draft-07 compiler, signature pad, …) are left out: this form never loads them.
 */
async function measure(contents, { plugins = [], lazyIncluded = [] } = {}) {
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
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, chunks: taken.size };
}

/**
 * Precompiles the 50-field benchmark schema as a host does: with `precompileFormValidator`
 * (`@duikit/components/precompile`), whose code imports only the formats the schema uses.
 */
async function precompiled50() {
  const load = async (entry, external = []) => {
    const out = await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      format: 'esm',
      write: false,
      platform: 'node',
      conditions: ['source'],
      external,
      logLevel: 'error',
    });
    // Written beside the components package so that its ajv resolves (the root one is eslint's v6).
    const dir = join(root, 'packages/components/node_modules/.cache/duikit-sizes');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, entry.replace(/\W+/g, '-') + '.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    return import(file);
  };
  const { precompileFormValidator } = await load('packages/components/src/form/validation/precompile.ts', [
    'ajv',
    'ajv/*',
    'ajv-errors',
  ]);
  const { generatedForm } = await load('stories/fixtures/forms/generated.ts');
  return precompileFormValidator(generatedForm(50).schema);
}

const validatorSource = await precompiled50();
const virtualValidator = {
  name: 'virtual-validator',
  setup(b) {
    b.onResolve({ filter: /^virtual:validator-50$/ }, () => ({ path: 'validator-50', namespace: 'v' }));
    b.onLoad({ filter: /.*/, namespace: 'v' }, () => ({
      contents: validatorSource,
      resolveDir: join(root, 'packages/components'),
      loader: 'js',
    }));
  },
};

const rows = [
  {
    name: '<dui-form> + lit + runtime ajv (2020, formats, errors)',
    budget: 75 * 1024,
    ...(await measure(`import '${components}/dui-form/dui-form.ts';`, { lazyIncluded: [/ajv-2020\.ts$/] })),
  },
  {
    name: '<dui-form> + lit + precompiled 50-field validator',
    budget: 25 * 1024,
    ...(await measure(
      `import '${components}/dui-form/dui-form.ts'; import v from 'virtual:validator-50'; export { v };`,
      { plugins: [virtualValidator] },
    )),
  },
];

rows.push({
  name: '<dui-form> + lit alone (no validator), for reference',
  ...(await measure(`import '${components}/dui-form/dui-form.ts';`)),
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBundle sizes (esbuild --minify, gzip -9)');
for (const r of rows) {
  const ok =
    r.budget === undefined ? '' : ` (budget ${kb(r.budget)}: ${r.gzip <= r.budget ? 'ok' : 'OVER BUDGET'})`;
  console.log(`  ${r.name}: ${kb(r.min)} min, ${kb(r.gzip)} gz${ok}`);
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/sizes.json'),
  JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n',
);
