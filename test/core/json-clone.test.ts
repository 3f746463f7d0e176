import { describe, expect, it } from 'vitest';
import { cloneJson, withoutKeys } from '@duikit/core';

describe('cloneJson', () => {
  it('copies plain data deeply: equal, and no object of the copy is one of the original', () => {
    const original = {
      id: 'wf-1',
      n: 0,
      flag: false,
      none: null,
      missing: undefined,
      list: [1, 'two', { three: [3] }, [4]],
      nested: { a: { b: { c: 'deep' } } },
    };
    const copy = cloneJson(original);
    expect(copy).toStrictEqual(original);
    expect(Object.keys(copy)).toEqual(Object.keys(original));
    expect(copy.list).not.toBe(original.list);
    expect(copy.list[2]).not.toBe(original.list[2]);
    expect(copy.nested.a.b).not.toBe(original.nested.a.b);
    copy.nested.a.b.c = 'changed';
    (copy.list[3] as number[]).push(5);
    expect(original.nested.a.b.c).toBe('deep');
    expect(original.list[3]).toEqual([4]);
  });

  it('gives what structuredClone gives for dates, maps, cycles, and throws as it does on functions', () => {
    const at = new Date('2026-12-07T22:00:00Z');
    const value = { at, tags: new Map([['a', 1]]) };
    const copy = cloneJson(value);
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(at);
    expect(copy.at.getTime()).toBe(at.getTime());
    expect(copy.tags.get('a')).toBe(1);
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const c = cloneJson(cyclic);
    expect(c.self).toBe(c);
    expect(c).not.toBe(cyclic);
    expect(() => cloneJson({ f: () => 1 })).toThrow(/could not be cloned/);
  });
});

// withoutKeys stands for `const { a, ...rest } = value` on the runtime's hot path: the same keys,
// in the same order, the same values (shared, as a rest's are), and a "__proto__" key kept as data.
describe('withoutKeys', () => {
  it('gives what a rest destructuring gives', () => {
    const value = JSON.parse(
      '{"id":"wf-1","snapshot":{"a":1},"states":["x"],"__proto__":{"polluted":true},"history":[],"z":null}',
    ) as Record<string, unknown>;
    const { snapshot: _s, states: _st, ...rest } = value;
    const got = withoutKeys(value, ['snapshot', 'states']);
    expect(Object.keys(got)).toEqual(Object.keys(rest));
    expect(got).toEqual(rest);
    expect(got.history).toBe(value.history);
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
