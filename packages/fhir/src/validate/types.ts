/** The shapes the validator returns. */
import type { Localized } from './rules.js';

/** Which check found the problem. */
export type ValidationLayer = 'r4' | 'tddui' | 'fr-core' | 'bundle';

/** One problem, located by a FHIRPath with indices (`Bundle.entry[2].resource.identifier[0].system`). */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  layer: ValidationLayer;
  expression: string;
  message: Localized;
  /** The profile id whose rule failed (`tddui-patient-ins`). */
  profile?: string;
  /** The FSH rule, or the R4 base, the check comes from. */
  rule: string;
  /** Where the rule is written: `repo path@commit`. */
  source?: string;
}

/** What {@link validateTddui} found. */
export interface ValidationReport {
  valid: boolean;
  errors: number;
  warnings: number;
  issues: ValidationIssue[];
}
