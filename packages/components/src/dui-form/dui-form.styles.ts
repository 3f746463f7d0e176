/**
 * Styles of `<dui-form>`: one stylesheet for the whole form (adopted once by its single shadow
 * root), built from the `--dui-*` tokens.
 */
import { css } from 'lit';
import { token } from '../styles/tokens.js';

// Why some rules look the way they do (comments kept out of the CSS the page downloads):
// - `.body > * + *`…: block flow with margins rather than grid, so a 2,000-field form lays out as
//   fast as plain DOM;
// - `.body > .vertical > .group-box`: sections out of view skip style, layout and paint until
//   they scroll near (they stay in the accessibility tree, in find-in-page and focusable), so a
//   long form costs what the screen shows.
export const styles = css`
  :host {
    display: block;
    color: ${token('color-text')};
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('line-height')};
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  [hidden] { display: none !important; }
  form { display: grid; gap: ${token('space-m')}; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  .body > * + *, .vertical > * + *, .group-box > * + *, .step > * + * { margin-top: ${token('space-m')}; }
  .horizontal { display: flex; flex-wrap: wrap; gap: ${token('space-m')}; }
  .horizontal > * { flex: 1 1 12rem; }
  .group-box { padding: ${token('space-m')}; border: ${token('border-width')} solid ${token('color-border-subtle')}; border-radius: ${token('radius')}; }
  .body > .vertical > .group-box { content-visibility: auto; contain-intrinsic-size: auto 32rem; }
  .group-label, .group > .label { font-weight: 700; padding: 0 ${token('space-xs')}; }
  .field { display: block; max-width: ${token('control-max-width')}; }
  .field > * + * { margin-top: ${token('space-xs')}; }
  .label { display: block; }
  .horizontal .field { max-width: none; }
  .label { font-weight: 500; }
  .req { color: ${token('color-error')}; }
  .hint-on-focus:not(:focus-within) > .hint { display: none; }
  .hint, .required-hint, .file-status { margin: 0; color: ${token('color-text-muted')}; font-size: ${token('font-size-small')}; }
  .error { margin: 0; color: ${token('color-error')}; font-size: ${token('font-size-small')}; font-weight: 500; }
  .error::before { content: '⚠ '; }
  .control {
    display: block; font: inherit; color: inherit; width: 100%;
    min-height: ${token('control-height')};
    padding: ${token('space-xs')} ${token('space-s')};
    background: ${token('color-bg')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    transition: border-color ${token('transition')};
  }
  textarea.control { min-height: 6rem; resize: vertical; }
  .slider-field { display: grid; grid-template-columns: 1fr auto; align-items: center; column-gap: ${token('space-s')}; }
  .slider-field > :not(.slider, .slider-value) { grid-column: 1 / -1; }
  .control.slider { padding: 0; border: 0; background: none; accent-color: ${token('color-primary')}; }
  .slider-value { min-width: 3ch; text-align: end; font-variant-numeric: tabular-nums; }
  .control[readonly], .control[aria-readonly='true'], .calculated .control { background: ${token('color-surface')}; }
  .invalid .control, .invalid .check { border-color: ${token('color-error')}; border-width: 2px; }
  .check { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: ${token('color-primary')}; }
  .check-field { display: grid; grid-template-columns: auto 1fr; align-items: center; column-gap: ${token('space-s')}; }
  .check-field > * + * { margin-top: 0; }
  .check-field .hint, .check-field .error { grid-column: 2; }
  .options > * + * { margin-top: ${token('space-xs')}; }
  .option { display: flex; gap: ${token('space-s')}; align-items: center; min-height: 2rem; }
  :focus-visible, .control:focus { outline: ${token('focus-ring')}; outline-offset: ${token('focus-offset')}; }
  .btn {
    font: inherit; cursor: pointer; min-height: ${token('control-height')};
    padding: ${token('space-xs')} ${token('space-m')};
    border: ${token('border-width')} solid ${token('color-primary')};
    border-radius: ${token('radius')};
    background: ${token('color-bg')}; color: ${token('color-primary')};
  }
  .btn.primary { background: ${token('color-primary')}; color: ${token('color-on-primary')}; }
  .btn.primary:hover { background: ${token('color-primary-hover')}; }
  .btn:disabled { opacity: 0.6; cursor: not-allowed; }
  .actions, .step-nav { display: flex; flex-wrap: wrap; gap: ${token('space-s')}; }
  .summary {
    padding: ${token('space-m')}; border: 2px solid ${token('color-error')};
    background: ${token('color-error-bg')}; border-radius: ${token('radius')};
  }
  .summary h2 { margin: 0 0 ${token('space-s')}; font-size: ${token('font-size-heading')}; }
  .summary ul { margin: 0; padding-left: 1.25rem; }
  .summary a { color: ${token('color-error')}; font-weight: 500; }

  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .unsupported { color: ${token('color-warning')}; }
  @media print {
    .actions, .step-nav, .steps, .item-header button, .summary { display: none !important; }
    .step[hidden] { display: grid !important; }
  }
  @media (forced-colors: active) {
    .error::before { content: '! '; }
    .invalid .control { border-style: double; }
  }
`;
