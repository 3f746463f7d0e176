/**
 * `DuiBackend`: the one interface the DUI Kit screens talk to. Two implementations ship —
 * in-process over the engine ({@link createInProcessBackend}, for Storybook, demos and offline use)
 * and HTTP over `@duikit/server` (`createHttpBackend`) — and a host may write its own.
 *
 * A backend is bound to one actor (a {@link CallContext}): no method takes the actor, so a screen
 * cannot act as someone else. Every method is async and never throws for a refusal or bad input:
 * it resolves to a {@link BackendResult}. Views are already filtered by the engine's access policy;
 * a section the actor may not see comes back as {@link Restricted}, never silently missing.
 */
import type { Actor } from '../actor.js';
import type { AggirItemAnswers, AggirLetters, GirResult } from '../aggir/types.js';
import type { AggirCombinationRules } from '../aggir/combination.js';
import type { PlanAgreementInput } from '../workflow/agreement.js';
import type { FormDefinition, WorkflowDefinition } from '../workflow/types.js';

/** Why a call failed. `path` is a JSON Pointer into the input when one field is to blame. */
export interface BackendError {
  /** Stable machine code: `forbidden`, `not-found`, `conflict`, `invalid`, `refused`, `unavailable`… */
  code: string;
  /** A sentence for the user, in the backend's locale (the engine's catalogue). */
  message: string;
  /** JSON Pointer of the offending input field, e.g. `/objectives/0/targetDate`. */
  path?: string;
  /** Further errors (one per invalid field) when `code` is `invalid`. */
  details?: { message: string; path?: string }[];
}

/**
 * The outcome of every backend call.
 *
 * @example
 * const r = await backend.getTasks();
 * if (r.ok) render(r.value); else showError(r.error.message);
 */
export type BackendResult<T> = { ok: true; value: T } | { ok: false; error: BackendError };

/** A section the access policy hides from the actor; screens show a "restricted" marker. */
export interface Restricted {
  restricted: true;
  /** Why, for the marker's tooltip (e.g. "Données de santé : réservé à l'équipe de soins"). */
  reason: string;
}

/** Either the section's value or a restriction marker. */
export type Guarded<T> = { restricted: false; value: T } | Restricted;

/** A definition reference `id@version`, e.g. `admission-ehpad@2`. */
export type DefinitionRef = string;

/**
 * A label from a definition: one string, or one per locale (`{ fr, en }`) that the element picks
 * with its locale, so switching `<dui-provider locale>` needs no reload.
 */
export type DisplayText = string | { fr: string; en: string };

/** A person as lists show them. */
export interface PersonRef {
  userFileId: string;
  /** Display name in usual order, e.g. "Mme Jeanne DUPONT". */
  displayName: string;
  birthDate?: string;
}

/** A professional as screens show them. */
export interface ProfessionalRef {
  id: string;
  name: string;
  role?: string;
}

// ── Tasks ─────────────────────────────────────────────────────────────────────────────────────

/** `overdue` = open past its due date. */
export type TaskStatus = 'open' | 'overdue' | 'done';

/** Filters for {@link DuiBackend.getTasks}; all optional and combined with AND. */
export interface TaskFilter {
  workflowId?: string;
  userFileId?: string;
  status?: TaskStatus[];
}

/** A human task waiting for the actor (a workflow step with a form and roles). */
export interface TaskSummary {
  id: string;
  instanceId: string;
  workflow: { id: string; version: string; title: DisplayText };
  /** The state (step) id and its title. */
  step: { id: string; title: DisplayText };
  person: PersonRef;
  status: TaskStatus;
  /** ISO 8601 instant the step is due (its earliest pending deadline), if any. */
  dueAt?: string;
  createdAt: string;
  /** Roles that may act on it. */
  roles: string[];
}

// ── Workflow instances ────────────────────────────────────────────────────────────────────────

/** A pending or past deadline (durable timer). */
export interface DeadlineView {
  id: string;
  instanceId: string;
  /** Short label, e.g. "Signature du contrat de séjour". */
  label: DisplayText;
  dueAt: string;
  status: 'pending' | 'overdue' | 'met' | 'cancelled';
  /** Legal basis or configuration reference, e.g. "CASF L311-4". */
  basis?: string;
  person?: PersonRef;
}

/** An event the step offers; `allowed: false` comes with the reason (guard, role, missing data). */
export interface StepEvent {
  type: string;
  label: DisplayText;
  allowed: boolean;
  reason?: string;
  /** Cannot be undone (refusal, discharge, closing): screens ask for confirmation. */
  irreversible?: boolean;
  /** The step's form must be complete and valid before sending. */
  requiresForm?: boolean;
}

/** The current step of an instance. */
export interface StepView {
  id: string;
  title: DisplayText;
  description?: DisplayText;
  /** The step's form (`id@version`), if it has one. */
  form?: DefinitionRef;
  /** The saved (draft or submitted) response to the form. */
  response?: Record<string, unknown>;
  responseVersion?: number;
  dueAt?: string;
  roles: string[];
}

/** A workflow instance as the step screen sees it. */
export interface WorkflowInstanceView {
  id: string;
  definition: DefinitionRef;
  workflowTitle: DisplayText;
  person: PersonRef;
  status: 'active' | 'done' | 'error';
  /** Current state id (for the diagram). */
  state: string;
  step?: StepView;
  events: StepEvent[];
  deadlines: DeadlineView[];
  /** Instance version, for optimistic concurrency. */
  version: number;
}

// ── User file, timeline ───────────────────────────────────────────────────────────────────────

/** RNIV identity status. */
export type InsStatus = 'PROV' | 'VALI' | 'RECUP' | 'QUAL';

/** Identity block (INS traits + RNIV status). */
export interface IdentityView {
  birthName: string;
  firstNames: string[];
  usedName?: string;
  usedFirstName?: string;
  birthDate: string;
  sex: 'F' | 'M' | 'U';
  birthPlace?: string;
  insStatus: InsStatus;
  /** INS matricule and its OID (demo data uses 1.2.250.1.213.1.4.11). */
  ins?: { value: string; oid: string };
}

/** A member of the entourage. */
export interface EntourageMember {
  name: string;
  role: 'trusted-person' | 'protector' | 'emergency-contact' | 'family' | 'other';
  relationship?: string;
  phone?: string;
  /** For a protector: the measure (tutelle, curatelle…) and its end date. */
  measure?: { type: string; endDate?: string };
}

/** The current stay and its contract / DIPC. */
export interface StayView {
  establishment: string;
  entryDate?: string;
  plannedExitDate?: string;
  status: 'pre-admission' | 'active' | 'absent' | 'discharged';
  contract?: {
    kind: 'contrat-de-sejour' | 'dipc';
    status: 'to-hand-over' | 'handed-over' | 'signed' | 'refused';
  };
}

/** A summary of one assessment. */
export interface AssessmentSummary {
  id: string;
  type: 'aggir' | 'serafin' | 'other';
  date: string;
  evaluator?: ProfessionalRef;
  status: 'draft' | 'to-validate' | 'validated' | 'replaced';
  /** For AGGIR: the result. */
  gir?: GirResult;
  label?: string;
}

/** A person's file at a glance, filtered by the engine for the actor. */
export interface UserFileGlance {
  id: string;
  person: PersonRef;
  identity: Guarded<IdentityView>;
  entourage: Guarded<EntourageMember[]>;
  stay: Guarded<StayView | null>;
  objectives: Guarded<{ id: string; title: string; targetDate?: string; referent?: ProfessionalRef }[]>;
  assessments: Guarded<AssessmentSummary[]>;
  deadlines: Guarded<DeadlineView[]>;
}

/** Kinds of timeline entries. */
export type TimelineKind = 'transition' | 'document' | 'assessment' | 'note';

/** One entry of a file's history. */
export interface TimelineEntry {
  id: string;
  at: string;
  kind: TimelineKind;
  title: DisplayText;
  detail?: string;
  actor?: ProfessionalRef;
  instanceId?: string;
  /** The entry exists but its content is hidden from the actor. */
  restricted?: boolean;
}

/** Filters for {@link DuiBackend.getTimeline}. */
export interface TimelineFilter {
  kinds?: TimelineKind[];
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

// ── Support plan (projet personnalisé) ────────────────────────────────────────────────────────

/** Who expressed an expectation. */
export type ExpectationOrigin = 'person' | 'legalRepresentative' | 'entourage' | 'professional';

/** An action serving an objective; `serafinCode` is a SERAFIN-PH service (2.x direct, 3.x indirect). */
export interface SupportPlanAction {
  id: string;
  title: string;
  serafinCode?: string;
  responsible?: ProfessionalRef;
  frequency?: string;
}

/** An objective with its referent, dates, expected result and the person's opinion on it. */
export interface SupportPlanObjective {
  id: string;
  title: string;
  /** SERAFIN-PH need codes (1.x) this objective answers. */
  needCodes: string[];
  referent?: ProfessionalRef;
  startDate?: string;
  targetDate?: string;
  expectedResult?: string;
  personOpinion?: string;
  actions: SupportPlanAction[];
}

/** Agreement (or disagreement) of one party, with its opinion. */
/**
 * The person's, their legal representative's or the structure's agreement or disagreement on a
 * version (CASF L311-3 3°): who, when (`on`), how (`method`, `witness`), under which mandate.
 */
export interface SupportPlanAgreement extends PlanAgreementInput {
  /** Filled by the backend. */
  at?: string;
  by?: ProfessionalRef;
}

/** The editable content of a support plan version. */
export interface SupportPlanInput {
  expectations: { id: string; text: string; origin: ExpectationOrigin }[];
  /** SERAFIN-PH needs (1.x) with an optional comment. */
  needs: { code: string; comment?: string }[];
  objectives: SupportPlanObjective[];
  /** Planned reviews (bilans). */
  reviews: { date: string; kind: 'intermediate' | 'final'; done?: boolean }[];
}

/** A stored support plan version. */
export interface SupportPlan extends SupportPlanInput {
  userFileId: string;
  version: number;
  status: 'draft' | 'proposed' | 'agreed' | 'disagreed' | 'revised';
  createdAt: string;
  author?: ProfessionalRef;
  agreements: SupportPlanAgreement[];
}

/** Input of {@link DuiBackend.saveAggir}: raw answers, derived letters and the computed result. */
export interface AggirAssessmentInput {
  date: string;
  answers: AggirItemAnswers;
  letters: AggirLetters;
  /** The engine recomputes it and refuses a mismatch. */
  result: GirResult;
  comment?: string;
  /** The combination rules the grid was rated with (`<dui-aggir-grid rules>`); default: the documented ones. */
  rules?: AggirCombinationRules;
}

/**
 * The backend the elements use, bound to one actor.
 *
 * @example
 * const backend = createInProcessBackend(engine, { actor, purpose: 'care' });
 * const tasks = await backend.getTasks({ status: ['overdue'] });
 */
export interface DuiBackend {
  /** The actor this backend acts for, when known. */
  readonly actor?: Actor;
  getTasks(filter?: TaskFilter): Promise<BackendResult<TaskSummary[]>>;
  getUserFile(userFileId: string): Promise<BackendResult<UserFileGlance>>;
  getTimeline(userFileId: string, filter?: TimelineFilter): Promise<BackendResult<TimelineEntry[]>>;
  getInstance(instanceId: string): Promise<BackendResult<WorkflowInstanceView>>;
  /** Sends an event; a refusal resolves `{ ok: false, error: { code: 'refused', message } }`. */
  sendEvent(
    instanceId: string,
    event: { type: string; payload?: Record<string, unknown> },
  ): Promise<BackendResult<WorkflowInstanceView>>;
  /** Saves the current step's form response (draft unless `submit`); invalid fields carry a path. */
  saveStepResponse(
    instanceId: string,
    response: Record<string, unknown>,
    options?: { submit?: boolean; expectedVersion?: number },
  ): Promise<BackendResult<{ version: number; savedAt: string }>>;
  /** A workflow definition (`id@version`), as configurators wrote it: for the diagram. */
  getWorkflowDefinition(ref: DefinitionRef): Promise<BackendResult<WorkflowDefinition>>;
  /** A form definition (`id@version`): JSON Schema + UI schema for `<dui-form>`. */
  getFormDefinition(ref: DefinitionRef): Promise<BackendResult<FormDefinition>>;
  getAssessments(userFileId: string): Promise<BackendResult<AssessmentSummary[]>>;
  saveAggir(userFileId: string, input: AggirAssessmentInput): Promise<BackendResult<AssessmentSummary>>;
  /** Every version of the file's support plan, oldest first. */
  getSupportPlans(userFileId: string): Promise<BackendResult<SupportPlan[]>>;
  /** Saves a new version (`expectedVersion` = the version edited, null for the first). */
  saveSupportPlan(
    userFileId: string,
    plan: SupportPlanInput,
    expectedVersion: number | null,
  ): Promise<BackendResult<SupportPlan>>;
  /** Records the person's / representative's / structure's agreement or disagreement. */
  agreeSupportPlan(
    userFileId: string,
    version: number,
    agreement: SupportPlanAgreement,
  ): Promise<BackendResult<SupportPlan>>;
  /** Pending deadlines due before `before` (default: all), overdue ones included. */
  getDeadlines(filter?: {
    userFileId?: string;
    before?: string;
    status?: DeadlineView['status'][];
  }): Promise<BackendResult<DeadlineView[]>>;
}
