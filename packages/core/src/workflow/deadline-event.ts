/**
 * What the engine sends with a deadline's event. A deadline can be noticed late (the host's
 * scheduler was stopped over a weekend), so a transition that records when a legal period ended
 * reads it from the event (`setDate { from: '/event/payload/lastDay' }`), never from the clock.
 */
import { lastDayBefore } from './dates.js';

/**
 * The JSON Schema of a deadline event's payload: the linter lets scopes and `from` pointers of
 * `system` events designate these fields, and {@link DeadlineEventPayload} is derived from it.
 *
 * @example
 * validatePayload(DEADLINE_EVENT_PAYLOAD_SCHEMA, deadlineEventPayload('notice', '2026-07-01T22:00:00Z'));
 */
export const DEADLINE_EVENT_PAYLOAD_SCHEMA = {
  type: 'object',
  required: ['deadline', 'dueAt', 'lastDay'],
  additionalProperties: false,
  properties: {
    deadline: { type: 'string', description: 'The id of the deadline that fell due.' },
    dueAt: { type: 'string', format: 'date-time', description: 'The instant it fell due (UTC).' },
    lastDay: {
      type: 'string',
      format: 'date',
      description: 'The last day of the period, Paris time: "within 15 days" allows all of it.',
    },
  },
} as const;

/** A deadline event's payload (every field a string, as the schema says). */
export type DeadlineEventPayload = Record<(typeof DEADLINE_EVENT_PAYLOAD_SCHEMA.required)[number], string>;

/**
 * The payload of the event sent when deadline `deadline` falls due at `dueAt`.
 *
 * @example
 * deadlineEventPayload('withdrawalPeriod', '2026-05-05T22:00:00Z');
 * // { deadline: 'withdrawalPeriod', dueAt: '2026-05-05T22:00:00Z', lastDay: '2026-05-05' }
 */
export function deadlineEventPayload(deadline: string, dueAt: string): DeadlineEventPayload {
  return { deadline, dueAt, lastDay: lastDayBefore(dueAt) };
}
