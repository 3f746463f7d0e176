/**
 * Registers `<dui-timeline>`.
 *
 * @example
 * import '@duikit/components';
 */
import { define } from '../define/define.js';
import { DuiTimeline } from './dui-timeline.component.js';

define('dui-timeline', DuiTimeline);

export { DuiTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'dui-timeline': DuiTimeline;
  }
}
