/**
 * What each `--dui-*` token is for, and the Markdown table of every token. Kept apart from
 * `tokens.ts` so that elements do not carry the documentation text.
 *
 * @example
 * console.log(tokensMarkdown());
 */
import { TOKENS, type TokenName } from './tokens.js';

/** One sentence per token. */
export const TOKEN_DESCRIPTIONS: Record<TokenName, string> = {
  'font-family': 'Font stack of every element.',
  'font-size': 'Body text and control text.',
  'font-size-small': 'Hints, messages, secondary text.',
  'font-size-heading': 'Section and step headings.',
  'line-height': 'Body line height.',
  'color-text': 'Main text.',
  'color-text-muted': 'Hints and secondary text.',
  'color-bg': 'Page and control background.',
  'color-surface': 'Panels, cards, read-only fields.',
  'color-border': 'Control borders (3:1 at least).',
  'color-border-subtle': 'Separators, panel edges.',
  'color-primary': 'Primary actions, links, selection.',
  'color-primary-hover': 'Primary action on hover.',
  'color-on-primary': 'Text on `color-primary`.',
  'color-error': 'Error text and borders.',
  'color-error-bg': 'Error summary background.',
  'color-success': 'Success text.',
  'color-warning': 'Warning text.',
  'color-info': 'Information text.',
  'color-focus': 'Focus ring colour.',
  'focus-ring': 'Outline of the focused control (visible focus, WCAG 2.4.7).',
  'focus-offset': 'Outline offset of the focus ring.',
  radius: 'Corner radius of controls and panels.',
  'border-width': 'Control border width.',
  'space-xs': 'Smallest gap.',
  'space-s': 'Gap between a label and its control.',
  'space-m': 'Gap between fields.',
  'space-l': 'Gap between sections.',
  'space-xl': 'Gap around pages and steps.',
  'control-height': 'Height of one-line controls (44px target with padding).',
  'control-max-width': 'Maximum width of a control in a vertical layout.',
  transition: 'Hover and focus transitions.',
};

/**
 * The documentation table of every token (Markdown), for READMEs and Storybook.
 *
 * @example
 * tokensMarkdown().split('\n').length; // one row per token plus the header
 */
export function tokensMarkdown(): string {
  const rows = (Object.keys(TOKENS) as TokenName[]).map((name) => {
    const spec: { light: string; dark?: string } = TOKENS[name];
    return `| \`--dui-${name}\` | \`${spec.light}\` | \`${spec.dark ?? '—'}\` | ${TOKEN_DESCRIPTIONS[name]} |`;
  });
  return ['| Token | Light | Dark | Use |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
