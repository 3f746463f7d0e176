// `npm test`: lint, typecheck, generated-files check, the build when stale, vitest (Node, with
// the PostgreSQL suites on a temporary cluster they start themselves),
// web-test-runner (real Chromium) and the journey suite (the reference app walked in Chromium,
// ADR 0019), then one closing line with the totals.
// `npm test -- journeys` (or lint, typecheck, generate, build, node, browser) runs only those steps.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { ensurePostgres } from './postgres.mjs';

const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
};
const npx = (bin) => `node_modules/.bin/${bin}`;
const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);
const failures = [];

if (want('lint') && !run('lint', npx('eslint'), ['.'])) failures.push('lint');
if (want('lint') && !run('format', npx('prettier'), ['--check', '.', '--log-level', 'warn']))
  failures.push('prettier');
if (want('typecheck') && !run('typecheck', npx('tsc'), ['-p', 'tsconfig.json'])) failures.push('typecheck');
if (want('generate') && !run('generated files', 'node', ['scripts/generate.mjs', '--check']))
  failures.push('generate:check');

// The Node, browser and journey tests run the built packages and bundles: build what is
// missing or older than its sources first, so they never measure a stale dist.
if (
  ['node', 'browser', 'journeys', 'build'].some(want) &&
  !run('build (if stale)', 'node', ['scripts/build.mjs', '--if-stale'])
)
  failures.push('build');

let passed = 0;
let failed = 0;
if (want('node')) {
  // The PostgreSQL store suites start their own throwaway cluster: the binaries must be here
  // (installed with apt when root, or a stop with the exact command). Never skipped.
  console.log(`PostgreSQL: ${ensurePostgres()}`);
  rmSync('coverage/vitest.json', { force: true });
  const ok = run('node tests', npx('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=coverage/vitest.json',
  ]);
  if (existsSync('coverage/vitest.json')) {
    const r = JSON.parse(readFileSync('coverage/vitest.json', 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  }
  if (!ok) failures.push('vitest');
}
if (want('browser')) {
  process.env.CHROME_PATH = ensureChromium();
  rmSync('coverage/wtr-counts.json', { force: true });
  const ok = run('browser tests', npx('web-test-runner'), []);
  if (existsSync('coverage/wtr-counts.json')) {
    const r = JSON.parse(readFileSync('coverage/wtr-counts.json', 'utf8'));
    passed += r.passed;
    failed += r.failed;
  }
  if (!ok) failures.push('web-test-runner');
}

let journeysLine = '';
if (want('journeys')) {
  process.env.CHROME_PATH = ensureChromium();
  rmSync('coverage/journeys.json', { force: true });
  const ok = run('journeys', npx('vitest'), [
    'run',
    '--config',
    'test/journeys/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=coverage/journeys.json',
  ]);
  let [p, f] = [0, ok ? 0 : 1];
  if (existsSync('coverage/journeys.json')) {
    const r = JSON.parse(readFileSync('coverage/journeys.json', 'utf8'));
    p = r.numPassedTests;
    f = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) || f;
  }
  journeysLine = `journeys: ${p} passed, ${f} failed`;
  console.log(journeysLine);
  passed += p;
  failed += f;
  if (!ok) failures.push('journeys');
}

if (failures.length && failed === 0) failed = failures.length;
console.log(failures.length ? `\nFailed steps: ${failures.join(', ')}` : '\nAll steps passed.');
if (journeysLine) console.log(journeysLine);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
