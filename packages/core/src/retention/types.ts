/**
 * Retention rules (configuration, `workflows/config/retention.json`): active base, intermediate
 * archive with restricted access, then deletion or anonymisation per data category (CNIL
 * référentiel 2023-095). A litigation hold suspends every step.
 */
import type { Category } from '../policy/types.js';

/** What ends the intermediate archive of a category. */
export type RetentionEnd = 'delete' | 'anonymise';

/** Rule for one category. */
export interface CategoryRetention {
  /** ISO 8601 duration in intermediate archive, counted from the end of support. */
  archiveFor: string;
  end: RetentionEnd;
  /** For `anonymise`: JSON Pointer patterns kept (statistics), everything else in the category goes. */
  keep?: string[];
  /** Legal basis or recommendation of the duration (for the record of processing). */
  basis?: string;
  /**
   * A retention counted from the person's dates (CSP R1112-7 for health data): the longest of the
   * periods, or `afterDeath.duration` after a death within `afterDeath.within` of the last stay.
   */
  retain?: {
    longestOf: { from: 'lastStay' | 'birth'; duration: string; source: string }[];
    afterDeath?: { within: string; duration: string; source: string };
  };
}

/** All retention rules. */
export interface RetentionRules {
  version: number;
  /** ISO 8601 duration the file stays in the active base after the end of support. */
  activeAfterClose: string;
  categories: Record<Category, CategoryRetention>;
}

/** One step, due or applied. */
export interface RetentionStep {
  fileId: string;
  step: 'archive' | 'delete' | 'anonymise';
  category?: Category;
  dueAt: string;
  /** The source of the period, for a retention counted from the person's dates. */
  source?: string;
  /** Set when the step is suspended by a litigation hold. */
  heldBy?: string;
}
