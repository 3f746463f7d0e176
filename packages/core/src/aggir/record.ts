/**
 * An AGGIR assessment record in the stored shape (`schemas/defs/aggir.schema.json`): every item
 * with its four adverbs and letter, each variable's letter, and the result with group, rank and
 * score, so an auditor can re-derive the GIR from what was stored.
 */
import type { Actor } from '../actor.js';
import type { AggirEvaluation } from './evaluate.js';
import { AGGIR_ITEMS } from './items.js';
import type { AggirCombinationRules } from './combination.js';
import type { AggirAssessmentInput } from '../backend/types.js';

type Obj = Record<string, unknown>;

/**
 * Builds the stored assessment.
 *
 * @example
 * const record = aggirRecord(input, evaluateAggir(input.answers), { personId: 'U-1', evaluator: actor, at: new Date() });
 */
export function aggirRecord(
  input: AggirAssessmentInput,
  ev: AggirEvaluation,
  o: { personId: string; evaluator: Actor; at: Date; status?: string; rules?: AggirCombinationRules },
): Obj {
  const discriminant: Record<string, Obj> = {};
  const illustrative: Record<string, Obj> = {};
  for (const item of AGGIR_ITEMS) {
    const answers = input.answers[item.id];
    const letter = ev.letters.items[item.id];
    if (!answers || !letter) continue;
    const rated = { ...answers, result: letter };
    if (item.kind === 'illustrative') illustrative[item.variable] = rated;
    else if (item.sub) {
      const v = (discriminant[item.variable] ??= {});
      v[item.sub] = rated;
      const combined = ev.letters.variables[item.variable as keyof typeof ev.letters.variables];
      if (combined) v.result = combined;
    } else discriminant[item.variable] = rated;
  }
  const r = ev.result!;
  return {
    id: `EVAL-${o.at.getTime().toString(36)}`,
    personId: o.personId,
    type: 'aggir',
    // The assessment workflow sets the status from here on (completed, validated).
    status: o.status ?? 'inProgress',
    // The schema wants an instant; a date-only input is taken at noon UTC (the same day in Paris).
    date: /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? `${input.date}T12:00:00Z` : input.date,
    evaluator: {
      id: o.evaluator.professionalId,
      kind: 'professional',
      role: o.evaluator.role,
      ...(o.evaluator.name ? { name: o.evaluator.name } : {}),
    },
    aggir: {
      discriminant,
      illustrative,
      result: { gir: r.gir, group: r.group, rank: r.rank, score: r.score },
      ...(o.rules ? { combinationRules: o.rules } : {}),
      ...(input.comment ? { context: { comment: input.comment } } : {}),
    },
  };
}
