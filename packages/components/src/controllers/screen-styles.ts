/**
 * Styles shared by the workflow and user-file screens: base text, headings, buttons, fields,
 * badges, the "restricted" marker, alerts and the visually-hidden helper. Everything reads the
 * `--dui-*` tokens, so a theme on an ancestor (or `color-scheme: dark`) restyles every screen.
 */
import { css } from 'lit';
import { token } from '../styles/tokens.js';

/**
 * Include first in an element's `static styles`.
 *
 * @example
 * static styles = [screenStyles, css`.x { … }`];
 */
export const screenStyles = css`
  :host {
    display: block;
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
  }
  :host([hidden]) {
    display: none;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 ${token('space-s')};
    line-height: 1.25;
  }
  h2 {
    font-size: ${token('font-size-heading')};
  }
  h3 {
    font-size: 1.0625rem;
  }
  h4 {
    font-size: ${token('font-size')};
  }
  p {
    margin: 0 0 ${token('space-s')};
  }
  .muted {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }
  button {
    font: inherit;
    min-height: ${token('control-height')};
    padding: 0 ${token('space-m')};
    border-radius: ${token('radius')};
    border: ${token('border-width')} solid ${token('color-primary')};
    background: ${token('color-bg')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  button.primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  button.danger {
    border-color: ${token('color-error')};
    color: ${token('color-error')};
  }
  button:disabled,
  button[aria-disabled='true'] {
    border-color: ${token('color-border')};
    color: ${token('color-text-muted')};
    background: ${token('color-surface')};
    cursor: not-allowed;
  }
  :focus-visible {
    outline: ${token('focus-ring')};
    outline-offset: ${token('focus-offset')};
  }
  label,
  legend {
    font-weight: 600;
  }
  select,
  input,
  textarea {
    font: inherit;
    color: ${token('color-text')};
    background: ${token('color-bg')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    min-height: ${token('control-height')};
    padding: 0 ${token('space-s')};
    box-sizing: border-box;
  }
  textarea {
    padding: ${token('space-s')};
    width: 100%;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-xs')};
  }
  .badge {
    display: inline-block;
    padding: 0 ${token('space-s')};
    border-radius: 999px;
    border: ${token('border-width')} solid currentColor;
    font-size: ${token('font-size-small')};
    font-weight: 600;
    white-space: nowrap;
  }
  .badge--error {
    color: ${token('color-error')};
  }
  .badge--success {
    color: ${token('color-success')};
  }
  .badge--warning {
    color: ${token('color-warning')};
  }
  .badge--info {
    color: ${token('color-info')};
  }
  .restricted {
    display: inline-flex;
    gap: ${token('space-xs')};
    align-items: center;
    color: ${token('color-text-muted')};
    font-style: italic;
  }
  .alert {
    border: ${token('border-width')} solid ${token('color-error')};
    background: ${token('color-error-bg')};
    color: ${token('color-text')};
    padding: ${token('space-s')} ${token('space-m')};
    border-radius: ${token('radius')};
    margin: 0 0 ${token('space-m')};
  }
  .status {
    color: ${token('color-success')};
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  section {
    margin: 0 0 ${token('space-l')};
  }
  /* A checkbox or radio with its label, as in the screens' filters and pickers. */
  .check {
    font-weight: 400;
    display: inline-flex;
    gap: ${token('space-xs')};
    align-items: center;
  }
  .check input {
    min-height: auto;
    width: 1.125rem;
    height: 1.125rem;
  }
  dialog {
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-bg')};
    color: ${token('color-text')};
    max-width: 30rem;
    padding: ${token('space-l')};
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-actions {
    display: flex;
    gap: ${token('space-m')};
    justify-content: flex-end;
  }
`;
