import { describe, expect, it } from 'vitest';
import { getAtPointer, parsePointer, scopeToPointer, setAtPointer, toPointer } from '@duikit/core';

describe('JSON Pointer helpers', () => {
  it('round-trips escaped segments', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(parsePointer('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
    expect(parsePointer('')).toEqual([]);
    expect(() => parsePointer('a/b')).toThrow(/start with "\/"/);
  });

  it('reads nested values and returns undefined for missing ones', () => {
    const d = { a: [{ b: 1 }] };
    expect(getAtPointer(d, '/a/0/b')).toBe(1);
    expect(getAtPointer(d, '/a/1/b')).toBeUndefined();
    expect(getAtPointer(d, '/a/0/toString')).toBeUndefined();
  });

  it('sets values immutably, creating containers and removing on undefined', () => {
    const d = { a: { b: 1 }, keep: { x: 1 } };
    const e = setAtPointer(d, '/a/c', 2);
    expect(e).toEqual({ a: { b: 1, c: 2 }, keep: { x: 1 } });
    expect(d).toEqual({ a: { b: 1 }, keep: { x: 1 } });
    expect(e.keep).toBe(d.keep);
    expect(setAtPointer({}, '/list/0/name', 'x')).toEqual({ list: [{ name: 'x' }] });
    expect(setAtPointer(d, '/a/b', undefined)).toEqual({ a: {}, keep: { x: 1 } });
    expect(() => setAtPointer({}, '/__proto__/x', 1)).toThrow(/prototype pollution/);
  });

  it('converts JSON Forms scopes to pointers', () => {
    expect(scopeToPointer('#/properties/person/properties/birthDate')).toBe('/person/birthDate');
    expect(scopeToPointer('/already/pointer')).toBe('/already/pointer');
    expect(() => scopeToPointer('#/properties/a/items')).toThrow(/Unsupported scope/);
  });
});
