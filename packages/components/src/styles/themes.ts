/**
 * Ready-made themes: CSS text that sets the `--dui-*` tokens on a selector. A host adds one to
 * its page (a `<style>` element or its own stylesheet); elements pick the values up through
 * inheritance across shadow roots.
 *
 * @example
 * import { themeCss, applyTheme } from '@duikit/components';
 * applyTheme(document, 'dsfr');              // or: style.textContent = themeCss('dark');
 */
import { TOKENS, type TokenName } from './tokens.js';

/** The names of the built-in themes. */
export type ThemeName = 'light' | 'dark' | 'auto' | 'dsfr';

/**
 * Values close to the French State design system (DSFR): Marianne, "bleu France", sharp
 * corners, the DSFR error red. Only the tokens that differ from the defaults are listed.
 */
const DSFR: Partial<Record<TokenName, string>> = {
  'font-family': 'Marianne, arial, sans-serif',
  'color-primary': 'light-dark(#000091, #8585f6)',
  'color-primary-hover': 'light-dark(#1212ff, #b1b1f9)',
  'color-error': 'light-dark(#ce0500, #ff5655)',
  'color-border': 'light-dark(#3a3a3a, #cecece)',
  'color-surface': 'light-dark(#eeeeee, #2a2a2a)',
  'color-focus': '#0a76f6',
  'focus-ring': '2px solid #0a76f6',
  radius: '0',
  'control-height': '2.5rem',
};

function declarations(pick: (spec: { light: string; dark?: string }, name: TokenName) => string): string {
  return (Object.keys(TOKENS) as TokenName[])
    .map((name) => `  --dui-${name}: ${pick(TOKENS[name], name)};`)
    .join('\n');
}

/**
 * The CSS text of a theme, scoped to `selector` (`:root` by default).
 * `light` and `dark` force a scheme; `auto` follows the OS; `dsfr` follows the OS with DSFR values.
 *
 * @example
 * themeCss('dark', '.admin-panel');
 */
export function themeCss(name: ThemeName, selector = ':root'): string {
  switch (name) {
    case 'light':
      return `${selector} {\n  color-scheme: light;\n${declarations((s) => s.light)}\n}`;
    case 'dark':
      return `${selector} {\n  color-scheme: dark;\n${declarations((s) => s.dark ?? s.light)}\n}`;
    case 'auto':
      return `${selector} {\n  color-scheme: light dark;\n${declarations((s) => (s.dark ? `light-dark(${s.light}, ${s.dark})` : s.light))}\n}`;
    case 'dsfr':
      return `${selector} {\n  color-scheme: light dark;\n${declarations((s, n) => DSFR[n] ?? (s.dark ? `light-dark(${s.light}, ${s.dark})` : s.light))}\n}`;
  }
}

/**
 * Adds (or replaces) a `<style data-dui-theme>` element carrying the theme in `doc`'s head.
 *
 * @example
 * applyTheme(document, 'auto');
 */
export function applyTheme(doc: Document, name: ThemeName, selector = ':root'): HTMLStyleElement {
  let style = doc.head.querySelector<HTMLStyleElement>('style[data-dui-theme]');
  if (!style) {
    style = doc.createElement('style');
    style.dataset.duiTheme = name;
    doc.head.append(style);
  }
  style.dataset.duiTheme = name;
  style.textContent = themeCss(name, selector);
  return style;
}
