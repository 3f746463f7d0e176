/**
 * JSON Pointer (RFC 6901) helpers and the JSON Forms `scope` notation, shared by validation
 * errors, form controls, workflow guards, the audit trail and the server's error answers.
 */
import { remember } from './memo.js';

/**
 * Splits a JSON Pointer into unescaped segments. `''` is the root.
 *
 * @example
 * parsePointer('/ins/birthFirstNames/0'); // ['ins', 'birthFirstNames', '0']
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  if (!pointer.startsWith('/')) {
    throw new Error(`Invalid JSON Pointer "${pointer}": it must be empty or start with "/".`);
  }
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Joins segments into a JSON Pointer, escaping `~` and `/`.
 *
 * @example
 * toPointer(['contacts', 0, 'a/b']); // '/contacts/0/a~1b'
 */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Reads the value at a pointer, or `undefined` when any segment is missing.
 *
 * @example
 * getAtPointer({ a: [{ b: 1 }] }, '/a/0/b'); // 1
 */
export function getAtPointer(data: unknown, pointer: string | readonly string[]): unknown {
  const segments = typeof pointer === 'string' ? segmentsOf(pointer) : pointer;
  let cur: unknown = data;
  for (const s of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, s)) return undefined;
    cur = (cur as Record<string, unknown>)[s];
  }
  return cur;
}

// The same few pointers (a definition's guards, actions and anchors) are read on every event:
// parsed once, shared frozen.
const parsed = new Map<string, readonly string[]>();
const segmentsOf = (pointer: string) => remember(parsed, pointer, () => Object.freeze(parsePointer(pointer)));

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Returns a copy of `data` with `value` set at the pointer; objects and arrays along the path
 * are copied, the rest is shared. `value === undefined` removes the property. Never mutates.
 *
 * @example
 * setAtPointer({ a: { b: 1 } }, '/a/c', 2); // { a: { b: 1, c: 2 } }
 */
export function setAtPointer<T>(data: T, pointer: string | readonly string[], value: unknown): T {
  const segments = typeof pointer === 'string' ? segmentsOf(pointer) : pointer;
  if (segments.length === 0) return value as T;
  const [head, ...rest] = segments;
  if (FORBIDDEN.has(head)) throw new Error(`Refusing to write the property "${head}" (prototype pollution).`);
  const nextIsIndex = /^\d+$/.test(rest[0] ?? '');
  const container: Record<string, unknown> | unknown[] = Array.isArray(data)
    ? [...(data as unknown[])]
    : data && typeof data === 'object'
      ? { ...(data as object) }
      : /^\d+$/.test(head)
        ? []
        : {};
  const child = (container as Record<string, unknown>)[head];
  const next = rest.length === 0 ? value : setAtPointer(child ?? (nextIsIndex ? [] : {}), rest, value);
  if (next === undefined && !Array.isArray(container)) delete container[head];
  else (container as Record<string, unknown>)[head] = next;
  return container as T;
}

/**
 * Converts a JSON Forms scope (`#/properties/a/properties/b`) or a JSON Pointer (`/a/b`) to the
 * data segments it designates. Schema-only steps add no data segment: compositions by index
 * (`anyOf/1`, `oneOf/0`, `allOf/2`), `if`/`then`/`else`, and `$defs`/`definitions` entries.
 *
 * @example
 * scopeToSegments('#/properties/person/properties/birthDate'); // ['person', 'birthDate']
 * scopeToSegments('#/properties/pay/oneOf/1/properties/iban'); // ['pay', 'iban']
 */
export function scopeToSegments(scope: string): string[] {
  if (scope === '#' || scope === '#/') return [];
  if (!scope.startsWith('#/')) return parsePointer(scope);
  const parts = parsePointer(scope.slice(1));
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const named = i + 1 < parts.length;
    if (part === 'properties' && named) out.push(parts[++i]);
    else if (/^(?:anyOf|oneOf|allOf|\$defs|definitions)$/.test(part) && named) i++;
    else if (!/^(?:then|else|if)$/.test(part)) {
      throw new Error(
        `Unsupported scope "${scope}": use "#/properties/<name>" segments (scopes inside array items ` +
          'are written relative to the item, e.g. in a detail UI schema).',
      );
    }
  }
  return out;
}

/**
 * Converts a scope (or pointer) to a JSON Pointer into the data.
 *
 * @example
 * scopeToPointer('#/properties/a/properties/b'); // '/a/b'
 */
export function scopeToPointer(scope: string): string {
  return toPointer(scopeToSegments(scope));
}
