/**
 * Events of `<dui-workflow-step>`: an event was sent and accepted, or refused (with the reason).
 *
 * @example
 * step.addEventListener('dui-event-sent', (e) => inbox.reload());
 */
import type { BackendError, WorkflowInstanceView } from '@duikit/core';

/** Detail of `dui-event-sent`: the event type and the instance after the transition. */
export interface DuiEventSentDetail {
  instanceId: string;
  event: string;
  instance: WorkflowInstanceView;
}

/** Detail of `dui-event-refused`: the engine's refusal, as shown to the user. */
export interface DuiEventRefusedDetail {
  instanceId: string;
  event: string;
  error: BackendError;
}

/** `dui-event-sent` event type. */
export type DuiEventSentEvent = CustomEvent<DuiEventSentDetail>;
/** `dui-event-refused` event type. */
export type DuiEventRefusedEvent = CustomEvent<DuiEventRefusedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dui-event-sent': DuiEventSentEvent;
    'dui-event-refused': DuiEventRefusedEvent;
  }
}
