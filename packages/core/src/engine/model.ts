/**
 * The user file as the engine keeps and returns it: content, engine-kept metadata (care team,
 * representatives, objections, restrictions, lifecycle) and the views handed to callers.
 */
import type { Category } from '../policy/types.js';

/** The content of a user file (shape defined by `schemas/user-file.schema.json`). */
export type UserFileData = Record<string, unknown>;

/** Parts of the user file with their own writer. Each maps to categories in the policy. */
export type UserFilePart =
  | 'identity'
  | 'entourage'
  | 'rights'
  | 'stays'
  | 'assessments'
  | 'supportPlans'
  | 'health'
  | 'documents'
  | 'notes';

/** Lifecycle phase of a user file (retention). */
export type LifecyclePhase = 'active' | 'closed' | 'archived' | 'anonymised';

/** A member of the person's care team (équipe de soins, CSP L1110-12). */
export interface CareTeamMember {
  professionalId: string;
  role: string;
  since: string;
  /** ISO instant after which membership ends; absent = open-ended. */
  until?: string;
}

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

/** Something withheld from a read, with why. */
export interface RestrictionMarker {
  /** JSON Pointer of the withheld value in the stored file. */
  pointer: string;
  category: Category;
  reason: 'forbidden' | 'objection' | 'restricted' | 'archived' | 'not-in-care-team';
}

/** A user file as one actor may see it. */
export interface UserFileView {
  id: string;
  version: number;
  updatedAt: string;
  file: UserFileData;
  meta: Pick<UserFileMeta, 'establishment' | 'phase' | 'closedAt' | 'careTeam'> & {
    objection: boolean;
    restricted: boolean;
    litigationHold: boolean;
  };
  /** Everything that was removed from `file`; empty when the actor sees it all. */
  restricted: RestrictionMarker[];
  /** True when access rests on a break-the-glass grant. */
  breakGlass: boolean;
}

/** One line of a user-file listing. */
export interface UserFileSummary {
  id: string;
  version: number;
  updatedAt: string;
  establishment: string;
  phase: LifecyclePhase;
  /** Display name when the actor may read administrative data; otherwise absent. */
  displayName?: string;
  birthDate?: string;
}

/** One event of a file's timeline (from the audit trail, filtered by what the actor may read). */
export interface TimelineItem {
  at: string;
  action: string;
  category?: Category;
  pointers?: string[];
  actor: { role: string; name?: string; professionalId: string };
  purpose: string;
}

/** An export of a whole file (right of access, portability). */
export interface UserFileExport {
  format: 'json' | 'html';
  /** `application/json` or `text/html; charset=utf-8`. */
  mediaType: string;
  fileName: string;
  content: string;
}
