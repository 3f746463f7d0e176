import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 16rem;
      gap: ${token('space-l')};
      align-items: start;
    }
    @media (max-width: 60rem) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: start;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
      padding-bottom: ${token('space-s')};
    }
    th,
    td {
      border-bottom: ${token('border-width')} solid ${token('color-border-subtle')};
      padding: ${token('space-xs')} ${token('space-s')};
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      font-size: ${token('font-size-small')};
    }
    .group th {
      background: ${token('color-surface')};
      font-size: ${token('font-size-small')};
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    th[scope='row'] {
      font-weight: 400;
    }
    .sub {
      color: ${token('color-text-muted')};
    }
    select {
      min-width: 4.5rem;
    }
    .letter {
      font-weight: 700;
      text-align: center;
      min-width: 2rem;
    }
    .letter--A {
      color: ${token('color-success')};
    }
    .letter--B {
      color: ${token('color-warning')};
    }
    .letter--C {
      color: ${token('color-error')};
    }
    .summary {
      position: sticky;
      top: ${token('space-m')};
      border: ${token('border-width')} solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      padding: ${token('space-m')};
    }
    .gir {
      font-size: 2.5rem;
      font-weight: 800;
      color: ${token('color-primary')};
      margin: 0;
    }
    .vars {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 ${token('space-s')};
      margin: ${token('space-m')} 0;
      font-size: ${token('font-size-small')};
    }
    .vars dd {
      margin: 0;
    }
    .save {
      display: grid;
      gap: ${token('space-s')};
    }
  `,
];
