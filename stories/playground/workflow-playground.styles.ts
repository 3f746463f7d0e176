/** Styles of the workflow playground (Storybook only), on the `--dui-*` tokens. */
import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--dui-color-text, #1e1e1e);
    font: var(--dui-font-size, 1rem) / var(--dui-line-height, 1.5) var(--dui-font-family, system-ui, sans-serif);
  }
  h2,
  h3 {
    margin-block: var(--dui-space-l, 1.5rem) var(--dui-space-s, 0.5rem);
  }
  h2 {
    font-size: var(--dui-font-size-heading, 1.25rem);
  }
  h3 {
    font-size: 1.0625rem;
  }
  .grid {
    display: grid;
    gap: var(--dui-space-l, 1.5rem);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: var(--dui-space-xs, 0.25rem);
  }
  select,
  textarea,
  input,
  button {
    font: inherit;
    color: inherit;
    background: var(--dui-color-bg, #fff);
    border: var(--dui-border-width, 1px) solid var(--dui-color-border, #767676);
    border-radius: var(--dui-radius, 0.25rem);
    padding: var(--dui-space-xs, 0.25rem) var(--dui-space-s, 0.5rem);
  }
  select,
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
  }
  textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: var(--dui-font-size-small, 0.875rem);
  }
  button {
    cursor: pointer;
    min-block-size: 2.25rem;
    margin: 0 var(--dui-space-xs, 0.25rem) var(--dui-space-xs, 0.25rem) 0;
  }
  button.primary {
    background: var(--dui-color-primary, #000091);
    color: var(--dui-color-on-primary, #fff);
    border-color: var(--dui-color-primary, #000091);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
  }
  :is(select, textarea, input, button, summary):focus-visible {
    outline: var(--dui-focus-ring, 2px solid #0a76f6);
    outline-offset: var(--dui-focus-offset, 2px);
  }
  .status {
    padding: var(--dui-space-s, 0.5rem) var(--dui-space-m, 1rem);
    border-inline-start: 4px solid var(--dui-color-success, #18753c);
    background: var(--dui-color-surface, #f6f6f6);
  }
  .status.invalid {
    border-color: var(--dui-color-error, #ce0500);
  }
  .problems code,
  .muted {
    color: var(--dui-color-text-muted, #595959);
  }
  .problems li {
    margin-block-end: var(--dui-space-xs, 0.25rem);
  }
  .diagram {
    overflow: auto;
    max-block-size: 36rem;
    border: 1px solid var(--dui-color-border-subtle, #ddd);
  }
  .diagram dui-workflow-diagram {
    display: block;
    inline-size: max-content;
  }
  .reason {
    font-size: var(--dui-font-size-small, 0.875rem);
    color: var(--dui-color-text-muted, #595959);
  }
  table {
    border-collapse: collapse;
    font-size: var(--dui-font-size-small, 0.875rem);
  }
  th,
  td {
    text-align: start;
    padding: var(--dui-space-xs, 0.25rem) var(--dui-space-s, 0.5rem);
    border-block-end: 1px solid var(--dui-color-border-subtle, #ddd);
  }
  ol.log {
    font-size: var(--dui-font-size-small, 0.875rem);
    padding-inline-start: 1.5rem;
  }
  .refused {
    color: var(--dui-color-error, #ce0500);
  }
  pre {
    font-size: var(--dui-font-size-small, 0.875rem);
    overflow: auto;
    max-block-size: 16rem;
    background: var(--dui-color-surface, #f6f6f6);
    padding: var(--dui-space-s, 0.5rem);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dui-space-s, 0.5rem);
    align-items: end;
  }
`;
