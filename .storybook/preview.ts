/**
 * Storybook preview: the element manifest (for the docs pages' API tables), the locale and theme
 * toolbar switches, the decorator that applies them (and the Controls panel's args), and the
 * docs page of every element.
 *
 * @example
 * // Toolbar: "Langue / Language" fr | en, "Thème" light | dark | DSFR-like.
 */
/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withLocaleAndTheme, THEMES, STORY_LOCALES } from './decorators.js';
import { DuiDocsPage } from './docs-page.js';
import { storySource } from './story-source.js';
import { controlFor } from './element-docs.js';
import './preview.css';

// A glob, not a plain import: a missing manifest (fresh clone, nothing built) must not stop
// Storybook. `npm run storybook` regenerates it first (`scripts/build-manifest.mjs --manifest-only`).
const found = import.meta.glob<unknown>('../packages/components/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(found)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('[duikit] custom-elements.json is missing: run `node scripts/build-manifest.mjs`.');

const preview: Preview = {
  tags: ['autodocs'],
  // A live control for every property, attribute and token of the element (see controlFor).
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([key, argType]) => [
          key,
          argType.control === undefined ? { ...argType, ...controlFor(argType) } : argType,
        ]),
      ),
  ],
  decorators: [withLocaleAndTheme],
  initialGlobals: { locale: 'fr', theme: 'light' },
  globalTypes: {
    locale: {
      description: 'Langue des éléments / Language of the elements',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: STORY_LOCALES.map((value) => ({
          value,
          title: value === 'fr' ? 'Français' : 'English',
          right: value.toUpperCase(),
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thème / Theme (--dui-* tokens)',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: THEMES.map((value) => ({
          value,
          title: { light: 'Clair / Light', dark: 'Sombre / Dark', dsfr: 'Proche DSFR / DSFR-like' }[value],
        })),
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          'Foundations',
          'Forms',
          'Workflow',
          'User file',
          'Assessments',
          'Playground',
        ],
      },
    },
    // Every element's page: methods, events, install; "Show code" reproduces what each story rendered.
    docs: { toc: true, page: DuiDocsPage, source: { transform: storySource } },
  },
};

export default preview;
