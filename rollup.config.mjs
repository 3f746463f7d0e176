// One build for every package: each entry of its `exports` map to ESM, one file per module
// (dependencies external, declarations come from tsc), plus the single-file browser bundle `packages/components/dist/duikit.min.js`.
import { builtinModules } from 'node:module';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { BUILT_PACKAGES, packageEntries } from './scripts/package-entries.mjs';

/** Entry points per package, from each package.json `exports`; keys become `dist/<key>.js`. */
export const packages = Object.fromEntries(
  BUILT_PACKAGES.map((name) => [name, packageEntries(`packages/${name}`, import.meta.dirname)]),
);

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
    // One file per source module: a bundler drops every module a page does not reach
    // (`sideEffects` in package.json), where shared chunks would carry whole groups of them.
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    entryFileNames: '[name].js',
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
