/**
 * Sub-variable → variable combination rules. No official text could be checked for them
 * (domain.md §4.3 marks them [K]), so they are data: a host replaces them without code.
 *
 * A rule set lists patterns over the sub-variables' letters, in the order of `subVariablesOf`.
 * Each pattern has one character per sub-variable: `A`, `B`, `C` or `*` (any). The first rule
 * with a matching pattern gives the letter; otherwise `otherwise`.
 */
import { subVariablesOf } from './items.js';
import type { AggirLetter } from './types.js';

/** How one composite variable's letter follows from its sub-variables. */
export interface CombinationRule {
  rules: { patterns: string[]; letter: AggirLetter }[];
  otherwise: AggirLetter;
}

/** Rules for the six composite variables. */
export type AggirCombinationRules = Record<
  'coherence' | 'orientation' | 'toilette' | 'habillage' | 'alimentation' | 'elimination',
  CombinationRule
>;

const ANY_C_IS_C: CombinationRule = {
  rules: [
    { patterns: ['AA'], letter: 'A' },
    { patterns: ['C*', '*C'], letter: 'C' },
  ],
  otherwise: 'B',
};

/**
 * The documented default, as the 2008 filling guide is commonly transcribed (and as the public
 * Care_link implementation encodes it): cohérence, orientation, élimination: AA → A, any C → C,
 * else B; toilette: AA → A, CC → C, else B; habillage: AAA → A, CCC → C, else B; alimentation:
 * AA → A, CC/BC/CB → C, else B (so AC and CA give B — the known ambiguity of §4.3: verify against
 * the official guide and override if your reading differs).
 *
 * @example
 * const rules = { ...DEFAULT_AGGIR_COMBINATION, alimentation: { rules: [{ patterns: ['AA'], letter: 'A' }, { patterns: ['C*', '*C'], letter: 'C' }], otherwise: 'B' } };
 */
export const DEFAULT_AGGIR_COMBINATION: AggirCombinationRules = {
  coherence: ANY_C_IS_C,
  orientation: ANY_C_IS_C,
  elimination: ANY_C_IS_C,
  toilette: {
    rules: [
      { patterns: ['AA'], letter: 'A' },
      { patterns: ['CC'], letter: 'C' },
    ],
    otherwise: 'B',
  },
  habillage: {
    rules: [
      { patterns: ['AAA'], letter: 'A' },
      { patterns: ['CCC'], letter: 'C' },
    ],
    otherwise: 'B',
  },
  alimentation: {
    rules: [
      { patterns: ['AA'], letter: 'A' },
      { patterns: ['CC', 'BC', 'CB'], letter: 'C' },
    ],
    otherwise: 'B',
  },
};

function matches(pattern: string, letters: string): boolean {
  if (pattern.length !== letters.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== '*' && pattern[i] !== letters[i]) return false;
  return true;
}

/**
 * Combines a composite variable's sub-variable letters into its letter.
 *
 * @param letters One letter per sub-variable, in `subVariablesOf(variable)` order.
 * @throws TypeError when the count of letters or a pattern's length does not fit the variable.
 * @example
 * combineSubVariables('toilette', ['A', 'C']); // 'B'
 */
export function combineSubVariables(
  variable: keyof AggirCombinationRules,
  letters: readonly AggirLetter[],
  rules: AggirCombinationRules = DEFAULT_AGGIR_COMBINATION,
): AggirLetter {
  const subs = subVariablesOf(variable);
  if (letters.length !== subs.length) {
    throw new TypeError(
      `combineSubVariables: "${variable}" has ${subs.length} sub-variables (${subs.join(', ')}), got ${letters.length} letters.`,
    );
  }
  const rule = rules[variable];
  if (!rule) throw new TypeError(`combineSubVariables: no combination rule for "${variable}".`);
  const word = letters.join('');
  for (const r of rule.rules) {
    for (const p of r.patterns) {
      if (p.length !== subs.length) {
        throw new TypeError(
          `combineSubVariables: pattern "${p}" of "${variable}" must have ${subs.length} characters (${subs.join(', ')}).`,
        );
      }
      if (matches(p, word)) return r.letter;
    }
  }
  return rule.otherwise;
}

/**
 * The first problem of a host's combination rules, as a JSON Pointer and a reason; `undefined`
 * when every composite variable has well-formed rules. Rules are data: a host configures them on
 * `<dui-aggir-grid>` and the engine accepts them on save once they pass this check.
 *
 * @example
 * combinationRulesProblem({ ...DEFAULT_AGGIR_COMBINATION, toilette: { rules: [{ patterns: ['A'], letter: 'A' }], otherwise: 'B' } });
 * // { path: '/toilette/rules/0/patterns/0', reason: 'pattern "A" must have 2 characters (haut, bas)' }
 */
export function combinationRulesProblem(rules: unknown): { path: string; reason: string } | undefined {
  const letters = ['A', 'B', 'C'];
  if (!rules || typeof rules !== 'object') return { path: '', reason: 'rules must be an object' };
  for (const variable of Object.keys(DEFAULT_AGGIR_COMBINATION) as (keyof AggirCombinationRules)[]) {
    const rule = (rules as Record<string, CombinationRule | undefined>)[variable];
    const subs = subVariablesOf(variable);
    if (!rule || !Array.isArray(rule.rules)) return { path: `/${variable}`, reason: 'missing rules' };
    if (!letters.includes(rule.otherwise)) return { path: `/${variable}/otherwise`, reason: 'A, B or C' };
    for (const [i, r] of rule.rules.entries()) {
      if (!letters.includes(r?.letter))
        return { path: `/${variable}/rules/${i}/letter`, reason: 'A, B or C' };
      if (!Array.isArray(r.patterns) || r.patterns.length === 0)
        return { path: `/${variable}/rules/${i}/patterns`, reason: 'at least one pattern' };
      for (const [j, p] of r.patterns.entries()) {
        if (typeof p !== 'string' || !new RegExp(`^[ABC*]{${subs.length}}$`).test(p))
          return {
            path: `/${variable}/rules/${i}/patterns/${j}`,
            reason: `pattern "${String(p)}" must have ${subs.length} characters (${subs.join(', ')})`,
          };
      }
    }
  }
  return undefined;
}
