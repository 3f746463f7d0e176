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
