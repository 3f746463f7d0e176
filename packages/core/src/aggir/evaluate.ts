/**
 * From the raw answers of a grid to the GIR: adverbs → item letters → variable letters → GIR.
 * This is what `<dui-aggir-grid>` runs live and what the engine re-runs before saving.
 */
import { DEFAULT_AGGIR_COMBINATION, combineSubVariables, type AggirCombinationRules } from './combination.js';
import { computeGir } from './gir.js';
import { AGGIR_ITEMS, letterFromAdverbs, subVariablesOf } from './items.js';
import {
  DISCRIMINANT_VARIABLES,
  type AggirItemAnswers,
  type AggirLetter,
  type AggirLetters,
  type AggirVariables,
  type GirResult,
} from './types.js';

/** The outcome of {@link evaluateAggir}. */
export interface AggirEvaluation {
  letters: AggirLetters;
  /** Discriminant item ids not fully rated yet (the GIR waits for them). */
  missing: string[];
  /** The GIR, once every discriminant item is rated. */
  result?: GirResult;
}

/**
 * Evaluates a grid's answers. Letters appear as soon as an item (or all of a variable's
 * sub-variables) is rated; the result appears once all 17 discriminant items are.
 *
 * @example
 * const { letters, missing, result } = evaluateAggir(answers);
 * if (result) console.log(`GIR ${result.gir} (groupe ${result.group}, ${result.score}, rang ${result.rank})`);
 */
export function evaluateAggir(
  answers: AggirItemAnswers,
  rules: AggirCombinationRules = DEFAULT_AGGIR_COMBINATION,
): AggirEvaluation {
  const letters: AggirLetters = { items: {}, variables: {}, illustrative: {} };
  const missing: string[] = [];
  for (const item of AGGIR_ITEMS) {
    const letter = letterFromAdverbs(answers[item.id]);
    if (letter) letters.items[item.id] = letter;
    else if (item.kind === 'discriminant') missing.push(item.id);
    if (letter && item.kind === 'illustrative') {
      letters.illustrative[item.variable as keyof AggirLetters['illustrative']] = letter;
    }
  }
  for (const variable of DISCRIMINANT_VARIABLES) {
    const subs = subVariablesOf(variable);
    if (subs.length === 0) {
      const letter = letters.items[variable];
      if (letter) letters.variables[variable] = letter;
      continue;
    }
    const subLetters = subs.map((s) => letters.items[`${variable}.${s}`]);
    if (subLetters.every((l): l is AggirLetter => l !== undefined)) {
      letters.variables[variable] = combineSubVariables(
        variable as keyof AggirCombinationRules,
        subLetters,
        rules,
      );
    }
  }
  const complete = DISCRIMINANT_VARIABLES.every((v) => letters.variables[v] !== undefined);
  return {
    letters,
    missing,
    result: complete ? computeGir(letters.variables as AggirVariables) : undefined,
  };
}
