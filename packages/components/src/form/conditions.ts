/**
 * Core's condition evaluator, behind a chunk boundary: it brings a JSON Schema interpreter
 * (@cfworker/json-schema, ~7 KB gz), so forms without rules never load it. The engine imports
 * this module dynamically when the first rule is bound.
 *
 * @example
 * const { evaluateCondition } = await import('./conditions.js');
 */
export { evaluateCondition } from '@duikit/core';
