/**
 * The items of the AGGIR grid as a professional rates them, and the adverbs → letter rule of the
 * 2008 filling guide (décret du 21 août 2008).
 */
import {
  AGGIR_ADVERBS,
  type AggirAdverbAnswers,
  type AggirIllustrativeVariable,
  type AggirLetter,
  type AggirVariable,
} from './types.js';

/** One rated row of the grid: a sub-variable, or a variable that has none. */
export interface AggirItem {
  /** `variable` or `variable.sub`, e.g. `toilette.haut`, `transferts`, `cuisine`. */
  id: string;
  variable: AggirVariable | AggirIllustrativeVariable;
  /** Sub-variable name, absent for a variable rated as a whole. */
  sub?: string;
  kind: 'discriminant' | 'illustrative';
}

const SUBS: Partial<Record<AggirVariable, readonly string[]>> = {
  coherence: ['communication', 'comportement'],
  orientation: ['temps', 'espace'],
  toilette: ['haut', 'bas'],
  habillage: ['haut', 'moyen', 'bas'],
  alimentation: ['seServir', 'manger'],
  elimination: ['urinaire', 'fecale'],
};

const WHOLE: readonly AggirVariable[] = [
  'transferts',
  'deplacementInterieur',
  'deplacementExterieur',
  'alerter',
];

const ILLUSTRATIVE: readonly AggirIllustrativeVariable[] = [
  'gestion',
  'cuisine',
  'menage',
  'transports',
  'achats',
  'suiviTraitement',
  'activitesTempsLibre',
];

/**
 * The 17 discriminant items (the 10 variables once cohérence, orientation, toilette, habillage,
 * alimentation and élimination are split) followed by the 7 illustrative variables.
 *
 * @example
 * AGGIR_ITEMS.filter((i) => i.kind === 'discriminant').length; // 17
 */
export const AGGIR_ITEMS: readonly AggirItem[] = [
  ...(Object.entries(SUBS) as [AggirVariable, readonly string[]][]).flatMap(([variable, subs]) =>
    subs.map((sub): AggirItem => ({ id: `${variable}.${sub}`, variable, sub, kind: 'discriminant' })),
  ),
  ...WHOLE.map((variable): AggirItem => ({ id: variable, variable, kind: 'discriminant' })),
  ...ILLUSTRATIVE.map((variable): AggirItem => ({ id: variable, variable, kind: 'illustrative' })),
];

/**
 * The sub-variables of a discriminant variable, in the order the combination rules read them
 * (empty for a variable rated as a whole).
 *
 * @example
 * subVariablesOf('habillage'); // ['haut', 'moyen', 'bas']
 */
export function subVariablesOf(variable: AggirVariable): readonly string[] {
  return SUBS[variable] ?? [];
}

/**
 * The letter of an item from its four adverbs (spontanément, totalement, habituellement,
 * correctement): all yes → A, all no → C, one to three no → B. `undefined` until all four are
 * answered, so a half-rated item never counts.
 *
 * @example
 * letterFromAdverbs({ spontanement: true, totalement: true, habituellement: false, correctement: true }); // 'B'
 */
export function letterFromAdverbs(answers: AggirAdverbAnswers | undefined): AggirLetter | undefined {
  if (!answers) return undefined;
  let no = 0;
  for (const adverb of AGGIR_ADVERBS) {
    const value = answers[adverb];
    if (value === undefined) return undefined;
    if (!value) no++;
  }
  if (no === 0) return 'A';
  return no === AGGIR_ADVERBS.length ? 'C' : 'B';
}
