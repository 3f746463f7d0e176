import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    .toolbar,
    .row,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-m')};
      align-items: flex-end;
      margin-bottom: ${token('space-m')};
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      gap: ${token('space-l')};
    }
    .columns > div {
      border: ${token('border-width')} solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      padding: ${token('space-m')};
    }
    .objective {
      border-inline-start: 3px solid ${token('color-primary')};
      padding-inline-start: ${token('space-m')};
      margin-bottom: ${token('space-m')};
    }
    .objective h4,
    .objective h5 {
      font-size: ${token('font-size')};
      margin: 0 0 ${token('space-xs')};
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: ${token('space-xs')} ${token('space-m')};
      margin: 0 0 ${token('space-s')};
    }
    dt {
      color: ${token('color-text-muted')};
    }
    dd {
      margin: 0;
    }
    .mark {
      padding: 0 ${token('space-xs')};
      border-radius: ${token('radius')};
      outline: 2px dashed currentColor;
    }
    .mark--changed {
      color: ${token('color-warning')};
    }
    .mark--added {
      color: ${token('color-success')};
      text-decoration: underline;
    }
    .mark--removed {
      color: ${token('color-error')};
      text-decoration: line-through;
    }
    .late {
      color: ${token('color-error')};
    }
    fieldset {
      border: ${token('border-width')} solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      margin: 0 0 ${token('space-m')};
      padding: ${token('space-m')};
    }
    fieldset.inline {
      display: flex;
      gap: ${token('space-m')};
      margin: 0;
      padding: ${token('space-xs')} ${token('space-m')};
    }
    .options {
      list-style: none;
      padding: 0;
      margin: 0;
      max-height: 16rem;
      overflow-y: auto;
    }
    /* SERAFIN-PH tree depth as indentation, without a style attribute (CSP style-src 'self'). */
    .depth[data-depth='1'] {
      padding-inline-start: var(--dui-serafin-indent, 1rem);
    }
    .depth[data-depth='2'] {
      padding-inline-start: calc(2 * var(--dui-serafin-indent, 1rem));
    }
    .depth[data-depth='3'] {
      padding-inline-start: calc(3 * var(--dui-serafin-indent, 1rem));
    }
    .field-error {
      color: ${token('color-error')};
      font-size: ${token('font-size-small')};
    }
    input[aria-invalid='true'] {
      border-color: ${token('color-error')};
    }
  `,
];
