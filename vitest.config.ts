import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/{core,store-lowdb,store-postgres,server,cli,e2e,storybook,fhir,packages}/**/*.test.ts'],
    // test/fhir/*.browser.test.ts run in Chromium (web-test-runner).
    exclude: [...configDefaults.exclude, '**/*.browser.test.ts'],
    environment: 'node',
    // The servers tests start log only warnings and errors (npm start logs from `info`).
    env: { DUIKIT_LOG_LEVEL: process.env.DUIKIT_LOG_LEVEL ?? 'warn' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['packages/*/src/generated/**'],
      reporter: ['text', 'html'],
      reportsDirectory: 'coverage/node',
    },
  },
});
