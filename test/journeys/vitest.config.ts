// The journey suite (ADR 0019): `npm test` runs it after the browser tests, or alone with
// `npx vitest run --config test/journeys/vitest.config.ts` (JOURNEY_SCREENSHOTS=1 to rewrite the
// guide's screenshots). Each file runs in its own worker with its own server and browser.
import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import rootConfig from '../../vitest.config.js';

const merged = mergeConfig(rootConfig, defineConfig({ root: join(import.meta.dirname, '../..') }));
merged.test = {
  ...merged.test,
  include: ['test/journeys/**/*.test.ts'],
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // Two workers: the CI machine has two cores, and each worker drives one Chromium page.
  maxWorkers: Number(process.env.JOURNEY_WORKERS ?? 2),
  fileParallelism: true,
};
export default merged;
