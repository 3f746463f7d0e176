// Emits each package's declarations with tsc (rollup emits the JavaScript), then copies the
// hand-written `.d.ts` files that tsc does not copy (STACK.md G9).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILT_PACKAGES as packages } from './package-entries.mjs';

const tsc = 'node_modules/.bin/tsc';

function copyDts(srcDir, outDir) {
  for (const name of readdirSync(srcDir)) {
    const p = join(srcDir, name);
    if (statSync(p).isDirectory()) copyDts(p, join(outDir, name));
    else if (name.endsWith('.d.ts')) cpSync(p, join(outDir, name));
  }
}

for (const pkg of packages) {
  const config = `packages/${pkg}/tsconfig.build.json`;
  if (!existsSync(config)) continue;
  execFileSync(tsc, ['-p', config], { stdio: 'inherit' });
  copyDts(`packages/${pkg}/src`, `packages/${pkg}/dist`);
  console.log(`types: ${relative('.', `packages/${pkg}/dist`)}`);
}
