/**
 * Registers `<dui-workflow-step>`.
 *
 * @example
 * import '@duikit/components';
 */
import { define } from '../define/define.js';
import { DuiWorkflowStep } from './dui-workflow-step.component.js';

define('dui-workflow-step', DuiWorkflowStep);

export { DuiWorkflowStep };
export type {
  DuiEventSentEvent,
  DuiEventSentDetail,
  DuiEventRefusedEvent,
  DuiEventRefusedDetail,
} from './dui-workflow-step.events.js';

declare global {
  interface HTMLElementTagNameMap {
    'dui-workflow-step': DuiWorkflowStep;
  }
}
