/**
 * Registers `<dui-task-inbox>`.
 *
 * @example
 * import '@duikit/components';
 */
import { define } from '../define/define.js';
import { DuiTaskInbox } from './dui-task-inbox.component.js';

define('dui-task-inbox', DuiTaskInbox);

export { DuiTaskInbox };
export type { DuiTaskOpenEvent, DuiTaskOpenDetail } from './dui-task-inbox.events.js';

declare global {
  interface HTMLElementTagNameMap {
    'dui-task-inbox': DuiTaskInbox;
  }
}
