/**
 * AGGIR: the national autonomy grid and the GIR algorithm of CASF annex 2-2.
 *
 * @example
 * import { computeGir, evaluateAggir, DEFAULT_AGGIR_COMBINATION } from '@duikit/core';
 */
export * from './types.js';
export { computeGir, AGGIR_GROUP_TABLES } from './gir.js';
export { AGGIR_ITEMS, letterFromAdverbs, subVariablesOf, type AggirItem } from './items.js';
export {
  DEFAULT_AGGIR_COMBINATION,
  combineSubVariables,
  combinationRulesProblem,
  type AggirCombinationRules,
  type CombinationRule,
} from './combination.js';
export { evaluateAggir, type AggirEvaluation } from './evaluate.js';
export { aggirRecord } from './record.js';
export { submitAggir, type AggirSubmitted } from './submit.js';
