/**
 * The access policy, as configuration (`workflows/config/access-policy.json`, schema
 * `schemas/access-policy.schema.json`): roles × data categories × actions, per establishment,
 * plus how each part of the user file maps to a category.
 */

/** Data categories of the user file. */
export type Category =
  'administrative' | 'social' | 'financial' | 'health' | 'psychological' | 'support-plan' | 'documents';

/** Every category, in display order. */
export const CATEGORIES: readonly Category[] = [
  'administrative',
  'social',
  'financial',
  'health',
  'psychological',
  'support-plan',
  'documents',
];

/** What an actor does with a category. */
export type PolicyAction = 'read' | 'write' | 'sign' | 'export';

/** Every action. */
export const POLICY_ACTIONS: readonly PolicyAction[] = ['read', 'write', 'sign', 'export'];

/**
 * Whose files a role reaches: its establishment's files, only files whose care team lists the
 * actor, the person's own file, or the files of the persons the actor represents.
 */
export type RoleScope = 'establishment' | 'care-team' | 'self' | 'represented';

/** One role of the policy. */
export interface RolePolicy {
  label: { fr: string; en: string };
  scope: RoleScope;
  /** Category → allowed actions. A category absent here is refused. */
  permissions: Partial<Record<Category, PolicyAction[]>>;
  /** True for the person and their representative: objections and care-team rules do not apply to them. */
  isPerson?: boolean;
}

/** Maps a JSON Pointer pattern to a category; `*` matches one segment (an index or a key). */
export interface CategoryMapping {
  pointer: string;
  category: Category;
  /** For list items: take the category from this field of the item when it holds one. */
  categoryField?: string;
  /** Maps other values of `categoryField` to categories (e.g. a note's `care` → `health`). */
  categoryValues?: Record<string, Category>;
}

/** The whole access policy. */
export interface AccessPolicy {
  version: number;
  /** Category of anything no mapping covers. */
  defaultCategory: Category;
  categories: CategoryMapping[];
  roles: Record<string, RolePolicy>;
  /** Per-FINESS overrides of role permissions (replace the category's action list). */
  establishments?: Record<
    string,
    { roles?: Record<string, { permissions?: Partial<Record<Category, PolicyAction[]>> }> }
  >;
  careTeam: {
    /** Roles that may add or remove care-team members and representatives. */
    managers: string[];
  };
  breakGlass: {
    roles: string[];
    /** ISO 8601 duration of a grant, e.g. `PT4H`. */
    duration: string;
    minReasonLength: number;
    /** Categories and actions a grant opens. */
    categories: Category[];
    actions: PolicyAction[];
    /** Whether a grant overrides the person's objection (false: the objection wins). */
    overridesObjection: boolean;
  };
  /** Who may act on the person's rights, retention and the audit trail. */
  governance: {
    /** May read and export the audit trail. */
    auditReaders: string[];
    /** May record restriction and objection on the person's behalf (the person and representative always may). */
    rightsOfficers: string[];
    /** May close files, apply retention steps and set or lift a litigation hold. */
    retentionOfficers: string[];
    /** May read files in intermediate archive. */
    archiveReaders: string[];
    /** May read restricted categories (GDPR art. 18). */
    restrictionReaders: string[];
    /** May read the register of rights requests and their deadlines (default: `rightsOfficers`). */
    rightsRequestReaders?: string[];
  };
}
