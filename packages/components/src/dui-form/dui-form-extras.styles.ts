/**
 * Styles of the `<dui-form>` parts that load on first use (wizard and tabs, arrays, branch
 * selector, signature pad, print view): adopted by the form's shadow root when one of them loads.
 */
import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const extraStyles = css`
  .btn-small { min-height: 2rem; padding: 0 ${token('space-s')}; font-size: ${token('font-size-small')}; }
  .items { list-style: none; margin: 0; padding: 0; display: grid; gap: ${token('space-s')}; }
  .item { display: grid; gap: ${token('space-s')}; padding: ${token('space-s')}; border-left: 3px solid ${token('color-border-subtle')}; }
  .item-header { display: flex; flex-wrap: wrap; gap: ${token('space-xs')}; align-items: center; }
  .item-title { font-weight: 600; margin-right: auto; }
  .steps { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; list-style: none; margin: 0; padding: 0; counter-reset: step; }
  .steps li { counter-increment: step; color: ${token('color-text-muted')}; }
  .steps li::before { content: counter(step) '. '; }
  .steps li[aria-current] { color: ${token('color-primary')}; font-weight: 700; }
  .step-title { margin: 0; font-size: ${token('font-size-heading')}; }
  .step-count { display: block; font-size: ${token('font-size-small')}; font-weight: 400; color: ${token('color-text-muted')}; }
  .tablist { display: flex; gap: ${token('space-xs')}; border-bottom: 1px solid ${token('color-border')}; }
  .tab[aria-selected='true'] { background: ${token('color-primary')}; color: ${token('color-on-primary')}; }
  .signature-pad { border: ${token('border-width')} dashed ${token('color-border')}; background: ${token('color-bg')}; max-width: 100%; touch-action: none; color: ${token('color-text')}; }
  .print dl { display: grid; grid-template-columns: minmax(10rem, 1fr) 2fr; gap: ${token('space-xs')} ${token('space-m')}; margin: 0; }
  .print dt { font-weight: 600; }
  .print dd { margin: 0; }
  .print h3 { font-size: ${token('font-size-heading')}; margin: ${token('space-l')} 0 ${token('space-s')}; }
  /* The branch selector of a oneOf/anyOf of objects (form/renderers/combinator.ts). */
  .combinator > * + * { margin-top: ${token('space-m')}; }
  .combinator-choice .options { display: flex; flex-wrap: wrap; column-gap: ${token('space-l')}; }
  .combinator-choice .options > * + * { margin-top: 0; }
  .combinator-branch > * + * { margin-top: ${token('space-m')}; }
  .combinator-confirm {
    padding: ${token('space-m')}; border: 2px solid ${token('color-warning')};
    border-radius: ${token('radius')}; background: ${token('color-surface')};
  }
  .combinator-confirm p { margin: 0 0 ${token('space-s')}; font-weight: 500; }
`;
