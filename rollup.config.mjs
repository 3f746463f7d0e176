// One build for every package: each entry to ESM (dependencies external, declarations come from
// tsc), plus the single-file browser bundle `packages/components/dist/duikit.min.js`.
import { builtinModules } from 'node:module';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

/** Entry points per package; keys become `dist/<key>.js`. */
export const packages = {
  core: { index: 'packages/core/src/index.ts', node: 'packages/core/src/node.ts' },
  'store-lowdb': {
    index: 'packages/store-lowdb/src/index.ts',
    browser: 'packages/store-lowdb/src/browser.ts',
  },
  components: { index: 'packages/components/src/index.ts' },
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

/** Everything a `<script type="module">` host needs, in one minified file. */
const browserBundle = {
  input: 'packages/components/src/bundle.ts',
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'import', 'default'] }),
    commonjs(),
    json(),
    esbuildPlugin(),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
  output: {
    file: 'packages/components/dist/duikit.min.js',
    format: 'es',
    inlineDynamicImports: true,
    sourcemap: true,
  },
};

export default [...perPackage, browserBundle];
