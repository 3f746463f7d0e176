export type * from './types.js';
export * from './result.js';
export { createEngine } from './create-engine.js';
export { PARTS } from './files.js';
export { createEngineWorkflows, type EngineWorkflowsOption } from './workflows.js';
export {
  defaultEstablishmentConfig,
  establishmentProfile,
  loadEstablishmentConfig,
  type ConfigProblem,
  type DefaultCareTeamRole,
  type DirectoryProfessional,
  type EstablishmentConfig,
  type ProfessionalDirectory,
} from './establishments.js';
export type { CareTeamDetails, CareTeamMemberAccess } from './care-team.js';
export type { DraftTarget, StepDraft } from './drafts.js';
export type { AuditPageData, AuditPageQuery } from './audit-page.js';
export { taskCategories, type WorkflowReadTarget } from './workflow-read.js';
