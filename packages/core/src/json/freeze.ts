/**
 * Deep freezing for values a store shares instead of copying: append-only log entries are never
 * changed once written, so a read can hand out the same frozen objects to every caller (a copy
 * per read made an instance's history cost grow with its length on every event).
 */

/**
 * Freezes a JSON value and everything it holds, in place; returns it.
 *
 * @example
 * const entry = deepFreeze(structuredClone({ event: 'ACCEPT', payload: { at: '2026-01-05' } }));
 * Object.isFrozen(entry.payload); // true — `entry.payload.at = …` throws in strict code
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
