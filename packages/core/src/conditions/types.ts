/**
 * The one condition language of DUI Kit, shared by form rules and workflow guards: the JSON Forms
 * rule condition shape (a scope plus a JSON Schema, or a leaf value, combined with AND/OR), plus
 * NOT. Configurators learn it once.
 */

/** A JSON Schema object (2020-12), or a boolean schema. */
export type JsonSchema = boolean | { [keyword: string]: unknown };

/**
 * True when the value at `scope` is valid against `schema`.
 *
 * @example
 * const c: SchemaCondition = { scope: '#/properties/hasTrustedPerson', schema: { const: true } };
 */
export interface SchemaCondition {
  type?: 'SCHEMA';
  /** `#/properties/a/properties/b` (JSON Forms) or a JSON Pointer `/a/b`; `#` is the whole data. */
  scope: string;
  schema: JsonSchema;
  /** When the value is missing: false if set (JSON Forms semantics), else the schema decides. */
  failWhenUndefined?: boolean;
}

/**
 * True when the value at `scope` deep-equals `expectedValue` (JSON Forms legacy leaf).
 *
 * @example
 * const c: LeafCondition = { type: 'LEAF', scope: '#/properties/kind', expectedValue: 'EHPAD' };
 */
export interface LeafCondition {
  type: 'LEAF';
  scope: string;
  expectedValue: unknown;
}

/** True when every condition is. */
export interface AndCondition {
  type: 'AND';
  conditions: Condition[];
}

/** True when at least one condition is. */
export interface OrCondition {
  type: 'OR';
  conditions: Condition[];
}

/** True when the condition is not. */
export interface NotCondition {
  type: 'NOT';
  condition: Condition;
}

/** Any condition. */
export type Condition = SchemaCondition | LeafCondition | AndCondition | OrCondition | NotCondition;

/** A JSON Forms rule: an effect applied while its condition holds. */
export interface Rule {
  effect: 'SHOW' | 'HIDE' | 'ENABLE' | 'DISABLE';
  condition: Condition;
}

/**
 * A structural problem in a condition, located by JSON Pointer inside the definition. `message`
 * is in French; `key` and `params` let `localizeProblem` render it in another locale.
 */
export interface ConditionProblem {
  pointer: string;
  message: string;
  key: string;
  params?: Record<string, string>;
}
