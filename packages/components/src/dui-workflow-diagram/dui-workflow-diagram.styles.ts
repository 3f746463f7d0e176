import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { screenStyles } from '../controllers/screen-styles.js';

export default [
  screenStyles,
  css`
    figure {
      margin: 0;
    }
    .canvas {
      overflow: auto;
      max-width: 100%;
    }
    svg {
      font-family: ${token('font-family')};
      font-size: 13px;
    }
    .node rect {
      fill: ${token('color-bg')};
      stroke: ${token('color-border')};
      stroke-width: 1.2;
    }
    .node--composite rect {
      fill: ${token('color-surface')};
    }
    .node--final rect {
      stroke-width: 2.5;
    }
    .node--parallel rect {
      stroke-dasharray: 6 4;
    }
    .node text {
      fill: ${token('color-text')};
    }
    .node--composite > text {
      font-weight: 600;
    }
    .node--current:not(.node--composite) rect {
      fill: ${token('color-primary')};
      stroke: ${token('color-primary')};
      stroke-width: 3;
    }
    .node--current:not(.node--composite) text {
      fill: ${token('color-on-primary')};
      font-weight: 700;
    }
    .node--current.node--composite rect {
      stroke: ${token('color-primary')};
      stroke-width: 2;
    }
    .edge path {
      fill: none;
      stroke: ${token('color-text-muted')};
      stroke-width: 1.2;
    }
    .edge path.guarded {
      stroke-dasharray: 4 3;
    }
    .edge--deadline path {
      stroke: ${token('color-warning')};
    }
    .edge-label {
      font-size: 11px;
      fill: ${token('color-text-muted')};
    }
    .edge--deadline .edge-label {
      fill: ${token('color-warning')};
    }
    .arrow {
      fill: ${token('color-text-muted')};
    }
    .clock circle {
      fill: ${token('color-bg')};
      stroke: ${token('color-warning')};
    }
    .clock path {
      fill: none;
      stroke: ${token('color-warning')};
    }
    figcaption {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
      margin: ${token('space-s')} 0;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
    }
    [aria-current] > strong {
      color: ${token('color-primary')};
    }
  `,
];
