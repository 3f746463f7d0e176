/**
 * The deep copy the in-process stores make of every record going in and out. Records are JSON
 * documents (the lowdb and PostgreSQL stores serialise them as JSON), so plain objects, arrays
 * and primitives are copied by a direct walk, several times faster than `structuredClone` for the
 * small nested records a workflow event writes (its cost was a sixth of an event on the memory
 * store). Anything else — a Date, a Map, a typed array, a class instance, a function, a cycle —
 * is handed to `structuredClone`, so the result, and every error, is the one it gives.
 */

/** How deep a plain walk goes before it hands the value to structuredClone (cycles, freaks). */
const MAX_DEPTH = 64;

class TooDeep extends Error {}

function walk(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) {
    // Functions and symbols: structuredClone's own error, not a silent copy.
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  if (depth > MAX_DEPTH) throw new TooDeep();
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Array.prototype) {
    const list = value as unknown[];
    const out = new Array<unknown>(list.length);
    // Holes stay holes, as structuredClone keeps them.
    for (let i = 0; i < list.length; i++) if (i in list) out[i] = walk(list[i], depth + 1);
    return out;
  }
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = walk((value as Record<string, unknown>)[key], depth + 1);
    // A "__proto__" key (JSON.parse makes one) is data, never the copy's prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

/**
 * A deep copy of a stored value that shares nothing with it: the same result as
 * `structuredClone` for JSON data (holes, `undefined` members and key order kept), and
 * `structuredClone` itself for anything else.
 *
 * @example
 * const rec = copyStored({ data: { states: ['decision'] } });
 * rec.data.states.push('x'); // the store's record is unchanged
 */
export function copyStored<T>(value: T): T {
  try {
    return walk(value, 0) as T;
  } catch (e) {
    if (e instanceof TooDeep) return structuredClone(value);
    throw e;
  }
}
