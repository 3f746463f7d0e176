import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    .deadline {
      padding: ${token('space-s')} ${token('space-m')};
      border-inline-start: 4px solid ${token('color-info')};
      background: ${token('color-surface')};
    }
    .deadline--overdue {
      border-inline-start-color: ${token('color-error')};
      color: ${token('color-error')};
      font-weight: 600;
    }
    .events {
      list-style: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-m')};
    }
    .events li {
      display: flex;
      flex-direction: column;
      gap: ${token('space-xs')};
      max-width: 20rem;
    }
    .region {
      border: ${token('border-width')} solid ${token('color-border-subtle')};
      border-inline-start: 4px solid ${token('color-primary')};
      border-radius: ${token('radius')};
      padding: ${token('space-m')};
      margin: 0 0 ${token('space-m')};
    }
    .region--done {
      border-inline-start-color: ${token('color-success')};
    }
    .region__step {
      font-weight: 600;
    }
    .actions,
    .task-form {
      margin: 0 0 ${token('space-m')};
    }
    .warning {
      border-inline-start: 4px solid ${token('color-warning')};
      padding-inline-start: ${token('space-s')};
    }
    dialog.payload {
      max-width: 40rem;
      width: calc(100% - 2 * ${token('space-l')});
    }
    .form-actions {
      margin-top: ${token('space-s')};
    }
  `,
];
