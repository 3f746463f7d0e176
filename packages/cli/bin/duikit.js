#!/usr/bin/env node
// Runs the built CLI. Inside the DUI Kit repository, builds the workspace first when `dist` is
// missing (fresh clone); an installed package always ships its dist.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, '../dist/index.js');
if (!existsSync(entry)) {
  const root = join(here, '../../..');
  const workspace = join(root, 'package.json');
  const isRepo = existsSync(workspace) && JSON.parse(readFileSync(workspace, 'utf8')).name === 'duikit';
  if (!isRepo) {
    console.error(`duikit: ${entry} is missing; reinstall @duikit/cli.`);
    process.exit(1);
  }
  console.error('duikit: building the workspace first (npm run build)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
