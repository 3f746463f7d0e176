export type * from './types.js';
export { evaluateCondition, evaluateRule, matchesSchema } from './evaluate.js';
export { conditionProblems } from './lint.js';
