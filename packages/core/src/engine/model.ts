/**
 * The user file as the engine keeps and returns it: content, engine-kept metadata (care team,
 * representatives, objections, restrictions, lifecycle) and the views handed to callers.
 */
import type { Category } from '../policy/types.js';
import type { CareTeamMember, LifecyclePhase } from '../generated/types.js';

// The shapes that cross the HTTP contract are declared once, in schemas/api/records.schema.json.
export type {
  CareTeamMember,
  LifecyclePhase,
  RestrictionMarker,
  TimelineItem,
  UserFileExport,
  UserFilePart,
  UserFileSummary,
  UserFileView,
} from '../generated/types.js';

/** The content of a user file (shape defined by `schemas/user-file.schema.json`). */
export type UserFileData = Record<string, unknown>;

/** A legal representative (or protector) and the account they act with. */
export interface Representative {
  professionalId: string;
  /** e.g. `tutelle`, `curatelle`, `habilitation-familiale`, `parental-authority`. */
  measure: string;
  since: string;
  until?: string;
}

/** The person's objection to sharing (CSP L1110-4): categories withheld from roles. */
export interface Objection {
  categories: Category[];
  /** Roles the objection applies to; absent = every professional role. */
  roles?: string[];
  reason?: string;
  at: string;
}

/** A restriction of processing (GDPR art. 18): the categories are frozen and hidden. */
export interface Restriction {
  categories: Category[];
  reason: string;
  at: string;
}

/** What the engine keeps about a file besides its content (never shown as file data). */
export interface UserFileMeta {
  establishment: string;
  createdAt: string;
  careTeam: CareTeamMember[];
  representatives: Representative[];
  objections: Objection[];
  restrictions: Restriction[];
  phase: LifecyclePhase;
  /** End of support (discharge, death): the anchor of retention periods. */
  closedAt?: string;
  archivedAt?: string;
  /** Categories whose data were deleted or anonymised by retention. */
  retentionDone: Partial<Record<Category, 'deleted' | 'anonymised'>>;
  litigationHold?: { reason: string; at: string; by: string };
}
