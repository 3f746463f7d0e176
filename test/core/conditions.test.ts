import { describe, expect, it } from 'vitest';
import {
  conditionProblems,
  evaluateCondition,
  evaluateRule,
  matchesSchema,
  type Condition,
} from '@duikit/core';

const data = { age: 72, category: 'EHPAD', trustedPerson: { designated: true }, tags: ['a'] };

describe('evaluateCondition', () => {
  it('validates the value at a JSON Forms scope or a JSON Pointer against a schema', () => {
    expect(evaluateCondition({ scope: '#/properties/age', schema: { minimum: 60 } }, data)).toBe(true);
    expect(evaluateCondition({ scope: '/age', schema: { maximum: 60 } }, data)).toBe(false);
    expect(
      evaluateCondition(
        { scope: '#/properties/trustedPerson/properties/designated', schema: { const: true } },
        data,
      ),
    ).toBe(true);
  });

  it('treats a missing value per failWhenUndefined', () => {
    const c: Condition = { scope: '#/properties/missing', schema: { not: { const: 'x' } } };
    expect(evaluateCondition(c, data)).toBe(true);
    expect(evaluateCondition({ ...c, failWhenUndefined: true }, data)).toBe(false);
    // as JSON Forms (ajv) does: a missing value equals no const and has no type
    expect(evaluateCondition({ scope: '/missing', schema: { const: true } }, data)).toBe(false);
    expect(evaluateCondition({ scope: '/missing', schema: { minimum: 3 } }, data)).toBe(true);
    expect(
      evaluateCondition(
        { scope: '/missing', schema: { anyOf: [{ type: 'string' }, { minLength: 2 }] } },
        data,
      ),
    ).toBe(true);
  });

  it('combines with AND, OR and NOT, and compares LEAF values deeply', () => {
    const isEhpad: Condition = { type: 'LEAF', scope: '#/properties/category', expectedValue: 'EHPAD' };
    const young: Condition = { scope: '/age', schema: { maximum: 20 } };
    expect(evaluateCondition({ type: 'AND', conditions: [isEhpad, young] }, data)).toBe(false);
    expect(evaluateCondition({ type: 'OR', conditions: [isEhpad, young] }, data)).toBe(true);
    expect(evaluateCondition({ type: 'NOT', condition: young }, data)).toBe(true);
    expect(evaluateCondition({ type: 'LEAF', scope: '/tags', expectedValue: ['a'] }, data)).toBe(true);
  });

  it('evaluates the whole data with scope "#"', () => {
    expect(evaluateCondition({ scope: '#', schema: { required: ['age'] } }, data)).toBe(true);
  });

  it('throws a helpful error for an unknown type', () => {
    expect(() => evaluateCondition({ type: 'XOR' } as unknown as Condition, data)).toThrow(
      /LEAF, AND, OR, NOT/,
    );
  });
});

describe('evaluateRule', () => {
  const condition: Condition = { scope: '/age', schema: { minimum: 60 } };
  it('maps the four effects', () => {
    expect(evaluateRule({ effect: 'SHOW', condition }, { age: 10 })).toEqual({
      visible: false,
      enabled: true,
    });
    expect(evaluateRule({ effect: 'HIDE', condition }, { age: 70 })).toEqual({
      visible: false,
      enabled: true,
    });
    expect(evaluateRule({ effect: 'ENABLE', condition }, { age: 10 })).toEqual({
      visible: true,
      enabled: false,
    });
    expect(evaluateRule({ effect: 'DISABLE', condition }, { age: 70 })).toEqual({
      visible: true,
      enabled: false,
    });
    expect(evaluateRule(undefined, {})).toEqual({ visible: true, enabled: true });
  });
});

describe('conditionProblems', () => {
  it('locates structural problems by JSON Pointer', () => {
    expect(
      conditionProblems({ type: 'AND', conditions: [{ scope: 42, schema: {} }, { type: 'NOT' }] }, '/guard'),
    ).toEqual([
      {
        pointer: '/guard/conditions/0/scope',
        key: 'workflow.lint.condition.scope-type',
        message: expect.stringContaining('« scope » doit être une chaîne'),
      },
      {
        pointer: '/guard/conditions/1/condition',
        key: 'workflow.lint.condition.not-object',
        message: 'une condition doit être un objet',
      },
    ]);
    expect(conditionProblems({ scope: '#/items/0', schema: {} }, '/g')[0].pointer).toBe('/g/scope');
    expect(conditionProblems({ scope: '#/properties/a', schema: { const: 1 } })).toEqual([]);
  });
});

// A schema of `const` alone skips the interpreter: each verdict below is JSON Schema's `const`
// (strict deep equality, keys by name, arrays by position), checked against the full interpreter
// by the same schema given one more keyword that restricts nothing.
describe('matchesSchema: const', () => {
  const cases: [unknown, unknown, boolean][] = [
    [true, true, true],
    [1, true, false],
    ['dipc', 'dipc', true],
    [1, 1.0, true],
    [NaN, NaN, false],
    [null, null, true],
    [null, 0, false],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: undefined }, { b: undefined }, false],
    [[1, 2], [2, 1], false],
    [[1], { 0: 1 }, false],
  ];
  it.each(cases)('%j against const %j: %s', (value, expected, verdict) => {
    expect(matchesSchema(value, { const: expected })).toBe(verdict);
    expect(matchesSchema(value, { const: expected, title: 'interpreted' })).toBe(verdict);
  });

  it('leaves a value JSON Schema cannot judge to the interpreter, which says so', () => {
    expect(() => matchesSchema(undefined, { const: 1 })).toThrow(/not supported/);
    expect(() => matchesSchema(() => 1, { const: 1 })).toThrow(/not supported/);
  });
});

// A schema of `type` alone (string, boolean, null) skips the interpreter too: each verdict is the
// JSON type of the value, checked against the interpreter given one more keyword, as above.
describe('matchesSchema: type', () => {
  const values: unknown[] = ['', 'x', 0, 1.5, true, false, null, {}, [], ['a'], { a: 'x' }];
  const verdicts: Record<string, (v: unknown) => boolean> = {
    string: (v) => v === '' || v === 'x',
    boolean: (v) => v === true || v === false,
    null: (v) => v === null,
  };
  for (const [type, expected] of Object.entries(verdicts))
    it.each(values)(`%j against type ${type}`, (value) => {
      expect(matchesSchema(value, { type })).toBe(expected(value));
      expect(matchesSchema(value, { type, title: 'interpreted' })).toBe(expected(value));
    });

  it('leaves a value JSON Schema cannot judge to the interpreter, which says so', () => {
    expect(() => matchesSchema(undefined, { type: 'string' })).toThrow(/not supported/);
  });
});

// Schemas of allOf, contains, const and enum alone (the agreement guards) skip the interpreter:
// every verdict is checked against the interpreter given one more keyword that restricts nothing.
describe('matchesSchema: allOf, contains, const, enum', () => {
  const signedBy = {
    allOf: [{ contains: { const: 'director' } }, { contains: { enum: ['person', 'legal-representative'] } }],
  };
  const schemas: Record<string, unknown>[] = [
    signedBy,
    { contains: { const: 'director' } },
    { enum: ['a', 1, null, { k: [1] }] },
    { allOf: [{ enum: ['a', 'b'] }, { const: 'b' }] },
    { contains: { allOf: [{ enum: [1, 2, 3] }, { enum: [3, 4] }] } },
  ];
  const values: unknown[] = [
    ['director', 'person'],
    ['director', 'legal-representative', 'person'],
    ['director'],
    ['person'],
    [],
    'director',
    'a',
    'b',
    1,
    null,
    { k: [1] },
    { k: [1, 2] },
    [3],
    [1, 4],
    [[3]],
  ];
  for (const [i, schema] of schemas.entries())
    it.each(values)(`schema ${i}: %j as the interpreter judges it`, (value) => {
      const expected = matchesSchema(value, { ...schema, title: 'interpreted' });
      expect(matchesSchema(value, schema)).toBe(expected);
    });

  it('judges the agreement guard by hand', () => {
    expect(matchesSchema(['director', 'person'], signedBy)).toBe(true);
    expect(matchesSchema(['director'], signedBy)).toBe(false);
    expect(matchesSchema('not a list', signedBy)).toBe(true); // `contains` applies to arrays only
  });

  it('leaves a value JSON Schema cannot judge to the interpreter, which says so', () => {
    expect(() => matchesSchema([undefined], signedBy)).toThrow(/not supported/);
  });
});
