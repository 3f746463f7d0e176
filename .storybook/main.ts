/**
 * Storybook 10 for DUI Kit: web components on vite, docs pages generated from the
 * custom-elements manifest (`@storybook/addon-docs` is required for autodocs: without it Storybook
 * 10 silently produces no docs page).
 *
 * The elements and `@duikit/core` are read from their TypeScript sources through the `source`
 * export condition, so no package build is needed before `npm run storybook`.
 *
 * @example
 * // npm run storybook        → http://localhost:6006
 * // npm run build-storybook  → storybook-static/, then npm run smoke:storybook
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { readFileSync } from 'node:fs';
import { defaultClientConditions } from 'vite';

const { version } = JSON.parse(
  readFileSync(new URL('../packages/components/package.json', import.meta.url), 'utf8'),
) as { version: string };

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(cfg) {
    cfg.resolve ??= {};
    // Since vite 6 `conditions` replaces the defaults instead of adding to them (STACK G15).
    cfg.resolve.conditions = ['source', ...defaultClientConditions];
    // Storybook's own runtime is one ~900 kB chunk; the warning about it is noise, not a problem.
    cfg.build = { ...cfg.build, chunkSizeWarningLimit: 2048 };
    // The install section of the docs pages names the published version.
    cfg.define = { ...cfg.define, __DUIKIT_VERSION__: JSON.stringify(version) };
    return cfg;
  },
};

export default config;
