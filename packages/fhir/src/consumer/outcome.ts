/**
 * Validation issues as a FHIR OperationOutcome, and back: one vocabulary for the simulator's
 * answer and the client's report.
 */
import type { ValidationIssue } from '../validate/types.js';

/** An OperationOutcome issue as the TDDUI consumer returns it. */
export interface OutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  code: string;
  diagnostics?: string;
  details?: { text?: string };
  expression?: string[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: OutcomeIssue[];
}

const CODE = { r4: 'structure', tddui: 'invariant', 'fr-core': 'invariant', bundle: 'invalid' } as const;

/**
 * The OperationOutcome of validation issues, messages in `locale`.
 *
 * @example
 * toOperationOutcome(report.issues, 'fr').issue[0].expression; // ['Bundle.entry[0].resource.identifier[0]']
 */
export function toOperationOutcome(issues: ValidationIssue[], locale: 'fr' | 'en' = 'fr'): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((i) => ({
      severity: i.severity,
      code: CODE[i.layer],
      diagnostics: i.message[locale],
      details: { text: i.source ? `${i.rule} — ${i.source}` : i.rule },
      expression: [i.expression],
    })),
  };
}
