// `npm run build`: JavaScript (rollup), declarations (tsc), and the custom-elements manifest.
// Each package's dist is emptied first, so a file that left the sources leaves the tarball too.
// `--if-missing` builds only when a package's dist is absent (used by `npm start` and the CLI bin);
// `--if-stale` also rebuilds when a source, package.json or the build config is newer than dist
// (used by the packaging tests, which must measure what the sources say).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILT_PACKAGES as packages } from './package-entries.mjs';

const root = resolve(import.meta.dirname, '..');
const bundles = ['duikit.min.js', 'duikit-validators.min.js'].map((f) => `packages/components/dist/${f}`);
const outputs = [...packages.map((p) => `packages/${p}/dist/index.js`), ...bundles];

/** What the build writes inside a package folder (never an input). */
const BUILD_OUTPUTS = new Set([
  'node_modules',
  'dist',
  'custom-elements.json',
  'vscode.html-custom-data.json',
]);

/** Newest modification time under `path` (files only), 0 when absent. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) {
    if (BUILD_OUTPUTS.has(name)) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

/** Why a build is needed, or `null` when dist is complete (and, with `stale`, up to date). */
export function buildReason({ stale = false } = {}) {
  const at = (p) => join(root, p);
  const missing = outputs.filter((f) => !existsSync(at(f)));
  if (missing.length) return `missing: ${missing.join(', ')}`;
  if (!stale) return null;
  const built = Math.min(...outputs.map((f) => statSync(at(f)).mtimeMs));
  const inputs = ['rollup.config.mjs', 'scripts/build.mjs', 'scripts/package-entries.mjs', 'schemas'];
  const changed = [...packages.map((p) => `packages/${p}`), ...inputs].filter((p) => newest(at(p)) > built);
  return changed.length ? `changed since the last build: ${changed.join(', ')}` : null;
}

/** Builds everything (or only what `--if-missing` / `--if-stale` finds needed). */
function main(args) {
  process.chdir(root);
  if (args.includes('--if-missing') || args.includes('--if-stale')) {
    const reason = buildReason({ stale: args.includes('--if-stale') });
    if (!reason) return;
    console.log(`Building (${reason})…`);
  }
  for (const p of packages) rmSync(`packages/${p}/dist`, { recursive: true, force: true });
  const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: 'inherit' });
  run('node_modules/.bin/rollup', ['-c', 'rollup.config.mjs', '--silent']);
  run('node', ['scripts/build-types.mjs']);
  for (const step of ['scripts/build-manifest.mjs', 'scripts/report-sizes.mjs']) {
    if (existsSync(step)) run('node', [step]);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
