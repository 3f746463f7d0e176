/**
 * The workflow definition format (what configurators write in `workflows/*.workflow.json`) and the
 * shapes the runtime persists. `schemas/workflow.schema.json` is the editor-facing twin of these
 * types; `lintWorkflow` checks both agree on every shipped file.
 */
import type { Condition } from '../conditions/types.js';

/** A string in each shipped locale (French first). */
export interface LocalizedText {
  fr: string;
  en: string;
}

/**
 * A declarative condition in the JSON Forms rule shape (see `conditions/`), evaluated over one
 * root object `{ context, event, userFile, params, now }` (scopes such as
 * `#/properties/context/properties/…`).
 */
export type WorkflowCondition = Condition;

/** A guard: a named guard of the registry (with parameters) or a declarative condition. */
export type WorkflowGuard = string | { name: string; params?: Record<string, unknown> } | WorkflowCondition;

/** A named action of the registry with its parameters (`record`, `setDate`, `notify`, …). */
export type WorkflowAction = string | { type: string; params?: Record<string, unknown> };

/** One way out of a state for an event. */
export interface WorkflowTransition {
  /** Target state, a sibling key (`"decision"`) or an absolute id (`"#admission.refused"`). */
  target?: string;
  guard?: WorkflowGuard;
  actions?: WorkflowAction[];
  /** Roles that may send the event here; defaults to the event's roles, then the state's task roles. */
  roles?: string[];
  description?: LocalizedText;
}

/** An event the workflow understands. */
export interface WorkflowEventDefinition {
  title: LocalizedText;
  /** JSON Schema (2020-12) of the payload; omitted = no payload expected. */
  payload?: Record<string, unknown>;
  /** Roles that may send it (a transition may narrow them). */
  roles?: string[];
  /** Sent only by the engine (deadlines): actors can never send it. */
  system?: boolean;
  /** The payload is the response to the current state's task form (validated against the form). */
  submitsTask?: boolean;
}

/** The human task of a state: who acts, with which form, on which data. */
export interface WorkflowTask {
  title: LocalizedText;
  /** `formId@version` of a form in `workflows/forms/`. */
  form?: string;
  roles: string[];
  /** Data categories of the access policy the task reads or writes (e.g. `administrative`, `health`). */
  dataCategories: string[];
}

/** An ISO 8601 duration, or a reference to one of the definition's configurable parameters. */
export type DurationSpec = string | { param: string };

/** When a deadline is counted from. */
export type DeadlineAnchor = { entered: true } | { date: string } | { latestOf: string[] };

/** A legal or recommended deadline, armed while its state is active. */
export interface WorkflowDeadline {
  /** Unique within the definition. */
  id: string;
  title: LocalizedText;
  duration: DurationSpec;
  /** `after` (default) or `before` the anchor. */
  direction?: 'after' | 'before';
  anchor: DeadlineAnchor;
  /** Event sent to the instance when the deadline falls due. */
  event: string;
  /** Durations before the due date at which the task's roles are reminded. */
  reminders?: DurationSpec[];
  /** The deadline is cancelled while this condition holds (e.g. a personne de confiance is designated). */
  cancelWhen?: WorkflowCondition;
}

/** A state (atomic, compound, parallel or final). */
export interface WorkflowState {
  title: LocalizedText;
  type?: 'atomic' | 'compound' | 'parallel' | 'final';
  initial?: string;
  states?: Record<string, WorkflowState>;
  /** Outcome recorded when a final state is reached (e.g. `admitted`, `refused`). */
  outcome?: string;
  task?: WorkflowTask;
  on?: Record<string, WorkflowTransition | WorkflowTransition[]>;
  /** Transitions taken when this compound/parallel state is done. */
  onDone?: WorkflowTransition | WorkflowTransition[];
  /** Eventless transitions, taken as soon as a guard holds. */
  always?: WorkflowTransition | WorkflowTransition[];
  entry?: WorkflowAction[];
  exit?: WorkflowAction[];
  deadlines?: WorkflowDeadline[];
}

/** A migration from an older version to the one that declares it. */
export interface WorkflowMigration {
  from: string;
  /** Old state path (dot-separated, e.g. `contract.awaitingSignature`) → new path. */
  states?: Record<string, string>;
  /** Defaults for context keys that did not exist in the old version. */
  data?: Record<string, unknown>;
}

/**
 * The declaration of one parameter: a JSON Schema (`type`, `format: "duration"` for ISO 8601
 * durations, `enum`, `minimum`/`maximum` for numbers) plus the allowed range of a duration
 * (`x-minimum`/`x-maximum`), the bounds the law sets (`x-legalMinimum`/`x-legalMaximum`, with
 * `x-source`), its unit (`x-unit`) and a description that cites its source.
 */
export interface ParameterDeclaration {
  type: 'string' | 'boolean' | 'integer' | 'number';
  format?: 'duration';
  description: string;
  title?: string;
  enum?: (string | number | boolean)[];
  minimum?: number;
  maximum?: number;
  'x-unit'?: string;
  'x-minimum'?: string;
  'x-maximum'?: string;
  'x-legalMinimum'?: string | number;
  'x-legalMaximum'?: string | number;
  'x-source'?: string;
}

/** The JSON Schema of a definition's `parameters`. */
export interface ParametersSchema {
  type: 'object';
  description?: string;
  additionalProperties?: false;
  required?: string[];
  properties: Record<string, ParameterDeclaration>;
}

/** A workflow definition file. */
export interface WorkflowDefinition {
  $schema?: string;
  id: string;
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Establishment categories it applies to (`ehpad`, `ime`, `mas`, `ssiad`, … or `*`). */
  appliesTo: string[];
  /** Configurable values ([K] items): durations, flags, used by `{ "param": … }` and guards. */
  parameters?: Record<string, string | number | boolean>;
  /** The JSON Schema of `parameters`: each one's type, unit, allowed and legal range, and source. */
  parametersSchema?: ParametersSchema;
  /** Initial instance data. */
  context?: Record<string, unknown>;
  initial: string;
  events: Record<string, WorkflowEventDefinition>;
  states: Record<string, WorkflowState>;
  migrations?: WorkflowMigration[];
}

/** A form definition file (`workflows/forms/*.form.json`). */
export interface FormDefinition {
  $schema?: string;
  id: string;
  version: string;
  title: LocalizedText;
  /** JSON Schema of the response. */
  schema: Record<string, unknown>;
  /** UI schema in the JSON Forms vocabulary. */
  uischema: Record<string, unknown>;
}

/** An establishment variant: a base definition plus a JSON Merge Patch (RFC 7396). */
export interface WorkflowVariant {
  $schema?: string;
  id: string;
  version: string;
  /** `id@version` of the base definition (itself possibly a variant). */
  extends: string;
  title?: LocalizedText;
  patch: Record<string, unknown>;
}

/**
 * A message to render later: a catalogue key and its `{name}` parameters. A parameter may itself
 * be a message (a variant's base problem inside the variant's own), rendered in the same locale.
 */
export interface ProblemText {
  key: string;
  params?: ProblemParams;
}

/** Parameters of a problem message: names, counts, lists of known names as text, nested messages. */
export type ProblemParams = { [name: string]: string | number | ProblemText };

/**
 * One problem found in a definition, at a JSON Pointer into its file. `message` is rendered in
 * French (the default locale); `localizeProblem` renders it again from `key` and `params`.
 */
export interface WorkflowProblem extends ProblemText {
  pointer: string;
  message: string;
  /** Stable kind of problem (`unknown-guard`, `schema`, …): what hosts and tests match on. */
  code: string;
  /** Catalogue key of the message (`workflow.lint.…`): one code may have several. */
  key: string;
}
