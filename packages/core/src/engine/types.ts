/**
 * The engine API for the user file: the only door the workflow runtime, the screens' `DuiBackend`
 * and the HTTP server use. Every method takes a {@link CallContext}, checks the access policy,
 * appends to the audit trail and returns an {@link EngineResult}.
 */
import type { CallContext } from '../actor.js';
import type { Locale } from '../i18n/index.js';
import type { StorePort } from '../store/port.js';
import type { AccessPolicy, Category, PolicyAction } from '../policy/types.js';
import type { AuditEntry, AuditQuery, AuditVerification, FhirBundle } from '../audit/types.js';
import type { AuditAnchor } from '../audit/head.js';
import type { RetentionRules, RetentionStep } from '../retention/types.js';
import type { IdentityVigilanceConfig } from '../identity/config.js';
import type { RightsRequest, RightsRequestKind, RightsRequestView } from '../rights/register.js';
import type { ErasureDecision } from '../rights/erasure.js';
import type { EngineResult } from './result.js';
import type { EngineWorkflowsOption } from './workflows.js';
import type { AuditPageData, AuditPageQuery } from './audit-page.js';
import type { CareTeamDetails } from './care-team.js';
import type { DraftTarget } from './drafts.js';
import type { WorkflowReadTarget } from './workflow-read.js';
import type { DirectoryProfessional, EstablishmentConfig, ProfessionalDirectory } from './establishments.js';
import type { WorkflowRuntime } from '../workflow/runtime.js';
import type { WorkflowRuntimeOptions } from '../workflow/kernel.js';

import type {
  UserFileData,
  UserFilePart,
  LifecyclePhase,
  UserFileView,
  UserFileSummary,
  TimelineItem,
  UserFileExport,
} from './model.js';

export type {
  UserFileData,
  UserFilePart,
  LifecyclePhase,
  CareTeamMember,
  Representative,
  Objection,
  Restriction,
  UserFileMeta,
  RestrictionMarker,
  UserFileView,
  UserFileSummary,
  TimelineItem,
  UserFileExport,
} from './model.js';

/** A write of a whole part or of a merge patch. */
export interface WriteOptions {
  expectedVersion: number;
}

/** What `createEngine` needs. */
export interface EngineOptions {
  store: StorePort;
  policy: AccessPolicy;
  clock?: () => Date;
  mode?: 'production' | 'test' | 'demo';
  retention?: RetentionRules;
  /** ISO 8601 duration the audit trail is kept (default `P12M`). */
  auditRetention?: string;
  /**
   * The key audit entries are signed with (64 hex digits or a text of 32+ characters, kept
   * outside the data). Default: the store's own (`StorePort.auditKey`); without either, entries
   * are hash-chained but unsigned (ADR 0026).
   */
  auditKey?: string | Uint8Array;
  locale?: Locale;
  /**
   * Validates a whole file before it is stored; returns problems with JSON Pointers. Default: the
   * user-file schema (`validateUserFile`). `false` skips validation (partial test data only).
   */
  validateUserFile?: ((file: unknown) => { path: string; message: string }[]) | false;
  /**
   * Workflows run inside the engine: a registry, its input (`standardWorkflowFiles`), or several
   * inputs merged. Every start, event and read then passes the policy and is audited.
   */
  workflows?: EngineWorkflowsOption;
  /** Further options of the workflow runtime (notifier, effect handlers, documents, locale…). */
  workflowOptions?: Partial<
    Omit<WorkflowRuntimeOptions, 'store' | 'registry' | 'authorize' | 'audit' | 'clock'>
  >;
  /** Called on break-the-glass and other alerts (e.g. notify the DPO). */
  onAlert?: (alert: {
    kind: 'break-glass' | 'audit-broken';
    fileId?: string;
    actor?: string;
    reason: string;
  }) => void;
  /** High-trust identity documents accepted per context (default: the RNIV's, `defaultIdentityVigilance`). */
  identityVigilance?: IdentityVigilanceConfig;
  /** Id generator for new files (default: random UUID). */
  newId?: () => string;
  /**
   * The host's directory of professionals: who works where in which role. Needed for default
   * care teams, adding a member by id, and care-team candidates.
   */
  directory?: ProfessionalDirectory;
  /** Establishment categories and default care teams (default: `workflows/config/establishments.json`). */
  establishments?: EstablishmentConfig;
}

/**
 * The engine. See `packages/core/README.md` for the full API guide.
 *
 * @example
 * const engine = await createEngine({ store: createMemoryStore(), policy: defaultAccessPolicy });
 * const created = await engine.createUserFile(ctx, { identity: { birthName: 'MARTIN' } });
 */
export interface Engine {
  createUserFile(
    ctx: CallContext,
    file: UserFileData,
    opts?: { id?: string; establishment?: string },
  ): Promise<EngineResult<UserFileView>>;
  getUserFile(ctx: CallContext, id: string): Promise<EngineResult<UserFileView>>;
  listUserFiles(
    ctx: CallContext,
    query?: { phase?: LifecyclePhase; limit?: number },
  ): Promise<EngineResult<UserFileSummary[]>>;
  /** Applies a JSON Merge Patch (RFC 7396) to the stored file; each changed pointer is checked. */
  updateUserFile(
    ctx: CallContext,
    id: string,
    patch: UserFileData,
    opts: WriteOptions,
  ): Promise<EngineResult<UserFileView>>;
  /** Replaces one part (`identity`, `entourage`, `rights`, `health`). */
  setPart(
    ctx: CallContext,
    id: string,
    part: UserFilePart,
    value: unknown,
    opts: WriteOptions,
  ): Promise<EngineResult<UserFileView>>;
  /** Appends an item to a list part (`stays`, `assessments`, `supportPlans`, `documents`, `notes`); an `id` is added when missing. */
  addItem(
    ctx: CallContext,
    id: string,
    part: UserFilePart,
    item: Record<string, unknown>,
    opts: WriteOptions,
  ): Promise<EngineResult<UserFileView & { itemId: string }>>;
  /** Merge-patches one item of a list part, found by its `id`. */
  updateItem(
    ctx: CallContext,
    id: string,
    part: UserFilePart,
    itemId: string,
    patch: Record<string, unknown>,
    opts: WriteOptions,
  ): Promise<EngineResult<UserFileView>>;
  /** Writes identity with identity-vigilance rules (INS traits, status, history). */
  updateIdentity(
    ctx: CallContext,
    id: string,
    identity: Record<string, unknown>,
    opts: WriteOptions & {
      statusReason?: string;
      /** What a status change rests on: `insiService`, `identityCard`, `passport`, `residencePermit`… (both for QUAL). */
      evidence?: string | string[];
      /** The context whose accepted documents apply (`minor` is chosen for a minor; hosts add theirs). */
      documentContext?: string;
    },
  ): Promise<EngineResult<UserFileView>>;
  /**
   * Appends the actor's signature to an item (needs `sign`, not `write`, on its category); with
   * `agreement`, appends a support-plan agreement instead (and sets `status` when given).
   */
  sign(
    ctx: CallContext,
    id: string,
    part: UserFilePart,
    itemId: string,
    opts: WriteOptions & { capacity?: string; agreement?: Record<string, unknown>; status?: string },
  ): Promise<EngineResult<UserFileView>>;
  timeline(ctx: CallContext, id: string): Promise<EngineResult<TimelineItem[]>>;
  exportUserFile(
    ctx: CallContext,
    id: string,
    format: 'json' | 'html',
  ): Promise<EngineResult<UserFileExport>>;

  /** Rectification (GDPR art. 16): the previous values go to the audit, not the live file. */
  rectify(
    ctx: CallContext,
    id: string,
    changes: { pointer: string; value: unknown }[],
    opts: WriteOptions & { reason: string },
  ): Promise<EngineResult<UserFileView>>;
  restrict(
    ctx: CallContext,
    id: string,
    restriction: { categories: Category[]; reason: string } | null,
  ): Promise<EngineResult<UserFileView>>;
  object(
    ctx: CallContext,
    id: string,
    objection: { categories: Category[]; roles?: string[]; reason?: string } | null,
  ): Promise<EngineResult<UserFileView>>;
  breakGlass(ctx: CallContext, id: string, reason: string): Promise<EngineResult<{ expiresAt: string }>>;

  /** Adds a member; without `role`, the directory says which role the professional holds. */
  addCareTeamMember(
    ctx: CallContext,
    id: string,
    member: { professionalId: string; role?: string; until?: string },
  ): Promise<EngineResult<UserFileView>>;
  /** The care team with what each member may do per category (audited as a read). */
  careTeam(ctx: CallContext, id: string): Promise<EngineResult<CareTeamDetails>>;
  /** The professionals of the actor's establishment, from the directory (staff, not persons: not audited). */
  professionals(ctx: CallContext): Promise<EngineResult<DirectoryProfessional[]>>;
  /** The category and name of an establishment, from the configuration and the directory. */
  establishment(finess: string): { category?: string; name?: { fr: string; en: string } };
  /**
   * Names of files for a view the call already reached and audits (an instance after its event,
   * an inbox): only where the actor may read administrative data, no audit line of its own.
   */
  names(ctx: CallContext, ids: string[]): Promise<Map<string, { displayName?: string; birthDate?: string }>>;
  /** Saves the actor's draft of a step (durable, audited); `expectedVersion` = the draft edited. */
  saveDraft(
    ctx: CallContext,
    target: DraftTarget,
    data: Record<string, unknown>,
    expectedVersion?: number,
  ): Promise<EngineResult<{ version: number; savedAt: string }>>;
  /** The actor's draft of a step, if any. */
  readDraft(
    ctx: CallContext,
    target: DraftTarget,
  ): Promise<{ data: Record<string, unknown>; version: number; savedAt: string } | undefined>;
  /**
   * Decides and audits a view of workflow data (an instance, a file's list of instances): answers
   * which of the given categories the actor may read; refused (and audited) when none of the file.
   */
  readWorkflow(ctx: CallContext, target: WorkflowReadTarget): Promise<EngineResult<Category[]>>;
  /** Drops an instance's drafts of the steps no longer active. */
  dropDrafts(instanceId: string, activeSteps: string[]): Promise<void>;
  /** One page of the audit trail, newest first, scoped to the reader's establishment (audited). */
  auditPage(ctx: CallContext, query?: AuditPageQuery): Promise<EngineResult<AuditPageData>>;
  removeCareTeamMember(
    ctx: CallContext,
    id: string,
    professionalId: string,
  ): Promise<EngineResult<UserFileView>>;
  addRepresentative(
    ctx: CallContext,
    id: string,
    rep: { professionalId: string; measure: string; until?: string },
  ): Promise<EngineResult<UserFileView>>;
  removeRepresentative(
    ctx: CallContext,
    id: string,
    professionalId: string,
  ): Promise<EngineResult<UserFileView>>;

  /** Marks the end of support: the anchor of retention periods. */
  closeUserFile(ctx: CallContext, id: string, opts?: { at?: string }): Promise<EngineResult<UserFileView>>;
  /** Retention steps due at `now` (archive, then per-category deletion or anonymisation). */
  retentionDue(ctx: CallContext): Promise<EngineResult<RetentionStep[]>>;
  /** Applies the due retention steps of one file (or all files when `id` is omitted). */
  applyRetention(ctx: CallContext, id?: string): Promise<EngineResult<RetentionStep[]>>;
  setLitigationHold(
    ctx: CallContext,
    id: string,
    hold: { reason: string } | null,
  ): Promise<EngineResult<UserFileView>>;

  readAudit(ctx: CallContext, query?: AuditQuery): Promise<EngineResult<AuditEntry[]>>;
  exportAuditFhir(ctx: CallContext, query?: AuditQuery): Promise<EngineResult<FhirBundle>>;
  /**
   * Walks the whole chain (links, hashes, MACs, the store's signed head); reports the first
   * broken entry. Given an `anchor` taken earlier ({@link Engine.auditAnchor}), also checks that
   * the trail still holds it (a rollback of the whole data folder is seen only this way).
   */
  verifyAudit(anchor?: AuditAnchor): Promise<AuditVerification>;
  /**
   * The signed head `{ seq, hash, mac, at }` for the host to keep outside the data folder
   * (a separate log, a timestamping service), periodically; undefined without a key or entries.
   */
  auditAnchor(): Promise<AuditAnchor | undefined>;
  /** Removes audit entries older than the audit retention (the cut is itself audited). */
  pruneAudit(ctx: CallContext): Promise<EngineResult<{ removed: number }>>;

  /**
   * The register of the person's rights requests (GDPR art. 12, 15–22: one month to answer) and
   * erasure with its legal exceptions (art. 17). The DPO reads the register, not the files.
   */
  readonly rightsRequests: {
    record(
      ctx: CallContext,
      fileId: string,
      input: { kind: RightsRequestKind; receivedOn: string; requester: RightsRequest['requester'] },
    ): Promise<EngineResult<RightsRequestView>>;
    list(
      ctx: CallContext,
      q?: { open?: boolean; fileId?: string },
    ): Promise<EngineResult<RightsRequestView[]>>;
    settle(
      ctx: CallContext,
      id: string,
      change: { answer: Omit<NonNullable<RightsRequest['answer']>, 'on'> } | { extend: { reason: string } },
    ): Promise<EngineResult<RightsRequestView>>;
    erase(
      ctx: CallContext,
      id: string,
    ): Promise<EngineResult<{ decisions: ErasureDecision[]; request: RightsRequestView }>>;
  };
  /** Whether the actor may do `action` on `category` of the file (no audit; for screens' affordances). */
  can(ctx: CallContext, id: string, category: Category, action: PolicyAction): Promise<boolean>;

  /** The workflow runtime, wrapped so that every call passes the policy and is audited (null without `workflows`). */
  readonly workflows: WorkflowRuntime | null;
  readonly policy: AccessPolicy;
  close(): Promise<void>;
}
