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
  /** What the token styles (see `tokens.docs.ts`, kept apart so elements do not ship the text). */
  description?: string;
}

/**
 * Every token, by name without the `--dui-` prefix. Colour pairs meet WCAG 2.1 AA (4.5:1 for
 * text, 3:1 for borders and focus rings) against `color-bg` in their own scheme.
 */
export const TOKENS = {
  'font-family': { light: 'Marianne, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
  'font-size': { light: '1rem' },
  'font-size-small': { light: '0.875rem' },
  'font-size-heading': { light: '1.25rem' },
  'line-height': { light: '1.5' },
  'color-text': { light: '#1e1e1e', dark: '#eeeeee' },
  'color-text-muted': { light: '#595959', dark: '#b8b8b8' },
  'color-bg': { light: '#ffffff', dark: '#161616' },
  'color-surface': { light: '#f6f6f6', dark: '#242424' },
  'color-border': { light: '#767676', dark: '#8c8c8c' },
  'color-border-subtle': { light: '#dddddd', dark: '#3a3a3a' },
  'color-primary': { light: '#000091', dark: '#8585f6' },
  'color-primary-hover': { light: '#1212ff', dark: '#a5a5ff' },
  'color-on-primary': { light: '#ffffff', dark: '#000000' },
  'color-error': { light: '#ce0500', dark: '#ff6b6b' },
  'color-error-bg': { light: '#ffe9e9', dark: '#3b1414' },
  'color-success': { light: '#18753c', dark: '#3fd07a' },
  'color-warning': { light: '#b34000', dark: '#fc8c4c' },
  'color-info': { light: '#0063cb', dark: '#6fa8ff' },
  'color-focus': { light: '#0a76f6', dark: '#78b5ff' },
  'focus-ring': { light: '2px solid light-dark(#0a76f6, #78b5ff)' },
  'focus-offset': { light: '2px' },
  radius: { light: '0.25rem' },
  'border-width': { light: '1px' },
  'space-xs': { light: '0.25rem' },
  'space-s': { light: '0.5rem' },
  'space-m': { light: '1rem' },
  'space-l': { light: '1.5rem' },
  'space-xl': { light: '2.5rem' },
  'control-height': { light: '2.5rem' },
  'control-max-width': { light: '40rem' },
  transition: { light: '120ms ease-out' },
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
