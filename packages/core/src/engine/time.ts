/**
 * Instant arithmetic for break-the-glass grants, retention and audit retention. Calendar units
 * (months, years) are counted in Europe/Paris wall time, as the law counts them.
 */
import { Temporal } from 'temporal-polyfill';

/**
 * Adds (or with `sign` -1 subtracts) an ISO 8601 duration to an ISO instant; returns UTC ISO.
 *
 * @example
 * shiftInstant('2026-01-31T10:00:00.000Z', 'P1M'); // '2026-02-28T10:00:00.000Z'
 */
export function shiftInstant(instant: string, duration: string, sign: 1 | -1 = 1): string {
  const d = Temporal.Duration.from(duration);
  const zdt = Temporal.Instant.from(instant).toZonedDateTimeISO('Europe/Paris');
  const moved = sign === 1 ? zdt.add(d) : zdt.subtract(d);
  return new Date(moved.epochMilliseconds).toISOString();
}

/**
 * Whether a string is a valid ISO 8601 duration.
 *
 * @example
 * isDuration('P12M'); // true
 */
export function isDuration(value: string): boolean {
  try {
    Temporal.Duration.from(value);
    return true;
  } catch {
    return false;
  }
}
