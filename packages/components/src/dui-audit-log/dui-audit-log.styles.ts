import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: ${token('space-m')};
      margin: 0 0 ${token('space-m')};
    }
    .buttons {
      display: flex;
      gap: ${token('space-s')};
    }
    .field-error {
      flex-basis: 100%;
      margin: 0;
      color: ${token('color-error')};
    }
    .field-error:empty {
      display: none;
    }
    .scroll {
      overflow-x: auto;
      margin: 0 0 ${token('space-m')};
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: ${token('space-xs')} ${token('space-s')};
      border-bottom: ${token('border-width')} solid ${token('color-border-subtle')};
      vertical-align: top;
    }
    thead th {
      background: ${token('color-surface')};
      font-size: ${token('font-size-small')};
    }
    td .muted,
    td .reason {
      display: block;
    }
    .entry--refused {
      border-inline-start: 4px solid ${token('color-error')};
    }
    .entry--break-glass {
      background: ${token('color-error-bg')};
    }
    .reason {
      font-style: italic;
    }
  `,
];
