import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-m')};
      border: 0;
      padding: 0;
      margin: 0 0 ${token('space-m')};
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token('space-s')};
    }
    .task {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: ${token('space-xs')} ${token('space-m')};
      width: 100%;
      text-align: start;
      font: inherit;
      color: inherit;
      background: ${token('color-bg')};
      border: ${token('border-width')} solid ${token('color-border-subtle')};
      border-inline-start: 4px solid ${token('color-border')};
      border-radius: ${token('radius')};
      padding: ${token('space-s')} ${token('space-m')};
      cursor: pointer;
    }
    .task:hover {
      background: ${token('color-surface')};
    }
    .task--overdue {
      border-inline-start-color: ${token('color-error')};
    }
    .task--done {
      border-inline-start-color: ${token('color-success')};
    }
    .task__step {
      font-weight: 700;
    }
    .task__meta {
      grid-column: 1 / -1;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
  `,
];
