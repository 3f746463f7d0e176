/**
 * Shapes the workflow runtime persists and returns. An instance is stored in the
 * `workflowInstances` collection of the Store port, one record per instance.
 */
import type { Actor, CallContext } from '../actor.js';
import type { LocalizedText } from './types.js';
import type { PayloadProblem } from './payload.js';
import type { StoreTx } from '../store/port.js';

/** Who made a transition: an actor, or the engine itself (deadlines, migrations). */
export type TransitionAuthor = Pick<Actor, 'professionalId' | 'role' | 'establishment' | 'name'> | 'system';

/** One entry of an instance's timeline. */
export interface WorkflowHistoryEntry {
  /** ISO 8601 instant (UTC). */
  at: string;
  by: TransitionAuthor;
  event: string;
  /** State value before and after, as dot paths of the active leaves. */
  from: string[];
  to: string[];
  /** `formId@version` when the event carried a task response. */
  form?: string;
  /** Deadline id when the engine sent the event because a deadline fell due. */
  deadline?: string;
  purpose?: string;
}

/** A deadline armed on an instance, with its due date. */
export interface InstanceDeadline {
  /** `stateId/deadlineId`: unique per instance. */
  key: string;
  deadlineId: string;
  /** Dot path of the state that arms it. */
  state: string;
  event: string;
  /** ISO 8601 instant (UTC). */
  dueAt: string;
  /** Reminder instants (UTC) and whether each was sent. */
  reminders: { at: string; sent: boolean }[];
  status: 'pending' | 'fired';
  firedAt?: string;
}

/** A task response saved with the form version it was filled with. */
export interface SavedResponse {
  form: string;
  state: string;
  at: string;
  by: TransitionAuthor;
  data: unknown;
}

/** The stored record of a workflow instance. */
export interface WorkflowInstance {
  id: string;
  /** `id@version` of the definition the instance runs on. */
  definition: string;
  fileId: string;
  establishment: string;
  status: 'active' | 'done';
  /** Outcome of the final state reached, when done. */
  outcome?: string;
  /** The xstate persisted snapshot (`status`, `value`, `context`, …). */
  snapshot: { value: unknown; context: Record<string, unknown>; status: string; [k: string]: unknown };
  /** Active leaf states as dot paths (for queries and screens). */
  states: string[];
  /** When each active state (dot path, ancestors included) was entered (UTC). */
  enteredAt: Record<string, string>;
  deadlines: InstanceDeadline[];
  history: WorkflowHistoryEntry[];
  responses: SavedResponse[];
  /** Instance that started this one (action `startWorkflow`). */
  parent?: string;
  createdAt: string;
  updatedAt: string;
}

/** Why an event was refused or is not available. */
export interface RefusalReason {
  code:
    | 'unknown-instance'
    | 'unknown-definition'
    | 'unknown-event'
    | 'finished'
    | 'wrong-state'
    | 'role'
    | 'system-event'
    | 'guard'
    | 'invalid-payload'
    | 'forbidden'
    | 'conflict'
    | 'unrestorable';
  /** In the runtime's locale (French by default). */
  message: string;
  /** The values named in the message, for screens that word it themselves. */
  params?: Record<string, string>;
  /** Payload problems, in the kit's error shape (`pointer` repeats `path`, `/` for the root). */
  problems?: PayloadProblem[];
}

/** Result of `send`: refused means nothing changed. */
export type SendResult =
  | { ok: true; instance: WorkflowInstance; effectErrors?: { name: string; message: string }[] }
  | { ok: false; reason: RefusalReason };

/** An event an actor could send now. */
export interface AvailableEvent {
  event: string;
  title: LocalizedText;
  allowed: boolean;
  reason?: RefusalReason;
  /** The event carries the task's form (`formId@version`). */
  form?: string;
  payload?: Record<string, unknown>;
}

/** Something `tick(now)` did. */
export interface FiredItem {
  instanceId: string;
  fileId: string;
  kind: 'deadline' | 'reminder';
  deadlineId: string;
  event: string;
  dueAt: string;
  /** For deadlines: whether a state handled the event (false = nothing listens: it stays overdue). */
  handled?: boolean;
}

/** A due or overdue deadline, for screens and inboxes. */
export interface DueItem {
  instanceId: string;
  fileId: string;
  establishment: string;
  definition: string;
  state: string;
  deadlineId: string;
  title: LocalizedText;
  dueAt: string;
  status: 'upcoming' | 'due-soon' | 'overdue';
  roles: string[];
}

/** A human task waiting in an instance's current state. */
export interface WorkflowTaskItem {
  instanceId: string;
  fileId: string;
  establishment: string;
  definition: string;
  state: string;
  title: LocalizedText;
  form?: string;
  roles: string[];
  dataCategories: string[];
  enteredAt?: string;
  deadlines: DueItem[];
  overdue: boolean;
}

/** The host's access policy hook: refuse with a reason, or allow. */
export type AuthorizeHook = (
  ctx: CallContext,
  request: {
    action: 'start' | 'send' | 'read';
    instance?: WorkflowInstance;
    event?: string;
    definition: string;
  },
) =>
  | { allowed: true }
  | { allowed: false; reason: string; cause?: string }
  | Promise<{ allowed: true } | { allowed: false; reason: string; cause?: string }>;

/**
 * The host's audit hook, called after every persisted change; given `tx` (a deadline fired by
 * `tick`), the entry is appended in that transaction, with the change it records.
 */
export type AuditHook = (
  entry: {
    ctx: CallContext | null;
    action: 'workflow.start' | 'workflow.send' | 'workflow.deadline' | 'workflow.migrate';
    instanceId: string;
    fileId: string;
    detail: Record<string, unknown>;
  },
  tx?: StoreTx,
) => void | Promise<void>;
