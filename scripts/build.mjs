// `npm run build`: JavaScript (rollup), declarations (tsc), and the custom-elements manifest.
// `--if-missing` builds only when a package's dist is absent (used by `npm start` and the CLI bin).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const packages = ['core', 'store-lowdb', 'components', 'cli', 'server'];
if (process.argv.includes('--if-missing')) {
  const missing = packages.filter((p) => !existsSync(`packages/${p}/dist/index.js`));
  const bundles = ['duikit.min.js', 'duikit-validators.min.js'].map((f) => `packages/components/dist/${f}`);
  if (missing.length === 0 && bundles.every((f) => existsSync(f))) process.exit(0);
  console.log(
    `Building (missing: ${[...missing.map((p) => `@duikit/${p}`), ...bundles.filter((f) => !existsSync(f))].join(', ')})…`,
  );
}
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('node_modules/.bin/rollup', ['-c', 'rollup.config.mjs', '--silent']);
run('node', ['scripts/build-types.mjs']);
for (const step of ['scripts/build-manifest.mjs', 'scripts/report-sizes.mjs']) {
  if (existsSync(step)) run('node', [step]);
}
