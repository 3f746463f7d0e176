/**
 * Registers `<dui-support-plan>`.
 *
 * @example
 * import '@duikit/components';
 */
import { define } from '../define/define.js';
import { DuiSupportPlan } from './dui-support-plan.component.js';

define('dui-support-plan', DuiSupportPlan);

export { DuiSupportPlan };
export type { DuiPlanSavedEvent, DuiPlanAgreedEvent, DuiPlanDetail } from './dui-support-plan.events.js';

declare global {
  interface HTMLElementTagNameMap {
    'dui-support-plan': DuiSupportPlan;
  }
}
