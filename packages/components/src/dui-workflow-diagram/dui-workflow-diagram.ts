/**
 * Registers `<dui-workflow-diagram>`.
 *
 * @example
 * import '@duikit/components';
 */
import { define } from '../define/define.js';
import { DuiWorkflowDiagram } from './dui-workflow-diagram.component.js';

define('dui-workflow-diagram', DuiWorkflowDiagram);

export { DuiWorkflowDiagram };

declare global {
  interface HTMLElementTagNameMap {
    'dui-workflow-diagram': DuiWorkflowDiagram;
  }
}
