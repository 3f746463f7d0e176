/**
 * Events of `<dui-aggir-grid>`: every rating change (with the live evaluation) and a save.
 *
 * @example
 * grid.addEventListener('dui-aggir-change', (e) => console.log(e.detail.evaluation.result?.gir));
 */
import type { AggirEvaluation, AggirItemAnswers, AssessmentSummary } from '@duikit/core';

/** Detail of `dui-aggir-change`: a copy of the answers and their evaluation. */
export interface DuiAggirChangeDetail {
  answers: AggirItemAnswers;
  evaluation: AggirEvaluation;
}

/** Detail of `dui-aggir-saved`: the assessment the backend stored. */
export interface DuiAggirSavedDetail {
  assessment: AssessmentSummary;
}

/** `dui-aggir-change` event type. */
export type DuiAggirChangeEvent = CustomEvent<DuiAggirChangeDetail>;
/** `dui-aggir-saved` event type. */
export type DuiAggirSavedEvent = CustomEvent<DuiAggirSavedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dui-aggir-change': DuiAggirChangeEvent;
    'dui-aggir-saved': DuiAggirSavedEvent;
  }
}
