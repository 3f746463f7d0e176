import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    .scroll {
      max-width: 100%;
      overflow-x: auto;
      margin: 0 0 ${token('space-m')};
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding: 0 0 ${token('space-s')};
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
    tbody th {
      font-weight: 600;
    }
    .access--write {
      color: ${token('color-success')};
      font-weight: 600;
    }
    .access--none {
      color: ${token('color-text-muted')};
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: ${token('space-m')};
    }
  `,
];
