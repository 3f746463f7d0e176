/**
 * Global decorators: every story renders inside the locale and theme chosen in the toolbar.
 *
 * The locale goes on `<html lang>` and on a wrapper `lang` (elements and screen readers read it);
 * the theme on `<html data-dui-theme>` and on the wrapper, where the theme style sheets of
 * `@duikit/components` select their `--dui-*` tokens. Both are also put in the story context
 * (`context.globals`) so a story can pass them to `<dui-provider>`.
 *
 * @example
 * const preview: Preview = { decorators: [withLocaleAndTheme] };
 */
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/** Themes the toolbar offers; `dsfr` is close to the French State design system. */
export const THEMES = ['light', 'dark', 'dsfr'] as const;
/** A toolbar theme. */
export type ThemeName = (typeof THEMES)[number];

/** Locales the toolbar offers, French first (the default). */
export const STORY_LOCALES = ['fr', 'en'] as const;
/** A toolbar locale. */
export type StoryLocale = (typeof STORY_LOCALES)[number];

/** Reads a global, falling back to the first allowed value when it is unknown. */
export function pick<T extends string>(value: unknown, allowed: readonly T[]): T {
  return allowed.includes(value as T) ? (value as T) : allowed[0];
}

/**
 * Applies the toolbar's locale and theme to the page and wraps the story in a themed block.
 *
 * @example
 * export default { decorators: [withLocaleAndTheme] };
 */
export const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = pick(context.globals.locale, STORY_LOCALES);
  const theme = pick(context.globals.theme, THEMES);
  const root = document.documentElement;
  root.lang = locale;
  root.dataset.duiTheme = theme;
  // Docs pages render every story of a component inline: the page itself follows the theme too.
  root.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  return html`<div class="dui-story" lang=${locale} data-dui-theme=${theme}>${story()}</div>`;
};
