/**
 * The workflow engine: definition format, linter, compiler to XState v5, durable deadlines,
 * versions, variants and the runtime. See docs/workflows.md and docs/adr/0003-workflow-engine.md.
 */
export type * from './types.js';
export type * from './runtime-types.js';
export { compileWorkflow, type WorkflowRegistries } from './compile.js';
export {
  standardGuards,
  standardDataActions,
  standardEffects,
  type GuardInput,
  type NamedGuard,
} from './builtins.js';
export { lintWorkflow, lintCondition, STANDARD_ROLES, type LintOptions } from './lint.js';
export { lintForm } from './lint-form.js';
export {
  localizeProblem,
  problem as lintProblem,
  suggesting,
  renderProblemText,
  workflowLintMessages,
} from './problem.js';
export { checkSchema, type WorkflowFileKind } from './schema-check.js';
export { resolveVariant, forbiddenKeys, lintVariant, locateInPatch } from './variants.js';
export { lintParameters, longerSomewhere } from './lint-params.js';
export { closestName, editDistance } from './suggest.js';
export type * from './scenario-types.js';
export { runScenario } from './scenario.js';
export {
  WorkflowSimulation,
  SIMULATION_START,
  moveClock,
  type SimulationLogEntry,
  type SimulationOptions,
} from './simulation.js';
export {
  createWorkflowRegistry,
  WorkflowDefinitionError,
  refOf,
  type CompiledWorkflow,
  type WorkflowRegistry,
  type WorkflowRegistryInput,
} from './registry.js';
export { createWorkflowRuntime, type WorkflowRuntime, type StartResult } from './runtime.js';
export {
  INSTANCES,
  INBOX,
  type WorkflowRuntimeOptions,
  type Notifier,
  type WorkflowNotification,
  type EffectHandler,
} from './kernel.js';
export { mapLeaves, type MigrationReport } from './migrate.js';
export { checkResponse, loadPayloadCompiler, validatePayload, type PayloadProblem } from './payload.js';
export {
  DEADLINE_EVENT_PAYLOAD_SCHEMA,
  deadlineEventPayload,
  type DeadlineEventPayload,
} from './deadline-event.js';
export { dueInstant, parisDate, resolveDuration, LEGAL_TIME_ZONE, type DurationError } from './dates.js';
export { taskAt, eventRoles } from './roles.js';
export { listStates, leafPaths, stateAt, type StateEntry } from './walk.js';
export { standardWorkflowFiles } from './standard.js';
export {
  workflowGraph,
  toMermaid,
  type WorkflowGraph,
  type WorkflowGraphNode,
  type WorkflowGraphEdge,
} from './graph.js';
export {
  layoutWorkflow,
  DIAGRAM_FONT,
  type WorkflowLayout,
  type LaidOutNode,
  type LaidOutEdge,
} from './layout.js';
export { renderWorkflowSvg } from './layout-svg.js';
export { textWidth, wrapText, type Point, type Rect } from './layout-geometry.js';
export {
  legalGuards,
  legalDataActions,
  requiredContractDocument,
  isMinorOn,
  mandateHolds,
} from './legal-guards.js';
export {
  agreementProblem,
  storedAgreement,
  statusAfter,
  workflowEvent,
  type PlanAgreementInput,
  type RepresentationMandate,
  type AgreementProblem,
} from './agreement.js';
export { recordPlanAgreement, AGREEMENT_STATE } from './agreement-record.js';
export { definitionFor } from './choose.js';
