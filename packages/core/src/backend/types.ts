/**
 * `DuiBackend`: the one interface the DUI Kit screens and the reference host app talk to. Its
 * methods are generated from the contract (`packages/core/src/contract/operations.ts`) and its
 * shapes from `schemas/api/`, so the in-process backend ({@link createInProcessBackend}), the HTTP
 * backend (`createHttpBackend`) and the server's routes cannot drift apart.
 *
 * A backend is bound to one actor (a `CallContext`): no method takes the actor, so a screen cannot
 * act as someone else. Every method is async and never throws for a refusal or bad input: it
 * resolves to a {@link BackendResult}. Views are already filtered by the engine's access policy; a
 * section the actor may not see comes back as {@link Restricted}, never silently missing.
 */
import type { Actor } from '../actor.js';
import type { DuiBackendOperations } from '../generated/backend.js';
import type { Restricted } from '../generated/types.js';

export type { BackendError, BackendResult } from './result.js';
export type { DuiBackendOperations, DuiSessionOperations } from '../generated/backend.js';
export type {
  AggirAssessmentInput,
  ApiErrorBody,
  AssessmentSummary,
  AuditEntryView,
  AuditFilter,
  AuditPage,
  CareTeamMemberInput,
  CareTeamMemberView,
  CareTeamView,
  CategoryAccess,
  DeadlineFilter,
  DeadlineStatus,
  DeadlineView,
  DefinitionRef,
  DisplayText,
  DraftSaved,
  EntourageMember,
  EventInput,
  ExpectationOrigin,
  FormSpec,
  GirResultView,
  IdentityView,
  InsStatus,
  InstanceSummary,
  ObjectiveGlance,
  PersonRef,
  ProfessionalRef,
  RegionView,
  Restricted,
  SaveSupportPlanInput,
  Session,
  SessionActor,
  StartWorkflowInput,
  StayView,
  StepEvent,
  StepResponseInput,
  StepView,
  SupportPlan,
  SupportPlanAction,
  SupportPlanAgreement,
  SupportPlanAgreementInput,
  SupportPlanExpectation,
  SupportPlanInput,
  SupportPlanNeed,
  SupportPlanObjective,
  SupportPlanReview,
  TaskFilter,
  TaskStatus,
  TaskSummary,
  TimelineEntry,
  TimelineFilter,
  TimelineKind,
  UserFileGlance,
  WorkflowInstanceView,
  WorkflowSummary,
} from '../generated/types.js';

/** Either a section's value or a restriction marker. */
export type Guarded<T> = { restricted: false; value: T } | Restricted;

/**
 * The backend the elements use, bound to one actor.
 *
 * @example
 * const backend = createInProcessBackend(engine, { actor, purpose: 'care' });
 * const tasks = await backend.getTasks({ status: ['overdue'] });
 */
export interface DuiBackend extends DuiBackendOperations {
  /** The actor this backend acts for, when known. */
  readonly actor?: Actor;
}
