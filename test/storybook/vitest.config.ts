// Runs test/storybook alone: `npx vitest run --config test/storybook/vitest.config.ts`.
// (The root vitest.config.ts runs these too once its include glob lists `storybook`.)
import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import rootConfig from '../../vitest.config.js';

const merged = mergeConfig(rootConfig, defineConfig({ root: join(import.meta.dirname, '../..') }));
merged.test = { ...merged.test, include: ['test/storybook/**/*.test.ts'] };
export default merged;
