import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: ${token('space-m')};
    }
    .card {
      background: ${token('color-surface')};
      border: ${token('border-width')} solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      padding: ${token('space-m')};
      margin: 0;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: ${token('space-xs')} ${token('space-m')};
      margin: 0;
    }
    dt {
      color: ${token('color-text-muted')};
    }
    dd {
      margin: 0;
    }
    .mono {
      font-family: ui-monospace, monospace;
    }
    .plain {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: ${token('space-s')};
    }
    .overdue {
      color: ${token('color-error')};
    }
    .gir {
      color: ${token('color-primary')};
    }
  `,
];
