// Size report run by `npm run build`: `<dui-form>` + lit with the runtime ajv compiler, and with
// the precompiled validator of the 50-field benchmark schema instead (the page never loads the
// compiler: it is a lazy chunk, marked external here). Minified with esbuild, gzipped; writes
// bench/sizes.json and prints a table.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'packages/components/package.json'));
const components = join(root, 'packages/components/src');

/** Bundles an entry (given as source text) and returns min and gzip sizes in bytes. */
async function measure(contents, plugins = []) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source', 'browser'],
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    plugins,
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Precompiles the 50-field benchmark schema with ajv standalone code (ESM). */
async function precompiled50() {
  const { default: Ajv2020 } = await import(require.resolve('ajv/dist/2020.js'));
  const { default: standaloneCode } = await import(require.resolve('ajv/dist/standalone/index.js'));
  const addFormats = (await import(require.resolve('ajv-formats'))).default;
  const gen = await build({
    entryPoints: [join(root, 'stories/fixtures/forms/generated.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'node',
    logLevel: 'error',
  });
  const mod = await import(
    'data:text/javascript;base64,' + Buffer.from(gen.outputFiles[0].text).toString('base64')
  );
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true } });
  addFormats(ajv);
  return standaloneCode(ajv, ajv.compile(mod.generatedForm(50).schema));
}

const lazyCompilerExternal = {
  name: 'lazy-compiler-external',
  setup(b) {
    b.onResolve({ filter: /ajv-compile\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

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
    ...(await measure(`import '${components}/dui-form/dui-form.ts';`)),
  },
  {
    name: '<dui-form> + lit + precompiled 50-field validator',
    budget: 25 * 1024,
    ...(await measure(
      `import '${components}/dui-form/dui-form.ts'; import v from 'virtual:validator-50'; export { v };`,
      [lazyCompilerExternal, virtualValidator],
    )),
  },
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBundle sizes (esbuild --minify, gzip -9)');
for (const r of rows) {
  const ok = r.gzip <= r.budget ? 'ok' : 'OVER BUDGET';
  console.log(`  ${r.name}: ${kb(r.min)} min, ${kb(r.gzip)} gz (budget ${kb(r.budget)}: ${ok})`);
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/sizes.json'),
  JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n',
);
