// One build for every package: each entry to ESM (dependencies external, declarations come from
// tsc), plus the single-file browser bundle `packages/components/dist/duikit.min.js`.
import { builtinModules } from 'node:module';
import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

/** Entry points per package; keys become `dist/<key>.js`. */
export const packages = {
  core: {
    index: 'packages/core/src/index.ts',
    base: 'packages/core/src/base.ts',
    client: 'packages/core/src/client.ts',
    config: 'packages/core/src/config.ts',
    formats: 'packages/core/src/validation/formats/index.ts',
    'formats/calendar': 'packages/core/src/validation/formats/calendar.ts',
    'formats/standard': 'packages/core/src/validation/formats/standard.ts',
    'formats/identifiers': 'packages/core/src/validation/formats/identifiers.ts',
    node: 'packages/core/src/node.ts',
  },
  'store-lowdb': {
    index: 'packages/store-lowdb/src/index.ts',
    browser: 'packages/store-lowdb/src/browser.ts',
  },
  components: {
    index: 'packages/components/src/index.ts',
    // One entry per element (`@duikit/components/dui-form`…): a page that embeds one element
    // registers that one only, instead of every tag through the index.
    ...Object.fromEntries(
      readdirSync('packages/components/src', { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name.startsWith('dui-'))
        .map((d) => [d.name, `packages/components/src/${d.name}/${d.name}.ts`]),
    ),
    'form-formats': 'packages/components/src/form/validation/formats.ts',
    'form-formats/calendar': 'packages/components/src/form/validation/formats/calendar.ts',
    'form-formats/standard': 'packages/components/src/form/validation/formats/standard.ts',
    'form-formats/identifiers': 'packages/components/src/form/validation/formats/identifiers.ts',
    'form-formats/widgets': 'packages/components/src/form/validation/formats/widgets.ts',
    precompile: 'packages/components/src/form/validation/precompile.ts',
  },
  fhir: {
    index: 'packages/fhir/src/index.ts',
    questionnaire: 'packages/fhir/src/questionnaire/index.ts',
    consumer: 'packages/fhir/src/consumer/index.ts',
  },
  cli: { index: 'packages/cli/src/index.ts' },
  server: { index: 'packages/server/src/index.ts' },
};

const isExternal = (id) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id);

const esbuildPlugin = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

const perPackage = Object.entries(packages).map(([name, input]) => ({
  input,
  external: (id) => isExternal(id) || builtinModules.includes(id),
  plugins: [json(), esbuildPlugin()],
  output: {
    dir: `packages/${name}/dist`,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    warn(warning);
  },
}));

/**
 * npm installs the same ajv version in several workspaces' folders; resolve every import of
 * these packages from core so the browser bundles carry one copy.
 */
const dedupe = (names) => ({
  name: 'duikit-dedupe',
  async resolveId(source, importer, options) {
    if (!names.some((n) => source === n || source.startsWith(`${n}/`))) return null;
    if (importer?.includes('/packages/core/src/')) return null;
    return this.resolve(source, `${import.meta.dirname}/packages/core/src/index.ts`, {
      ...options,
      skipSelf: true,
    });
  },
});

/** In `duikit.min.js`, run-time schemas are interpreted (CSP-safe), not compiled by ajv (ADR 0009). */
const interpretRuntimeSchemas = {
  name: 'duikit-interpret-runtime-schemas',
  resolveId(source, importer) {
    if (!importer?.includes('/form/validation/') || !/^\.\/ajv-(2020|draft7)\.js$/.test(source)) return null;
    return `${import.meta.dirname}/packages/components/src/form/validation/ajv-none.ts`;
  },
};

/**
 * A self-contained minified ES module for `<script type="module">` hosts (no other chunks):
 * `duikit.min.js` (elements + core's client API) and `duikit-validators.min.js` (precompiled
 * user-file validators), see ADR 0009.
 */
const browserBundle = (input, file, extra = []) => ({
  input,
  plugins: [
    ...extra,
    dedupe(['ajv']),
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'import', 'default'] }),
    commonjs(),
    json(),
    esbuildPlugin(),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
  output: { file, format: 'es', inlineDynamicImports: true, sourcemap: true },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    warn(warning);
  },
});

export default [
  ...perPackage,
  browserBundle('packages/components/src/bundle.ts', 'packages/components/dist/duikit.min.js', [
    interpretRuntimeSchemas,
  ]),
  browserBundle(
    'packages/components/src/bundle-validators.ts',
    'packages/components/dist/duikit-validators.min.js',
  ),
];
