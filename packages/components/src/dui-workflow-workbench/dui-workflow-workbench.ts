/**
 * Registers `<dui-workflow-workbench>` (not part of `@duikit/components`' index: the workbench
 * carries the linter and an in-memory engine, which pages that only show screens do not need).
 *
 * @example
 * import '@duikit/components/dui-workflow-workbench';
 */
import { define } from '../define/define.js';
import { DuiWorkflowWorkbench } from './dui-workflow-workbench.component.js';

define('dui-workflow-workbench', DuiWorkflowWorkbench);

export { DuiWorkflowWorkbench };
export type { DuiScenarioExportDetail, DuiScenarioExportEvent } from './dui-workflow-workbench.events.js';
export { checkText, type Checked, type WorkbenchLibrary, type WorkbenchProblem } from './workbench-model.js';

declare global {
  interface HTMLElementTagNameMap {
    'dui-workflow-workbench': DuiWorkflowWorkbench;
  }
}
