import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync, mkdirSync } from 'node:fs';
import { findChromium } from './scripts/chromium.mjs';

/** Counts passed and failed tests so that `npm test` can print one closing line. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (!s.testResults || s.errors?.length)) failed += s.errors?.length ? 1 : 0;
      }
      mkdirSync('coverage', { recursive: true });
      writeFileSync('coverage/wtr-counts.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', json: true })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium() ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
  coverageConfig: { reportDir: 'coverage/browser', include: ['packages/*/src/**'] },
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
