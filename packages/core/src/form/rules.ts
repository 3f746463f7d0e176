/**
 * JSON Forms rules apart from any DOM: what a condition reads (absolute JSON Pointers, so a
 * change re-evaluates only the rules it concerns) and what an effect does with a verdict. The
 * element binds these to its nodes; the headless model (model.ts) to the controls it walks.
 *
 * @example
 * conditionDeps({ scope: '#/properties/a', schema: { const: 1 } }, '/items/0'); // ['/items/0/a']
 * ruleOutcome('HIDE', true); // { visible: false, enabled: true }
 */
import type { Condition, Rule } from '../conditions/types.js';
import { scopeToPointer } from '../json/pointer.js';

/**
 * The absolute data pointers a condition reads.
 *
 * @example
 * conditionDeps({ type: 'OR', conditions: [{ scope: '#/properties/a', schema: {} }] }, ''); // ['/a']
 */
export function conditionDeps(condition: Condition, base: string): string[] {
  switch (condition.type) {
    case 'AND':
    case 'OR':
      return condition.conditions.flatMap((c) => conditionDeps(c, base));
    case 'NOT':
      return conditionDeps(condition.condition, base);
    default:
      return [base + scopeToPointer(condition.scope)];
  }
}

/**
 * True when one pointer is the other, or inside it (a change there concerns what reads it).
 *
 * @example
 * related('/a', '/a/b'); // true
 */
export const related = (a: string, b: string): boolean =>
  (a + '/').startsWith(b + '/') || (b + '/').startsWith(a + '/');

/** Whether a rule's element is visible and enabled. */
export interface RuleOutcome {
  visible: boolean;
  enabled: boolean;
}

/**
 * What an effect does when its condition holds (or not).
 *
 * @example
 * ruleOutcome('ENABLE', false); // { visible: true, enabled: false }
 */
export function ruleOutcome(effect: Rule['effect'], holds: boolean): RuleOutcome {
  return {
    visible: effect === 'SHOW' ? holds : effect === 'HIDE' ? !holds : true,
    enabled: effect === 'ENABLE' ? holds : effect === 'DISABLE' ? !holds : true,
  };
}
