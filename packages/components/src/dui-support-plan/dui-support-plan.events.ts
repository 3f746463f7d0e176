/**
 * Events of `<dui-support-plan>`: a version was saved, or an opinion/agreement was recorded.
 *
 * @example
 * plan.addEventListener('dui-plan-saved', (e) => console.log(e.detail.plan.version));
 */
import type { SupportPlan } from '@duikit/core';

/** Detail of `dui-plan-saved` and `dui-plan-agreed`: the stored version. */
export interface DuiPlanDetail {
  plan: SupportPlan;
}

/** `dui-plan-saved` event type. */
export type DuiPlanSavedEvent = CustomEvent<DuiPlanDetail>;
/** `dui-plan-agreed` event type. */
export type DuiPlanAgreedEvent = CustomEvent<DuiPlanDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dui-plan-saved': DuiPlanSavedEvent;
    'dui-plan-agreed': DuiPlanAgreedEvent;
  }
}
