/**
 * Rules and core's condition evaluator, behind one chunk boundary: the evaluator brings a JSON
 * Schema interpreter (@cfworker/json-schema, ~7 KB gz) and the rules their dependency index, so
 * forms without rules or conditions never load either. The engine imports this module
 * dynamically with the first rule or condition (`FirstUse`, first-use.ts).
 *
 * @example
 * const { evaluateCondition, Feature } = await import('./conditions.js');
 */
export { evaluateCondition } from '@duikit/core/form/conditions';
export { RuleSet as Feature } from './rules.js';
