/**
 * `dui-task-open`: the user opened a task of `<dui-task-inbox>` (click, Enter or Space).
 *
 * @example
 * inbox.addEventListener('dui-task-open', (e) => router.go(`/instances/${e.detail.task.instanceId}`));
 */
import type { TaskSummary } from '@duikit/core';

/** Detail of `dui-task-open`. */
export interface DuiTaskOpenDetail {
  task: TaskSummary;
}

/** `dui-task-open` event type. */
export type DuiTaskOpenEvent = CustomEvent<DuiTaskOpenDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dui-task-open': DuiTaskOpenEvent;
  }
}
