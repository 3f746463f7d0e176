/**
 * Bounded memo tables for pure functions of a string key (dates, pointers, scopes): the runtime
 * asks the same few questions on every event. A table that reaches its bound is emptied, so a
 * flood of distinct keys costs memory once, never without limit.
 */

/**
 * The value kept under `key`, made (and kept) on the first ask. `make` must be pure, and its
 * result never changed by callers (freeze arrays and objects).
 *
 * @example
 * const days = new Map<string, string>();
 * remember(days, '2026-04-10|P1M', () => addMonth('2026-04-10'));
 */
export function remember<T>(cache: Map<string, T>, key: string, make: () => T, bound = 10_000): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= bound) cache.clear();
    cache.set(key, (v = make()));
  }
  return v;
}
