/**
 * The condition evaluator the form model judges rules and `if`s with (CSP-safe: it interprets
 * schemas), as a module of its own so a page loads it with its first rule, not with the form.
 *
 * @example
 * const { evaluateCondition } = await import('@duikit/core/form/conditions');
 */
export { evaluateCondition, evaluateRule, matchesSchema } from '../conditions/evaluate.js';
export type { Condition, Rule } from '../conditions/types.js';
