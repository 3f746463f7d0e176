/**
 * The DUI Kit contract: every call the screens and the host app make, as data. Derived from it:
 * `DuiBackend` (generated into `generated/backend.ts`), `createHttpBackend`, the server's routes
 * (validation and response serialisation from these schemas) and the OpenAPI document. Shapes
 * live in `schemas/api/` (views and inputs) and `schemas/` (the user file), referenced by `$id`.
 */
import type { Contract, ContractSchema, OperationArg } from './types.js';

const BASE = 'https://duikit.dev/schemas/';
/** A `$ref` to a definition of `schemas/api/<file>.schema.json`. */
const api = (file: string, def: string): ContractSchema => ({
  $ref: `${BASE}api/${file}.schema.json#/$defs/${def}`,
});
const list = (items: ContractSchema): ContractSchema => ({ type: 'array', items });

const pathId = api('common', 'pathId');
const path = (name: string, schema: ContractSchema = pathId): OperationArg => ({ name, in: 'path', schema });
const query = (name: string): OperationArg => ({ name, in: 'query', optional: true });
const body = (
  name: string,
  extra: { property?: string; rest?: boolean; optional?: boolean } = {},
): OperationArg => ({
  name,
  in: 'body',
  ...extra,
});
const userFileId = path('userFileId');
const instanceId = path('instanceId');
const fileView = api('records', 'userFileView');

/**
 * Every operation by name (the name is the `DuiBackend` method).
 *
 * @example
 * duiContract.sendEvent.path; // '/api/instances/{instanceId}/events'
 */
export const duiContract = {
  // ── Tasks and workflows ──────────────────────────────────────────────────────────────────────
  getTasks: {
    method: 'GET',
    path: '/api/tasks',
    summary: 'The tasks waiting for the actor, overdue first.',
    tags: ['workflows'],
    args: [query('filter')],
    query: api('workflow', 'taskFilter'),
    response: list(api('workflow', 'taskSummary')),
    errors: [],
  },
  getInstance: {
    method: 'GET',
    path: '/api/instances/{instanceId}',
    summary:
      'A workflow instance with its current step, the events the actor may send (and why not), its regions and deadlines.',
    tags: ['workflows'],
    args: [instanceId],
    response: api('workflow', 'workflowInstanceView'),
    errors: ['forbidden', 'not-found'],
  },
  sendEvent: {
    method: 'POST',
    path: '/api/instances/{instanceId}/events',
    summary: 'Sends an event (with its payload) to a workflow instance; answers the instance as it now is.',
    tags: ['workflows'],
    args: [instanceId, body('event')],
    body: api('workflow', 'eventInput'),
    response: api('workflow', 'workflowInstanceView'),
    errors: ['forbidden', 'not-found', 'conflict', 'wrong-state', 'invalid'],
  },
  saveStepResponse: {
    method: 'PUT',
    path: '/api/instances/{instanceId}/response',
    summary:
      'Saves the actor\u2019s draft of a step\u2019s form (durable, per user file, step and professional); with `submit`, checks it against the form first.',
    tags: ['workflows'],
    args: [
      instanceId,
      body('response', { property: 'response' }),
      body('options', { rest: true, optional: true }),
    ],
    body: api('workflow', 'stepResponseInput'),
    response: api('workflow', 'draftSaved'),
    errors: ['forbidden', 'not-found', 'conflict', 'wrong-state', 'invalid'],
  },
  getInstanceEvents: {
    method: 'GET',
    path: '/api/instances/{instanceId}/available-events',
    summary: 'The events the actor could send now, each allowed or with the reason it is not.',
    tags: ['workflows'],
    args: [instanceId],
    response: list(api('workflow', 'stepEvent')),
    errors: ['forbidden', 'not-found'],
  },
  getWorkflows: {
    method: 'GET',
    path: '/api/workflows',
    summary:
      'The workflow definitions the actor\u2019s establishment runs (its variant replacing the generic one).',
    tags: ['workflows'],
    args: [],
    response: list(api('workflow', 'workflowSummary')),
    errors: [],
  },
  startWorkflow: {
    method: 'POST',
    path: '/api/workflows/instances',
    summary: 'Starts a workflow on a user file.',
    tags: ['workflows'],
    args: [body('input')],
    body: api('workflow', 'startWorkflowInput'),
    response: api('workflow', 'workflowInstanceView'),
    status: 201,
    errors: ['forbidden', 'not-found'],
  },
  getInstances: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/instances',
    summary: 'The workflow instances of a file, oldest first.',
    tags: ['workflows'],
    args: [userFileId],
    response: list(api('workflow', 'instanceSummary')),
    errors: ['forbidden', 'not-found'],
  },
  getDeadlines: {
    method: 'GET',
    path: '/api/deadlines',
    summary: 'Pending and overdue deadlines of the actor\u2019s establishment.',
    tags: ['workflows'],
    args: [query('filter')],
    query: api('workflow', 'deadlineFilter'),
    response: list(api('workflow', 'deadlineView')),
    errors: [],
  },
  getWorkflowDefinition: {
    method: 'GET',
    path: '/api/definitions/workflows/{ref}',
    summary: 'A workflow definition (`id@version`) as configurators wrote it, for the diagram.',
    tags: ['definitions'],
    args: [path('ref', api('common', 'definitionRef'))],
    response: api('workflow', 'workflowDefinition'),
    errors: ['not-found'],
  },
  getFormDefinition: {
    method: 'GET',
    path: '/api/definitions/forms/{ref}',
    summary: 'A form definition (`id@version`): JSON Schema and UI schema for `<dui-form>`.',
    tags: ['definitions'],
    args: [path('ref', api('common', 'definitionRef'))],
    response: api('workflow', 'formDefinition'),
    errors: ['not-found'],
  },
  getPartSchema: {
    method: 'GET',
    path: '/api/definitions/parts/{part}',
    summary:
      'One part of the user file as a self-contained JSON Schema, labelled in the reader’s language, for `<dui-form>`.',
    tags: ['definitions'],
    args: [path('part', api('records', 'part'))],
    response: api('records', 'partSchema'),
    errors: [],
  },

  // ── A person's file as screens show it ───────────────────────────────────────────────────────
  getUserFile: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/summary',
    summary: 'A person\u2019s file at a glance, each section its value or a restriction marker.',
    tags: ['user files'],
    args: [userFileId],
    response: api('file-view', 'userFileGlance'),
    errors: ['forbidden', 'not-found'],
  },
  getTimeline: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/timeline',
    summary: 'The file\u2019s history, worded for people (titles, names, field labels).',
    tags: ['user files'],
    args: [userFileId, query('filter')],
    query: api('file-view', 'timelineFilter'),
    response: list(api('file-view', 'timelineEntry')),
    errors: ['forbidden', 'not-found'],
  },
  getAssessments: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/assessments',
    summary: 'The assessments of the file.',
    tags: ['user files'],
    args: [userFileId],
    response: list(api('file-view', 'assessmentSummary')),
    errors: ['forbidden', 'not-found'],
  },
  saveAggir: {
    method: 'POST',
    path: '/api/user-files/{userFileId}/assessments/aggir',
    summary: 'Records an AGGIR grid; the engine recomputes the letters and the GIR and refuses a mismatch.',
    tags: ['user files'],
    args: [userFileId, body('input')],
    body: api('file-view', 'aggirAssessmentInput'),
    response: api('file-view', 'assessmentSummary'),
    status: 201,
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },
  getSupportPlans: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/support-plans',
    summary: 'Every version of the file\u2019s support plan, oldest first.',
    tags: ['user files'],
    args: [userFileId],
    response: list(api('support-plan-view', 'plan')),
    errors: ['forbidden', 'not-found'],
  },
  saveSupportPlan: {
    method: 'POST',
    path: '/api/user-files/{userFileId}/support-plans',
    summary:
      'Saves a new version of the support plan (`expectedVersion`: the version edited, null for the first).',
    tags: ['user files'],
    args: [
      userFileId,
      body('plan', { property: 'plan' }),
      body('expectedVersion', { property: 'expectedVersion' }),
    ],
    body: api('support-plan-view', 'saveInput'),
    response: api('support-plan-view', 'plan'),
    status: 201,
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },
  agreeSupportPlan: {
    method: 'POST',
    path: '/api/user-files/{userFileId}/support-plans/{version}/agreements',
    summary:
      'Records the person\u2019s, the representative\u2019s or the structure\u2019s agreement or disagreement.',
    tags: ['user files'],
    args: [userFileId, path('version', api('common', 'version')), body('agreement')],
    body: api('support-plan-view', 'agreementInput'),
    response: api('support-plan-view', 'plan'),
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },

  // ── Care team and professionals ──────────────────────────────────────────────────────────────
  getCareTeam: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/care-team',
    summary: 'The care team: members and what each may do per data category, candidates, who may manage it.',
    tags: ['care team'],
    args: [userFileId],
    response: api('care-team', 'view'),
    errors: ['forbidden', 'not-found'],
  },
  addCareTeamMember: {
    method: 'POST',
    path: '/api/user-files/{userFileId}/care-team',
    summary: 'Adds a professional of the establishment to the care team.',
    tags: ['care team'],
    args: [userFileId, body('member')],
    body: api('care-team', 'addInput'),
    response: api('care-team', 'view'),
    errors: ['forbidden', 'not-found', 'invalid'],
  },
  removeCareTeamMember: {
    method: 'DELETE',
    path: '/api/user-files/{userFileId}/care-team/{professionalId}',
    summary: 'Removes a member from the care team.',
    tags: ['care team'],
    args: [userFileId, path('professionalId')],
    response: api('care-team', 'view'),
    errors: ['forbidden', 'not-found'],
  },
  getProfessionals: {
    method: 'GET',
    path: '/api/professionals',
    summary: 'The professionals of the actor\u2019s establishment (for filters and care-team candidates).',
    tags: ['care team'],
    args: [],
    response: list(api('common', 'professionalRef')),
    errors: [],
  },

  // ── Audit ────────────────────────────────────────────────────────────────────────────────────
  getAudit: {
    method: 'GET',
    path: '/api/audit',
    summary:
      'The audit page: newest first, cursor paging, filters, a sentence per entry; scoped to the actor\u2019s establishment; the read is itself audited.',
    tags: ['audit'],
    args: [query('filter')],
    query: api('audit', 'filter'),
    response: api('audit', 'page'),
    errors: ['forbidden'],
  },
  readAuditEntries: {
    method: 'GET',
    path: '/api/audit/entries',
    summary: 'The raw audit trail, oldest first (for audit readers; the read is audited).',
    tags: ['audit'],
    args: [query('query')],
    query: api('audit', 'query'),
    response: list(api('audit', 'rawEntry')),
    errors: ['forbidden'],
  },
  exportAuditFhir: {
    method: 'GET',
    path: '/api/audit/fhir',
    summary: 'The audit trail as a FHIR R4 Bundle of AuditEvent.',
    tags: ['audit'],
    args: [query('query')],
    query: api('audit', 'query'),
    response: api('audit', 'fhirBundle'),
    media: 'fhir',
    errors: ['forbidden'],
  },
  verifyAudit: {
    method: 'GET',
    path: '/api/audit/verify',
    summary: 'Walks the hash chain of the audit trail and reports the first broken entry.',
    tags: ['audit'],
    args: [],
    response: api('audit', 'verification'),
    errors: ['forbidden'],
  },

  // ── User-file records (engine level) ─────────────────────────────────────────────────────────
  listUserFiles: {
    method: 'GET',
    path: '/api/user-files',
    summary: 'The user files the actor may open (names only where administrative data are readable).',
    tags: ['records'],
    args: [query('query')],
    query: api('records', 'listQuery'),
    response: list(api('records', 'userFileSummary')),
    errors: [],
  },
  createUserFile: {
    method: 'POST',
    path: '/api/user-files',
    summary: 'Creates a user file (validated whole); the establishment\u2019s default care team joins it.',
    tags: ['records'],
    args: [body('input')],
    body: api('records', 'createInput'),
    response: fileView,
    status: 201,
    errors: ['forbidden', 'conflict', 'invalid'],
  },
  readUserFile: {
    method: 'GET',
    path: '/api/user-files/{userFileId}',
    summary: 'A user file as the actor may see it (withheld places removed and marked).',
    tags: ['records'],
    args: [userFileId],
    response: fileView,
    errors: ['forbidden', 'not-found'],
  },
  patchUserFile: {
    method: 'PATCH',
    path: '/api/user-files/{userFileId}',
    summary: 'Applies a JSON Merge Patch (RFC 7396); each changed place is checked against the policy.',
    tags: ['records'],
    args: [userFileId, body('input')],
    body: api('records', 'patchInput'),
    response: fileView,
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },
  updateIdentity: {
    method: 'PUT',
    path: '/api/user-files/{userFileId}/identity',
    summary: 'Writes the identity under identity-vigilance rules (INS traits, status, evidence).',
    tags: ['records'],
    args: [userFileId, body('input')],
    body: api('records', 'identityInput'),
    response: fileView,
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },
  setPart: {
    method: 'PUT',
    path: '/api/user-files/{userFileId}/parts/{part}',
    summary: 'Replaces one part of the file.',
    tags: ['records'],
    args: [userFileId, path('part', api('records', 'part')), body('input')],
    body: api('records', 'partInput'),
    response: fileView,
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },
  addItem: {
    method: 'POST',
    path: '/api/user-files/{userFileId}/parts/{part}/items',
    summary: 'Appends an item to a list part (stays, assessments, documents, notes…).',
    tags: ['records'],
    args: [userFileId, path('part', api('records', 'part')), body('input')],
    body: api('records', 'itemInput'),
    response: fileView,
    status: 201,
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },
  updateItem: {
    method: 'PATCH',
    path: '/api/user-files/{userFileId}/parts/{part}/items/{itemId}',
    summary: 'Merge-patches one item of a list part.',
    tags: ['records'],
    args: [userFileId, path('part', api('records', 'part')), path('itemId'), body('input')],
    body: api('records', 'patchInput'),
    response: fileView,
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },
  getHistory: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/history',
    summary: 'The changes made to the file (from the audit trail), as far as the actor may read them.',
    tags: ['records'],
    args: [userFileId],
    response: list(api('records', 'timelineItem')),
    errors: ['forbidden', 'not-found'],
  },
  closeUserFile: {
    method: 'POST',
    path: '/api/user-files/{userFileId}/close',
    summary: 'Marks the end of support: the anchor of retention periods.',
    tags: ['records'],
    args: [userFileId, body('input', { optional: true })],
    body: api('records', 'closeInput'),
    response: fileView,
    errors: ['forbidden', 'not-found'],
  },

  // ── The person's rights ──────────────────────────────────────────────────────────────────────
  exportUserFile: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/export',
    summary: 'Exports the whole file (right of access, portability): JSON or printable HTML, as a download.',
    tags: ['rights'],
    args: [userFileId, { name: 'query', in: 'query' }],
    query: api('records', 'exportQuery'),
    response: api('records', 'export'),
    media: 'attachment',
    errors: ['forbidden', 'not-found'],
  },
  exportTddui: {
    method: 'GET',
    path: '/api/user-files/{userFileId}/fhir/tddui',
    summary:
      'The file as an ANS « Transfert de données DUI » FHIR Bundle: only what the actor may export, audited as an export.',
    tags: ['rights'],
    args: [userFileId],
    response: api('records', 'tdduiBundle'),
    media: 'fhir',
    errors: ['forbidden', 'not-found', 'invalid', 'unavailable'],
  },
  rectify: {
    method: 'POST',
    path: '/api/user-files/{userFileId}/rectifications',
    summary: 'Rectifies values (GDPR art. 16); the previous values go to the audit trail.',
    tags: ['rights'],
    args: [userFileId, body('input')],
    body: api('records', 'rectifyInput'),
    response: fileView,
    errors: ['forbidden', 'not-found', 'conflict', 'invalid'],
  },
  restrict: {
    method: 'PUT',
    path: '/api/user-files/{userFileId}/restriction',
    summary: 'Restricts the processing of categories (GDPR art. 18).',
    tags: ['rights'],
    args: [userFileId, body('input')],
    body: api('records', 'restrictionInput'),
    response: fileView,
    errors: ['forbidden', 'not-found'],
  },
  liftRestriction: {
    method: 'DELETE',
    path: '/api/user-files/{userFileId}/restriction',
    summary: 'Lifts the restriction of processing.',
    tags: ['rights'],
    args: [userFileId],
    response: fileView,
    errors: ['forbidden', 'not-found'],
  },
  object: {
    method: 'PUT',
    path: '/api/user-files/{userFileId}/objection',
    summary: 'Records the person\u2019s objection to sharing categories (CSP L1110-4).',
    tags: ['rights'],
    args: [userFileId, body('input')],
    body: api('records', 'objectionInput'),
    response: fileView,
    errors: ['forbidden', 'not-found'],
  },
  withdrawObjection: {
    method: 'DELETE',
    path: '/api/user-files/{userFileId}/objection',
    summary: 'Withdraws the objection.',
    tags: ['rights'],
    args: [userFileId],
    response: fileView,
    errors: ['forbidden', 'not-found'],
  },
  breakGlass: {
    method: 'POST',
    path: '/api/user-files/{userFileId}/break-glass',
    summary: 'Exceptional, time-limited access with a reason (flagged in the audit, alerted).',
    tags: ['rights'],
    args: [userFileId, body('input')],
    body: api('records', 'breakGlassInput'),
    response: api('records', 'breakGlassGrant'),
    errors: ['forbidden', 'not-found'],
  },

  // ── Session (answered by the server) ─────────────────────────────────────────────────────────
  getSession: {
    method: 'GET',
    path: '/api/session',
    summary: 'The signed-in actor and the CSRF token to echo in `X-CSRF-Token` on state changes.',
    tags: ['session'],
    args: [],
    response: api('session', 'session'),
    scope: 'session',
    errors: [],
  },
  signOut: {
    method: 'POST',
    path: '/api/auth/sign-out',
    summary: 'Ends the session.',
    tags: ['session'],
    args: [],
    response: api('session', 'signedOut'),
    scope: 'session',
    errors: [],
  },
} as const satisfies Contract;

/** The contract's type, operation by operation. */
export type DuiContract = typeof duiContract;

/** The name of an operation. */
export type OperationName = keyof DuiContract;
