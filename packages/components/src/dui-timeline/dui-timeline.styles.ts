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
      align-items: flex-end;
      margin-bottom: ${token('space-m')};
    }
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-m')};
      border: ${token('border-width')} solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      margin: 0;
    }
    .rail {
      list-style: none;
      margin: 0;
      padding: 0 0 0 ${token('space-l')};
      border-inline-start: 2px solid ${token('color-border-subtle')};
    }
    .entry {
      position: relative;
      padding-bottom: ${token('space-m')};
    }
    .entry::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-1 * ${token('space-l')} - 7px);
      top: 0.4rem;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: ${token('color-primary')};
    }
    .entry p {
      margin: 0;
    }
    .when {
      display: flex;
      gap: ${token('space-s')};
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    .title {
      font-weight: 600;
    }
  `,
];
