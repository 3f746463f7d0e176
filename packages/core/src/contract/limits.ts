/**
 * The bounds of everything a request controls, declared once: the server refuses a body beyond
 * them before any schema or engine code walks it, and the engine applies the same bounds to the
 * data an in-process caller hands it. A user file goes about eight levels deep, its longest free
 * text (a note) is 20,000 characters and a rectification changes a few places: the bounds sit
 * far above real use and far below what would stall a server.
 */

/**
 * The bounds of a request.
 *
 * @example
 * REQUEST_LIMITS.depth; // 32
 */
export const REQUEST_LIMITS = {
  /** Bytes of a request body (a larger body is a 413 `body-too-large`, unread). */
  bodyBytes: 1_048_576,
  /** Levels of nesting of objects and arrays. */
  depth: 32,
  /** Characters of a string or of a property name. */
  stringLength: 65_536,
  /** Items of an array, or properties of an object. */
  items: 1_000,
  /** Changes one rectification carries. */
  changes: 100,
} as const;

/**
 * The sentence of each request bound (`REQUEST_LIMITS`), with `{max}`.
 *
 * @example
 * t(LIMIT_MESSAGES.depth, { max: REQUEST_LIMITS.depth });
 */
export const LIMIT_MESSAGES = {
  depth: 'backend.error.tooDeep',
  stringLength: 'backend.error.tooLong',
  items: 'backend.error.tooMany',
} as const;

/** Which bound a value breaks, where (a JSON Pointer from the value's root) and the bound. */
export interface LimitFault {
  limit: 'depth' | 'stringLength' | 'items';
  pointer: string;
  max: number;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The first place where a value breaks a bound of {@link REQUEST_LIMITS}, or undefined. Walks
 * without recursion, so a value nested a million levels deep is judged, not a stack overflow.
 *
 * @example
 * overLimit({ a: 'x'.repeat(70_000) }); // { limit: 'stringLength', pointer: '/a', max: 65536 }
 */
export function overLimit(
  value: unknown,
  limits: typeof REQUEST_LIMITS = REQUEST_LIMITS,
): LimitFault | undefined {
  const stack: [unknown, string, number][] = [[value, '', 0]];
  while (stack.length) {
    const [v, at, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > limits.stringLength)
        return { limit: 'stringLength', pointer: at, max: limits.stringLength };
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    if (depth >= limits.depth) return { limit: 'depth', pointer: at, max: limits.depth };
    const size = Array.isArray(v) ? v.length : Object.keys(v).length;
    if (size > limits.items) return { limit: 'items', pointer: at, max: limits.items };
    for (const [k, c] of Object.entries(v)) {
      if (k.length > limits.stringLength)
        return { limit: 'stringLength', pointer: at, max: limits.stringLength };
      stack.push([c, `${at}/${escape(k)}`, depth + 1]);
    }
  }
  return undefined;
}
