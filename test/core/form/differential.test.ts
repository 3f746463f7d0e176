// One JSON Schema semantics: ajv is the reference, and the CSP-safe interpreter (used where a
// policy forbids compiling, and by rule conditions) must give the same verdicts. Every schema of
// the JSON Forms compatibility corpus is checked with each data set of the case, the schema's
// defaults, an empty object, and one wrong value per property; every rule condition of its UI
// schema is judged both ways too.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCondition, type Condition } from '@duikit/core';
import { schemaDefaults, type JsonSchema, type UiSchema } from '@duikit/core/form';
import { interpretSchema } from '@duikit/core/form/interpret';
import { compileSchema, loadAjv } from '../../../packages/core/src/validation/compile.js';
import { getAtPointer, scopeToSegments } from '@duikit/core/base';
import { combinatorCases } from '../../components/form/corpus/combinators.js';
import { controlCases } from '../../components/form/corpus/controls.js';
import { layoutCases } from '../../components/form/corpus/layouts.js';
import { ruleCases } from '../../components/form/corpus/rules.js';
import { scopeCases } from '../../components/form/corpus/scopes.js';

const cases = [...layoutCases, ...ruleCases, ...scopeCases, ...controlCases, ...combinatorCases];
// ajv, as the server and the page's compiler set it up (the reference).
const ajv = (schema: object) => compileSchema(schema);

/** A wrong value of another type for each property, one at a time. */
function mutations(schema: JsonSchema, data: unknown): unknown[] {
  const base = data && typeof data === 'object' && !Array.isArray(data) ? data : {};
  return Object.keys(schema.properties ?? {}).flatMap((name) => [
    { ...base, [name]: 12345 },
    { ...base, [name]: 'x' },
    { ...base, [name]: [true] },
  ]);
}

/**
 * The errors as a comparable set: where and which keyword. The summaries of a choice (`oneOf`,
 * `anyOf`, `if`) are left aside: each engine words them its own way, the branches' errors say why.
 */
const shape = (errors: readonly { instancePath: string; keyword: string }[] | null) =>
  [
    ...new Set(
      (errors ?? [])
        .filter((e) => !/^(if|oneOf|anyOf)$/.test(e.keyword))
        .map((e) => `${e.instancePath} ${e.keyword}`),
    ),
  ].sort();

function conditions(ui: UiSchema | undefined): Condition[] {
  if (!ui) return [];
  const own = ui.rule ? [ui.rule.condition] : [];
  const children = 'elements' in ui ? (ui.elements as UiSchema[]).flatMap(conditions) : [];
  const detail = ui.options?.detail;
  return [
    ...own,
    ...children,
    ...(detail && typeof detail === 'object' && 'type' in detail ? conditions(detail as UiSchema) : []),
  ];
}

/** ajv's verdict on a condition, as JSON Forms computes it. */
function ajvHolds(c: Condition, data: unknown): boolean {
  if (c.type === 'AND') return c.conditions.every((x) => ajvHolds(x, data));
  if (c.type === 'OR') return c.conditions.some((x) => ajvHolds(x, data));
  if (c.type === 'NOT') return !ajvHolds(c.condition, data);
  const value = getAtPointer(data, scopeToSegments(c.scope));
  if ('expectedValue' in c) return JSON.stringify(value) === JSON.stringify(c.expectedValue);
  if (value === undefined && c.failWhenUndefined) return false;
  return typeof c.schema === 'boolean' ? c.schema : ajv(c.schema)(value) === null;
}

describe('the interpreter and ajv agree on the compatibility corpus', () => {
  beforeAll(async () => {
    await loadAjv();
    // The reference really is ajv: a compiled validator carries generated code.
    expect(String(compileSchema({ type: 'string', minLength: 2 }))).not.toContain('interpret');
  });
  let compared = 0;
  for (const c of cases) {
    it(c.id, () => {
      const validate = ajv(c.schema);
      const interpret = interpretSchema(c.schema);
      const samples = [c.data, {}, schemaDefaults(c.schema), ...mutations(c.schema, c.data)].filter(
        (d) => d !== undefined,
      );
      for (const data of samples) {
        const reference = validate(data);
        const errors = interpret(data);
        expect(errors === null, `${c.id} ${JSON.stringify(data)}`).toBe(reference === null);
        if (reference) expect(shape(errors), JSON.stringify(data)).toEqual(shape(reference));
        for (const cond of conditions(c.uischema)) {
          expect(evaluateCondition(cond, data), `${c.id} condition on ${JSON.stringify(data)}`).toBe(
            ajvHolds(cond, data),
          );
        }
        compared++;
      }
    });
  }
  it('compared every case with several data sets', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(compared).toBeGreaterThan(cases.length * 3);
  });
});
