import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    .toolbar,
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: ${token('space-s')} ${token('space-m')};
      margin-block-end: ${token('space-s')};
    }
    .columns {
      display: grid;
      grid-template-columns: minmax(18rem, 2fr) minmax(18rem, 3fr);
      gap: ${token('space-m')};
      align-items: start;
    }
    @media (max-width: 60rem) {
      .columns {
        grid-template-columns: 1fr;
      }
    }
    label {
      display: block;
      font-weight: 600;
      margin-block: ${token('space-xs')};
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
      font-family: ui-monospace, monospace;
      font-size: 0.85rem;
    }
    .status {
      font-weight: 600;
    }
    .status.invalid,
    .problems,
    .reason,
    .log .refused {
      color: ${token('color-error')};
    }
    .problems {
      padding-inline-start: 1.2rem;
    }
    button.link {
      background: none;
      border: none;
      padding: 0;
      color: ${token('color-primary')};
      text-decoration: underline;
      cursor: pointer;
      font: inherit;
    }
    dui-workflow-diagram {
      max-width: 100%;
      overflow: auto;
    }
    .events {
      list-style: none;
      padding: 0;
    }
    .events li {
      margin-block: ${token('space-xs')};
    }
    button[aria-disabled='true'] {
      opacity: 0.75;
      cursor: not-allowed;
    }
    .due--overdue {
      color: ${token('color-error')};
      font-weight: 600;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: ${token('space-xs')};
      border-block-end: 1px solid ${token('color-border')};
    }
    caption {
      text-align: start;
      font-weight: 600;
    }
  `,
];
