/**
 * DUI Kit design tokens: the `--dui-*` CSS custom properties every element reads.
 *
 * Elements never declare these properties on `:host` (that would beat the host page's theme);
 * they read them through {@link token}, whose fallback is the built-in value. Fallbacks use
 * `light-dark()`, so an element follows the `color-scheme` it inherits: a page that declares
 * `color-scheme: light dark` gets the dark values under a dark OS setting, a page that declares
 * nothing stays light. Themes (`themes.ts`) only set the properties on an ancestor.
 *
 * @example
 * import { css } from 'lit';
 * import { token } from '../styles/tokens.js';
 * const styles = css`
 *   :host { color: ${token('color-text')}; font: ${token('font-size')} / 1.5 ${token('font-family')}; }
 * `;
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** One design token: its light and dark fallbacks and what it is for. */
export interface TokenSpec {
  /** Value in the light scheme (and the only value for non-colour tokens). */
  light: string;
  /** Value in the dark scheme; omitted when the token does not depend on the scheme. */
  dark?: string;
  /** What the token styles, for the documentation table. */
  description: string;
}

/**
 * Every token, by name without the `--dui-` prefix. Colour pairs meet WCAG 2.1 AA (4.5:1 for
 * text, 3:1 for borders and focus rings) against `color-bg` in their own scheme.
 */
export const TOKENS = {
  'font-family': {
    light: 'Marianne, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    description: 'Font stack of every element.',
  },
  'font-size': { light: '1rem', description: 'Body text and control text.' },
  'font-size-small': { light: '0.875rem', description: 'Hints, messages, secondary text.' },
  'font-size-heading': { light: '1.25rem', description: 'Section and step headings.' },
  'line-height': { light: '1.5', description: 'Body line height.' },
  'color-text': { light: '#1e1e1e', dark: '#eeeeee', description: 'Main text.' },
  'color-text-muted': { light: '#595959', dark: '#b8b8b8', description: 'Hints and secondary text.' },
  'color-bg': { light: '#ffffff', dark: '#161616', description: 'Page and control background.' },
  'color-surface': { light: '#f6f6f6', dark: '#242424', description: 'Panels, cards, read-only fields.' },
  'color-border': { light: '#767676', dark: '#8c8c8c', description: 'Control borders (3:1 at least).' },
  'color-border-subtle': { light: '#dddddd', dark: '#3a3a3a', description: 'Separators, panel edges.' },
  'color-primary': { light: '#000091', dark: '#8585f6', description: 'Primary actions, links, selection.' },
  'color-primary-hover': { light: '#1212ff', dark: '#a5a5ff', description: 'Primary action on hover.' },
  'color-on-primary': { light: '#ffffff', dark: '#000000', description: 'Text on `color-primary`.' },
  'color-error': { light: '#ce0500', dark: '#ff6b6b', description: 'Error text and borders.' },
  'color-error-bg': { light: '#ffe9e9', dark: '#3b1414', description: 'Error summary background.' },
  'color-success': { light: '#18753c', dark: '#3fd07a', description: 'Success text.' },
  'color-warning': { light: '#b34000', dark: '#fc8c4c', description: 'Warning text.' },
  'color-info': { light: '#0063cb', dark: '#6fa8ff', description: 'Information text.' },
  'color-focus': { light: '#0a76f6', dark: '#78b5ff', description: 'Focus ring colour.' },
  'focus-ring': {
    light: '2px solid light-dark(#0a76f6, #78b5ff)',
    description: 'Outline of the focused control (visible focus, WCAG 2.4.7).',
  },
  'focus-offset': { light: '2px', description: 'Outline offset of the focus ring.' },
  radius: { light: '0.25rem', description: 'Corner radius of controls and panels.' },
  'border-width': { light: '1px', description: 'Control border width.' },
  'space-xs': { light: '0.25rem', description: 'Smallest gap.' },
  'space-s': { light: '0.5rem', description: 'Gap between a label and its control.' },
  'space-m': { light: '1rem', description: 'Gap between fields.' },
  'space-l': { light: '1.5rem', description: 'Gap between sections.' },
  'space-xl': { light: '2.5rem', description: 'Gap around pages and steps.' },
  'control-height': {
    light: '2.5rem',
    description: 'Height of one-line controls (44px target with padding).',
  },
  'control-max-width': { light: '40rem', description: 'Maximum width of a control in a vertical layout.' },
  transition: { light: '120ms ease-out', description: 'Hover and focus transitions.' },
} as const satisfies Record<string, TokenSpec>;

/** A token name, without the `--dui-` prefix. */
export type TokenName = keyof typeof TOKENS;

/** The fallback expression of a token: `light-dark()` for colour pairs, the plain value otherwise. */
export function tokenFallback(name: TokenName): string {
  const spec: TokenSpec = TOKENS[name];
  return spec.dark ? `light-dark(${spec.light}, ${spec.dark})` : spec.light;
}

/**
 * `var(--dui-<name>, <fallback>)` as a lit `CSSResult`, for use inside `css` templates.
 *
 * @example
 * css`button { background: ${token('color-primary')}; }`;
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--dui-${name}, ${tokenFallback(name)})`);
}

/**
 * The documentation table of every token (Markdown), for READMEs and Storybook.
 *
 * @example
 * console.log(tokensMarkdown());
 */
export function tokensMarkdown(): string {
  const rows = Object.entries(TOKENS).map(([name, spec]: [string, TokenSpec]) => {
    const dark = spec.dark ?? '—';
    return `| \`--dui-${name}\` | \`${spec.light}\` | \`${dark}\` | ${spec.description} |`;
  });
  return ['| Token | Light | Dark | Use |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
