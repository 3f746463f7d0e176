/**
 * Deep copies of the JSON values stores keep. `structuredClone` serialises through V8's
 * structured-clone machinery: for a workflow instance of 2 KB it takes ≈20 µs where walking the
 * plain objects and arrays takes ≈4 µs, and a store copies every record it is given. Anything
 * that is not a plain object, array or primitive (a Date, a Map, a class instance) is handed to
 * `structuredClone`, and so is a value nested deeper than any record (a cycle), so the result
 * is what `structuredClone` gives, but for sharing: an object referenced twice is copied twice.
 */

const DEPTH = 256;

class TooDeep extends Error {}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null)
    // Functions and symbols: structuredClone's DataCloneError, as before.
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  if (depth > DEPTH) throw new TooDeep();
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    // Holes stay holes, as structuredClone keeps them.
    for (let i = 0; i < value.length; i++) if (i in value) out[i] = copy(value[i], depth + 1);
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copy((value as Record<string, unknown>)[key], depth + 1);
    // A "__proto__" key (JSON.parse makes one) is data, never the copy's prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

/**
 * A deep copy of a JSON-like value, as `structuredClone` makes it, several times faster for
 * plain data.
 *
 * @example
 * const mine = cloneJson(record.data); // mine.person !== record.data.person
 */
export function cloneJson<T>(value: T): T {
  try {
    return copy(value, 0) as T;
  } catch (e) {
    if (e instanceof TooDeep) return structuredClone(value);
    throw e;
  }
}

/**
 * A shallow copy of an object without some keys, own enumerable keys in their order: what
 * `const { a, ...rest } = value` gives. Built key by key, because V8 spreads an object made by
 * rest destructuring through its slow path (≈4 µs for a workflow instance, where this takes
 * ≈0.2 µs), and every event built three of them.
 *
 * @example
 * const hot = withoutKeys(instance, ['history']); // hot.history === undefined
 */
export function withoutKeys<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if ((keys as readonly PropertyKey[]).includes(key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as Omit<T, K>;
}
