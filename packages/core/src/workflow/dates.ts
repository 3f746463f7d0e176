/**
 * Legal date arithmetic. Durations are counted in Europe/Paris wall time (calendar days and months
 * are not multiples of 24 h across daylight-saving changes); instants are stored in UTC.
 */
import { Temporal } from 'temporal-polyfill';
import { remember } from '../json/memo.js';
import { renderProblemText } from './problem.js';
import type { DurationSpec, ProblemParams, ProblemText } from './types.js';

/** The time zone legal days are counted in. */
export const LEGAL_TIME_ZONE = 'Europe/Paris';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Every transition reschedules its deadlines from the same few durations and anchors: parsing
// and calendar arithmetic are memoised (bounded), which halves the date cost of a transition.
const durations = new Map<string, Temporal.Duration>();
const dues = new Map<string, string>();
const befores = new Map<string, string>();
// A duration's key: its fields, not `toString()` (formatting cost a sixth of a 10,000-instance tick).
const spanOf = (d: Temporal.Duration) =>
  `${d.years},${d.months},${d.weeks},${d.days},${d.hours},${d.minutes},${d.seconds},${d.milliseconds},${d.microseconds},${d.nanoseconds}`;

/** Why a duration spec does not resolve: French `error`, plus the key and parameters to localise it. */
export interface DurationError extends ProblemText {
  error: string;
}

const durationError = (key: string, params: ProblemParams): DurationError => {
  const text = { key: `workflow.lint.duration.${key}`, params };
  return { error: renderProblemText(text), ...text };
};

/**
 * Resolves a duration spec (ISO 8601 or `{ param }`) against the definition's parameters.
 * Returns an error (in French, with its catalogue key) instead of throwing, so linters can locate it.
 *
 * @example
 * resolveDuration({ param: 'handover' }, { handover: 'P15D' }); // { duration: Temporal.Duration P15D }
 * resolveDuration('15 jours'); // { error: '« 15 jours » n’est pas une durée ISO 8601 …', key: 'workflow.lint.duration.invalid', … }
 */
export function resolveDuration(
  spec: DurationSpec,
  params: Record<string, unknown> = {},
): { duration: Temporal.Duration } | DurationError {
  const raw = typeof spec === 'string' ? spec : params[spec.param];
  if (typeof spec !== 'string' && raw === undefined) {
    return durationError('unknown-param', { param: spec.param });
  }
  if (typeof raw !== 'string')
    return durationError('param-type', { param: (spec as { param: string }).param });
  try {
    const duration = remember(durations, raw, () => Temporal.Duration.from(raw));
    if (duration.sign < 0) return durationError('negative', { value: raw });
    return { duration };
  } catch {
    return durationError('invalid', { value: raw });
  }
}

/** Whether a value can anchor a deadline: a `YYYY-MM-DD` date or an ISO 8601 instant. */
export function isAnchorValue(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (DATE_ONLY.test(value)) return true;
  try {
    Temporal.Instant.from(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The due instant (UTC ISO) of a deadline.
 * - Date anchors (`2026-04-10`): the last allowed day is anchor ± duration; the deadline falls due
 *   at the start of the next day in Paris ("signed within one month" allows the whole last day).
 * - Instant anchors: anchor ± duration in Paris wall time.
 *
 * @example
 * dueInstant('2026-04-10', Temporal.Duration.from('P1M'), 'after'); // '2026-05-10T22:00:00Z'
 */
export function dueInstant(
  anchor: string,
  duration: Temporal.Duration,
  direction: 'after' | 'before',
): string {
  const key = `${anchor}|${spanOf(duration)}|${direction}`;
  return remember(dues, key, () => computeDue(anchor, duration, direction));
}

function computeDue(anchor: string, duration: Temporal.Duration, direction: 'after' | 'before'): string {
  if (DATE_ONLY.test(anchor)) {
    const base = Temporal.PlainDate.from(anchor);
    const last = direction === 'after' ? base.add(duration) : base.subtract(duration);
    return last.add({ days: 1 }).toZonedDateTime({ timeZone: LEGAL_TIME_ZONE }).toInstant().toString();
  }
  const zoned = Temporal.Instant.from(anchor).toZonedDateTimeISO(LEGAL_TIME_ZONE);
  const at = direction === 'after' ? zoned.add(duration) : zoned.subtract(duration);
  return at.toInstant().toString();
}

/**
 * An instant moved back by a duration in Paris wall time (reminders before a due date).
 *
 * @example
 * beforeInstant('2026-05-10T22:00:00Z', Temporal.Duration.from('P3D')); // '2026-05-07T22:00:00Z'
 */
export function beforeInstant(instant: string, duration: Temporal.Duration): string {
  // Memoised as `dueInstant` is: a new deadline's reminders were a twentieth of an event.
  return remember(befores, `${instant}|${spanOf(duration)}`, () =>
    Temporal.Instant.from(instant)
      .toZonedDateTimeISO(LEGAL_TIME_ZONE)
      .subtract(duration)
      .toInstant()
      .toString(),
  );
}

/**
 * Today's date in Paris (`YYYY-MM-DD`), optionally moved by a duration.
 *
 * @example
 * parisDate(new Date('2026-03-14T23:30:00Z')); // '2026-03-15'
 */
export function parisDate(now: Date, add?: Temporal.Duration): string {
  // The Paris day is the same all through a UTC minute (its offsets are whole hours since 1911):
  // memoised by minute, as every event of a tick and every action of an event asks again.
  const ms = now.getTime();
  const at = ms >= PARIS_WHOLE_HOURS ? Math.floor(ms / 60_000) : `${ms}ms`;
  return remember(days, add ? `${at}|${spanOf(add)}` : `${at}`, () => {
    // One formatter for every call: resolving the time zone is the costly part.
    const day = PARIS_DAY.format(now);
    return add ? Temporal.PlainDate.from(day).add(add).toString() : day;
  });
}

/** 1912-01-01: from then on Paris time is UTC plus whole hours (before 1911, Paris mean time). */
const PARIS_WHOLE_HOURS = Date.UTC(1912, 0, 1);
const days = new Map<string, string>();

/** YYYY-MM-DD in the legal time zone (`en-CA` writes dates in ISO order). */
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: LEGAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The last day of a period that falls due at `dueAt`, Paris time: the day before a date-anchored
 * due instant (which is the next midnight), the day of an instant-anchored one.
 *
 * @example
 * lastDayBefore('2026-05-05T22:00:00Z'); // '2026-05-05' (due 6 May 00:00 CEST)
 */
export function lastDayBefore(dueAt: string): string {
  return parisDate(new Date(instantMs(dueAt) - 1));
}

/** Compares two ISO instants (UTC strings of varying precision) by time. */
export function instantMs(iso: string): number {
  return DATE_ONLY.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Date.parse(iso);
}

let lastIso = { ms: NaN, iso: '' };

/**
 * `date.toISOString()`, the last answer kept: one event or firing writes its instant three times
 * (history, `$now`, the response or the fired mark), and a tick fires thousands at one instant.
 *
 * @example
 * isoOf(new Date(0)); // '1970-01-01T00:00:00.000Z'
 */
export function isoOf(date: Date): string {
  const ms = date.getTime();
  if (ms !== lastIso.ms) lastIso = { ms, iso: date.toISOString() };
  return lastIso.iso;
}
