/**
 * `@duikit/components`: the DUI Kit web components. Importing this entry registers every
 * element (see `define.ts`); import an element's `*.component.js` module to get its class
 * without registering a tag.
 *
 * @packageDocumentation
 */
import './define.js';

export { define } from './define/define.js';
export * from './context/index.js';
export { DuiProvider } from './dui-provider/dui-provider.js';
export { DuiTaskInbox, type DuiTaskOpenEvent, type DuiTaskOpenDetail } from './dui-task-inbox/dui-task-inbox.js';
export * from './dui-workflow-step/dui-workflow-step.js';
