// Builds the React example (CI: `node examples/react/build.mjs`): one ES module with React 19
// and the DUI Kit elements, plus its page, into examples/react/dist/. Serve dist/ from the same
// origin as @duikit/server (e.g. copy it into packages/server/public/react/) to try it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, 'src/main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  jsx: 'automatic',
  conditions: ['source', 'browser'],
  tsconfig: join(here, '../../tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
console.log(`React example built: ${join(out, 'app.js')}`);
