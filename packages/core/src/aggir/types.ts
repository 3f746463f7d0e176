/**
 * Types of the AGGIR grid (CASF annex 2-1 and 2-2). Variable names keep their official French
 * names, as codes do (`coherence`, `toilette`…); `docs/glossary.md` maps them to English.
 */

/** A variable's or item's rating: A = does alone, totally, habitually, correctly; C = does not. */
export type AggirLetter = 'A' | 'B' | 'C';

/**
 * The 10 discriminant variables, in the column order of the CASF annex 2-2 tables.
 *
 * @example
 * DISCRIMINANT_VARIABLES[0]; // 'coherence'
 */
export const DISCRIMINANT_VARIABLES = [
  'coherence',
  'orientation',
  'toilette',
  'habillage',
  'alimentation',
  'elimination',
  'transferts',
  'deplacementInterieur',
  'deplacementExterieur',
  'alerter',
] as const;

/** One discriminant variable. */
export type AggirVariable = (typeof DISCRIMINANT_VARIABLES)[number];

/** The input of `computeGir`: one letter per discriminant variable. */
export type AggirVariables = Record<AggirVariable, AggirLetter>;

/**
 * The 7 illustrative variables (domestic and social autonomy); they never change the GIR.
 *
 * @example
 * ILLUSTRATIVE_VARIABLES.includes('cuisine'); // true
 */
export const ILLUSTRATIVE_VARIABLES = [
  'gestion',
  'cuisine',
  'menage',
  'transports',
  'achats',
  'suiviTraitement',
  'activitesTempsLibre',
] as const;

/** One illustrative variable. */
export type AggirIllustrativeVariable = (typeof ILLUSTRATIVE_VARIABLES)[number];

/** The groups of the algorithm, tested in order A → H. */
export type AggirGroup = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

/** GIR 1 (most dependent) to 6 (autonomous). */
export type Gir = 1 | 2 | 3 | 4 | 5 | 6;

/** The result of `computeGir`. */
export interface GirResult {
  gir: Gir;
  /** Rank 1–13 given by the deciding group's thresholds. */
  rank: number;
  /** The group whose threshold decided the rank. */
  group: AggirGroup;
  /** That group's sum of coefficients. */
  score: number;
}

/**
 * The four adverbs of the 2008 filling guide, each answered yes (`true`) or no (`false`).
 *
 * @example
 * AGGIR_ADVERBS.length; // 4
 */
export const AGGIR_ADVERBS = ['spontanement', 'totalement', 'habituellement', 'correctement'] as const;

/** One adverb. */
export type AggirAdverb = (typeof AGGIR_ADVERBS)[number];

/** Answers for one item; an unanswered adverb is absent. */
export type AggirAdverbAnswers = Partial<Record<AggirAdverb, boolean>>;

/** Answers per item id (`toilette.haut`, `transferts`, `cuisine`…). */
export type AggirItemAnswers = Record<string, AggirAdverbAnswers>;

/** The letters derived from the answers: per item, per discriminant and illustrative variable. */
export interface AggirLetters {
  items: Record<string, AggirLetter>;
  variables: Partial<AggirVariables>;
  illustrative: Partial<Record<AggirIllustrativeVariable, AggirLetter>>;
}
