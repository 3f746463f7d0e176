import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier/flat';
import globals from 'globals';

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    'storybook-static/**',
    'coverage/**',
    '**/generated/**',
    'data/**',
    'node_modules/**',
    'packages/server/public/vendor/**',
    // Standalone apps with their own dependencies, type-checked by their own builds (npm run examples).
    'examples/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.js', '*.config.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Implementations of async interfaces (the Store port, DuiBackend) are often synchronous inside.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Core is browser-safe and DOM-free: no lit, no Node built-ins in its main entry.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/node.ts', 'packages/core/src/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', 'node:*'],
              message: 'core has no DOM, lit or Node built-ins (use @duikit/core/node).',
            },
          ],
        },
      ],
    },
  },
  {
    // The form model (`@duikit/core/form`) is shared by the element and the server: no DOM at all.
    files: ['packages/core/src/form/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022, structuredClone: 'readonly' } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'HTMLElement', 'Element', 'Node', 'customElements'].map(
          (name) => ({ name, message: 'The form model has no DOM: the element renders it.' }),
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', 'node:*', '@duikit/components', '@duikit/components/*'],
              message: 'The form model imports no lit, no DOM, no Node built-ins and no element code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/components/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: { 'wc/guard-super-call': 'off' },
  },
  {
    // The elements' dist must not pull core's whole entry (the engine, xstate, temporal-polyfill,
    // dagre…) into a page: values come from core's subpaths, types may come from anywhere.
    // The workbench is the exception: a configurator's tool that runs the linter and an engine in
    // the page by design; the components index never imports it.
    files: ['packages/components/src/**/*.ts'],
    ignores: [
      'packages/components/src/bundle-validators.ts',
      'packages/components/src/dui-workflow-workbench/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@duikit/core',
              allowTypeImports: true,
              message:
                'Import values from a subpath (@duikit/core/base, /client, /layout, /vocabulary…); `import type` is fine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], extends: [tseslint.configs.disableTypeChecked] },
  prettier,
);
