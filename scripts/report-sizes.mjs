// Size report run by `npm run build`: `<dui-form>` (`@duikit/components/dui-form`) + lit with the
// runtime ajv compiler, and with the precompiled validator of the 50-field benchmark schema
// instead (the page never loads the compiler: it is a lazy chunk). Bundled with esbuild code splitting, minified, gzipped;
// prints a table. `--write` (`npm run sizes`) also records it in bench/sizes.json: a build never
// rewrites a tracked file, so the record changes only when someone measures on purpose.
import { build } from 'esbuild';
import { pageBundle, rollupPageBundle } from './page-bundle.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/** Sizes only: the code itself stays out of bench/sizes.json. */
const measure = async (contents, options) => {
  const { min, gzip, chunks } = await pageBundle(contents, options);
  return { min, gzip, chunks };
};

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
    ...(await measure(`import '@duikit/components/dui-form';`, {
      lazyIncluded: [/ajv-2020\.ts$/, /validation\/runtime\.ts$/],
    })),
  },
  {
    name: '<dui-form> + lit + precompiled 50-field validator',
    budget: 25 * 1024,
    ...(await measure(
      `import '@duikit/components/dui-form'; import v from 'virtual:validator-50'; export { v };`,
      { plugins: [virtualValidator] },
    )),
  },
];

rows.push({
  name: '<dui-form> + lit alone (no validator), for reference',
  ...(await measure(`import '@duikit/components/dui-form';`)),
});

// Cross-check from what npm installs: the same page built by Rollup (as Vite does) from dist.
const validatorFile = join(root, 'packages/components/validator-50.js');
const rollupValidator = {
  name: 'virtual-validator',
  resolveId: (id) => (id === 'virtual:validator-50' ? validatorFile : null),
  load: (id) => (id === validatorFile ? validatorSource : null),
};
const fromDist = await rollupPageBundle(
  `import '@duikit/components/dui-form'; import v from 'virtual:validator-50'; export { v };`,
  { plugins: [rollupValidator] },
);
if (fromDist)
  rows.push({
    name: '<dui-form> + lit + precompiled 50-field validator, Rollup from dist',
    budget: 25 * 1024,
    ...fromDist,
  });

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBundle sizes (esbuild --minify unless said, gzip -9)');
for (const r of rows) {
  const ok =
    r.budget === undefined ? '' : ` (budget ${kb(r.budget)}: ${r.gzip <= r.budget ? 'ok' : 'OVER BUDGET'})`;
  console.log(`  ${r.name}: ${kb(r.min)} min, ${kb(r.gzip)} gz${ok}`);
}
if (process.argv.includes('--write')) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(
    join(root, 'bench/sizes.json'),
    JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n',
  );
  console.log('  written to bench/sizes.json');
}
