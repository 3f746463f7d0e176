/**
 * Global decorators: every story renders inside the locale and theme chosen in the toolbar, and
 * its wrapper is registered for "Show code" and the Controls panel (`story-source.ts`).
 *
 * The locale goes on `<html lang>` and on a wrapper `lang` (elements and screen readers read it);
 * the theme is applied with `applyTheme(document, theme)` from `@duikit/components`, which sets
 * the `--dui-*` tokens on `:root`. Both stay readable in `context.globals`, so a story can pass
 * the locale to `<dui-provider>`.
 *
 * @example
 * const preview: Preview = { decorators: [withLocaleAndTheme] };
 */
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Decorator } from '@storybook/web-components-vite';
import { applyTheme } from '../packages/components/src/styles/themes.js';
import { trackStory } from './story-source.js';

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
  // The theme's tokens go on :root, so docs pages (every story of a component inline) and
  // elements that open dialogs follow it too, exactly as a host page would apply it.
  applyTheme(document, theme);
  const follow = (el?: Element) => {
    if (!el) return;
    trackStory(el, context);
    if (context.parameters.duiFixedLocale !== true) followLocale(el, locale);
  };
  return html`<div class="dui-story" lang=${locale} data-dui-theme=${theme} ${ref(follow)}>${story()}</div>`;
};

const watched = new WeakMap<Element, { locale: string; observer: MutationObserver }>();

/**
 * Makes every `<dui-provider>` of a story take the toolbar locale, including providers a story
 * creates later (after loading data). A provider's locale beats `<html lang>` for the screens
 * below it, so without this the toolbar would not reach stories that bring their own provider.
 * A story opts out with `parameters: { duiFixedLocale: true }`.
 */
export function followLocale(wrapper: Element, locale: string): void {
  const apply = () => {
    for (const p of wrapper.querySelectorAll('dui-provider')) {
      if ((p as HTMLElement & { locale?: string }).locale !== locale)
        (p as HTMLElement & { locale?: string }).locale = locale;
    }
  };
  const known = watched.get(wrapper);
  if (known) known.locale = locale;
  else {
    const entry = { locale, observer: new MutationObserver(() => followLocale(wrapper, entry.locale)) };
    entry.observer.observe(wrapper, { childList: true, subtree: true });
    watched.set(wrapper, entry);
  }
  queueMicrotask(apply);
}
