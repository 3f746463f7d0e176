import { deepCompareStrict, Validator } from '@cfworker/json-schema';
import { remember } from '../json/memo.js';
import { getAtPointer, scopeToSegments } from '../json/pointer.js';
import type { Condition, JsonSchema, LeafCondition, Rule, SchemaCondition } from './types.js';

// Conditions are evaluated by an interpreting validator (no code generation), so they run under
// a strict Content-Security-Policy without `unsafe-eval`. Validators are cached per schema object.
const validators = new WeakMap<object, (value: unknown) => boolean>();

function schemaValidator(schema: Exclude<JsonSchema, boolean>): (value: unknown) => boolean {
  let v = validators.get(schema);
  if (!v)
    validators.set(
      schema,
      (v = constTest(schema) ?? typeTest(schema) ?? membershipTest(schema) ?? interpreter(schema)),
    );
  return v;
}

// `{ type: 'string' }` (or boolean, null) alone, the guard that a payload field was given: for a
// JSON value, its JSON Schema type is the one `typeof` tells. Anything else (undefined, a
// function…) still goes to the interpreter, for its error.
const TYPEOF = new Map<unknown, (value: unknown) => boolean>([
  ['string', (value) => typeof value === 'string'],
  ['boolean', (value) => typeof value === 'boolean'],
  ['null', (value) => value === null],
]);
const JSON_TYPES = new Set(['string', 'number', 'boolean', 'object']);

function typeTest(schema: Exclude<JsonSchema, boolean>) {
  const keys = Object.keys(schema);
  const test = keys.length === 1 && keys[0] === 'type' ? TYPEOF.get(schema.type) : undefined;
  if (!test) return undefined;
  const slow = interpreter(schema);
  return (value: unknown) => (JSON_TYPES.has(typeof value) ? test(value) : slow(value));
}

// Schemas made only of `allOf`, `contains`, `const` and `enum` (the agreement guards: "signed by
// the director and by the person or a representative") are judged by those four keywords'
// definitions, with the interpreter's own strict equality; a value that is not plain JSON still
// goes to the interpreter, for its error.
const MEMBERSHIP = new Set(['allOf', 'contains', 'const', 'enum']);

function isMembership(s: unknown): s is Record<string, unknown> {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return false;
  const o = s as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 0 || !keys.every((k) => MEMBERSHIP.has(k))) return false;
  if ('const' in o && o.const === undefined) return false;
  if ('enum' in o && !Array.isArray(o.enum)) return false;
  if ('contains' in o && !isMembership(o.contains)) return false;
  return !('allOf' in o) || (Array.isArray(o.allOf) && o.allOf.length > 0 && o.allOf.every(isMembership));
}

function membershipMatch(s: Record<string, unknown>, v: unknown): boolean {
  if ('const' in s && !deepCompareStrict(v, s.const)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => deepCompareStrict(v, e))) return false;
  const contains = s.contains as Record<string, unknown> | undefined;
  if (contains && Array.isArray(v) && !v.some((x) => membershipMatch(contains, x))) return false;
  return !Array.isArray(s.allOf) || s.allOf.every((p) => membershipMatch(p as Record<string, unknown>, v));
}

function isPlainJson(v: unknown): boolean {
  if (v === null) return true;
  const t = typeof v;
  if (t === 'string' || t === 'boolean') return true;
  if (t === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isPlainJson);
  if (t !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v as object).every(isPlainJson);
}

function membershipTest(schema: Exclude<JsonSchema, boolean>) {
  if (!isMembership(schema)) return undefined;
  const slow = interpreter(schema);
  return (value: unknown) => (isPlainJson(value) ? membershipMatch(schema, value) : slow(value));
}

function interpreter(schema: Exclude<JsonSchema, boolean>) {
  const validator = new Validator(schema, '2020-12', true);
  return (value: unknown) => validator.validate(value).valid;
}

// `{ const: x }` alone, the schema of most guards and rules, is the interpreter's own strict
// equality without its output units and error list (they were most of the cost of a guard). A
// value it does not take (undefined, a function…) still goes to it, for its error.
function constTest(schema: Exclude<JsonSchema, boolean>) {
  const keys = Object.keys(schema);
  if (keys.length !== 1 || keys[0] !== 'const' || schema.const === undefined) return undefined;
  const expected = schema.const;
  const slow = interpreter(schema);
  return (value: unknown) => {
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') return value === expected;
    return type === 'object' ? deepCompareStrict(value, expected) : slow(value);
  };
}

/**
 * Tests a value against a JSON Schema without generating code (CSP-safe).
 *
 * @example
 * matchesSchema(3, { minimum: 2 }); // true
 */
export function matchesSchema(value: unknown, schema: JsonSchema): boolean {
  if (schema === true || schema === undefined || schema === null) return true;
  if (schema === false) return false;
  return schemaValidator(schema)(value);
}

// A missing value is judged as ajv judges `undefined` (what JSON Forms does): it equals no
// `const`/`enum`, has no `type`, and type-specific keywords do not apply to it.
function missingMatches(schema: JsonSchema): boolean {
  if (typeof schema === 'boolean') return schema;
  if ('const' in schema || 'enum' in schema || 'type' in schema) return false;
  if ('not' in schema && missingMatches(schema.not as JsonSchema)) return false;
  const list = (k: string) => (Array.isArray(schema[k]) ? (schema[k] as JsonSchema[]) : undefined);
  if (list('allOf') && !list('allOf')!.every(missingMatches)) return false;
  if (list('anyOf') && !list('anyOf')!.some(missingMatches)) return false;
  if (list('oneOf') && list('oneOf')!.filter(missingMatches).length !== 1) return false;
  return true;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

// A definition's conditions name the same scopes on every event: converted once.
const scopes = new Map<string, readonly string[]>();
const segmentsAt = (scope: string) => remember(scopes, scope, () => Object.freeze(scopeToSegments(scope)));

function evaluateSchema(c: SchemaCondition, data: unknown): boolean {
  const value = getAtPointer(data, segmentsAt(c.scope));
  if (value === undefined) return c.failWhenUndefined ? false : missingMatches(c.schema);
  return matchesSchema(value, c.schema);
}

/**
 * Evaluates a condition against data (the form data, an array item, or a workflow guard's
 * `{ context, event, userFile }`). Throws only for a malformed condition (a programmer error);
 * lint definitions with {@link conditionProblems} first.
 *
 * @example
 * evaluateCondition({ scope: '#/properties/age', schema: { minimum: 60 } }, { age: 72 }); // true
 * evaluateCondition({ type: 'NOT', condition: { type: 'LEAF', scope: '/a', expectedValue: 1 } }, { a: 2 }); // true
 */
export function evaluateCondition(condition: Condition, data: unknown): boolean {
  switch (condition.type) {
    case 'AND':
      return condition.conditions.every((c) => evaluateCondition(c, data));
    case 'OR':
      return condition.conditions.some((c) => evaluateCondition(c, data));
    case 'NOT':
      return !evaluateCondition(condition.condition, data);
    case 'LEAF':
      return deepEqual(getAtPointer(data, segmentsAt(condition.scope)), condition.expectedValue);
    case undefined:
    case 'SCHEMA':
      // JSON Forms reads a condition by its shape: `expectedValue` without a type is a leaf, and
      // one with neither a schema nor an expected value holds (it restricts nothing).
      if (!('schema' in condition) && 'expectedValue' in condition)
        return evaluateCondition({ ...(condition as object), type: 'LEAF' } as LeafCondition, data);
      if (!('schema' in condition)) return true;
      return evaluateSchema(condition, data);
    default:
      throw new Error(
        `Unknown condition type "${String((condition as { type: unknown }).type)}": ` +
          'use a schema condition ({ scope, schema }) or LEAF, AND, OR, NOT.',
      );
  }
}

/**
 * Applies a JSON Forms rule: whether the element is visible and enabled.
 *
 * @example
 * evaluateRule({ effect: 'HIDE', condition }, data); // { visible: false, enabled: true } when it holds
 */
export function evaluateRule(rule: Rule | undefined, data: unknown): { visible: boolean; enabled: boolean } {
  if (!rule) return { visible: true, enabled: true };
  const holds = evaluateCondition(rule.condition, data);
  switch (rule.effect) {
    case 'SHOW':
      return { visible: holds, enabled: true };
    case 'HIDE':
      return { visible: !holds, enabled: true };
    case 'ENABLE':
      return { visible: true, enabled: holds };
    case 'DISABLE':
      return { visible: true, enabled: !holds };
    default:
      throw new Error(`Unknown rule effect "${String(rule.effect)}": use SHOW, HIDE, ENABLE or DISABLE.`);
  }
}
