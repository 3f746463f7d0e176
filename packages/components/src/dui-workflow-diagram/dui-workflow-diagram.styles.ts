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
      font-size: 14px;
    }
    .mark circle,
    .mark path {
      fill: none;
      stroke: ${token('color-text-muted')};
      stroke-width: 1.3;
    }
    .clock circle {
      fill: ${token('color-bg')};
    }
    .node--problem > rect {
      stroke: ${token('color-error')};
      stroke-width: 3;
    }
    .problem-mark circle,
    .legend .problem-mark circle {
      fill: ${token('color-error')};
      stroke: ${token('color-error')};
    }
    .problem-mark path {
      stroke: ${token('color-bg')};
      stroke-width: 2;
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
      /* A halo keeps a label legible wherever a line passes near it. */
      paint-order: stroke;
      stroke: ${token('color-bg')};
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .edge--deadline .edge-label {
      fill: ${token('color-warning')};
    }
    .arrow {
      fill: ${token('color-text-muted')};
    }
    .clock circle,
    .clock path {
      stroke: ${token('color-warning')};
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')} ${token('space-m')};
      list-style: none;
      margin: ${token('space-s')} 0;
      padding: 0;
      font-size: ${token('font-size-small')};
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: ${token('space-xs')};
    }
    .legend .box {
      fill: ${token('color-bg')};
      stroke: ${token('color-border')};
      stroke-width: 1.2;
    }
    .legend .box.final {
      stroke-width: 2.5;
    }
    .legend .box.parallel {
      stroke-dasharray: 4 2;
    }
    .legend path,
    .legend circle {
      fill: none;
      stroke: ${token('color-text-muted')};
      stroke-width: 1.3;
    }
    .legend .deadline-line,
    .legend .clock circle,
    .legend .clock path {
      stroke: ${token('color-warning')};
    }
    .legend .guarded-line {
      stroke-dasharray: 4 3;
    }
    li.problem {
      color: ${token('color-error')};
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
