/**
 * Engine errors and workflow refusals as backend errors: the contract's code (`forbidden`,
 * `wrong-state`…), the precise cause in `reason`, and a sentence in the backend's locale that
 * names roles, events and states by their titles and says what to do.
 */
import type { CallContext } from '../actor.js';
import { codeOf } from '../contract/errors.js';
import type { EngineError } from '../engine/result.js';
import type { AccessPolicy } from '../policy/types.js';
import type { RefusalReason, WorkflowInstance } from '../workflow/runtime-types.js';
import type { WorkflowDefinition } from '../workflow/types.js';
import type { Labels } from './labels.js';
import type { BackendError, BackendResult } from './types.js';

/** A failed result. */
export const failure = (error: BackendError): BackendResult<never> => ({ ok: false, error });

/** Who may do a governed operation (`engine.error.governance`), from the policy. */
function governors(policy: AccessPolicy, operation: string): string[] {
  const g = policy.governance;
  if (operation === 'care-team') return policy.careTeam.managers;
  if (operation === 'audit' || operation === 'export') return g.auditReaders;
  if (['restrict', 'object'].includes(operation)) return g.rightsOfficers;
  return g.retentionOfficers;
}

/**
 * The JSON Pointer of the field a payload problem is about: a missing required property points
 * at the property itself, so the screen can put the message next to its field.
 *
 * @example
 * fieldPath({ pointer: '/', key: 'workflow.lint.file.required', params: { name: 'reason' } }); // '/reason'
 */
export function fieldPath(p: { pointer: string; key?: string; params?: Record<string, unknown> }): string {
  const name = p.key === 'workflow.lint.file.required' ? p.params?.name : undefined;
  if (typeof name !== 'string') return p.pointer;
  return `${p.pointer === '/' ? '' : p.pointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/**
 * The sentence for a file outside the actor's care team: who can add them.
 *
 * @example
 * notInCareTeam(labels, policy, 'nurse'); // 'Vous ne faites pas partie de l’équipe de soins … adressez-vous à …'
 */
export function notInCareTeam(labels: Labels, policy: AccessPolicy, role: string): string {
  // A role that reaches files by its establishment is outside because the file is another's.
  if (policy.roles[role]?.scope === 'establishment') return labels.t('backend.error.otherEstablishment');
  return labels.t('backend.error.notInCareTeam', { managers: labels.roleList(policy.careTeam.managers) });
}

/**
 * An engine error in the backend's words.
 *
 * @example
 * return failure(engineError(r.error, labels, engine.policy, ctx));
 */
export function engineError(
  err: EngineError,
  labels: Labels,
  policy: AccessPolicy,
  ctx: CallContext,
): BackendError {
  const code = codeOf(err.code);
  const reason = err.reason ?? (err.code !== code ? err.code : undefined);
  let message: string;
  if (reason === 'not-in-care-team' || err.key === 'engine.error.notInCareTeam')
    message = notInCareTeam(labels, policy, ctx.actor.role);
  else if (err.key === 'engine.error.governance') {
    const operation = String(err.params?.operation ?? '');
    message = labels.t('backend.error.governance', {
      role: labels.roleText(ctx.actor.role),
      operation: labels.t(`backend.operation.${operation}`),
      who: labels.roleList(governors(policy, operation)),
    });
  } else
    message = labels.t(err.key, {
      ...err.params,
      ...(err.params?.role ? { role: labels.roleText(ctx.actor.role) } : {}),
    });
  return {
    code,
    message,
    ...(reason ? { reason } : {}),
    ...(err.path ? { path: err.path } : {}),
    ...(err.details ? { details: err.details.map((d) => ({ message: d.message, path: d.path })) } : {}),
  };
}

/**
 * A workflow refusal in the backend's words (event, state and role titles).
 *
 * @example
 * return failure(refusalError(r.reason, labels, policy, ctx.actor.role, def, instance));
 */
export function refusalError(
  r: RefusalReason,
  labels: Labels,
  policy: AccessPolicy,
  role: string,
  def?: WorkflowDefinition,
  inst?: WorkflowInstance,
): BackendError {
  const t = labels.t;
  const p = r.params ?? {};
  const event = def && p.event ? labels.text(labels.event(def, p.event)) : (p.event ?? '');
  const cause = p.cause;
  const code = codeOf(cause === 'not-found' ? 'not-found' : r.code);
  let message = r.message;
  switch (r.code) {
    case 'forbidden':
      if (cause === 'not-in-care-team') message = notInCareTeam(labels, policy, role);
      break;
    case 'role':
      message = t('backend.refusal.role', {
        event,
        roles: labels.roleList((p.allowed ?? '').split(', ').filter(Boolean)),
      });
      break;
    case 'wrong-state':
      message = t('backend.refusal.wrongState', {
        event,
        state:
          def && inst
            ? inst.states.map((s) => labels.text(labels.state(def, s))).join(', ')
            : (p.states ?? ''),
      });
      break;
    case 'finished':
      message = t('backend.refusal.finished');
      break;
    case 'system-event':
      message = t('backend.refusal.systemEvent', { event });
      break;
    case 'unknown-event':
      message = t('backend.refusal.unknownEvent', {
        event,
        workflow: def ? labels.text(def.title) : (p.definition ?? ''),
      });
      break;
    case 'invalid-payload':
      message =
        p.form !== undefined
          ? t('backend.refusal.noForm', { event })
          : t('backend.refusal.invalidPayload', { event });
      break;
    case 'guard':
      if (p.conditions) message = t('backend.refusal.guardDescribed', { event, conditions: p.conditions });
      else if (!p.error) message = t('backend.refusal.guard', { event });
      break;
    case 'conflict':
      message = t('backend.refusal.conflict');
      break;
    case 'unknown-instance':
      if (cause !== 'not-found') message = t('backend.refusal.unknownInstance');
      break;
    case 'unknown-definition':
      message = t('backend.refusal.unknownDefinition', { definition: p.definition ?? '' });
      break;
  }
  const problems = (r.problems ?? []).map((x) => ({ path: fieldPath(x), message: x.message }));
  return {
    code,
    message,
    reason: cause ?? r.code,
    ...(problems[0] ? { path: problems[0].path } : {}),
    ...(problems.length ? { details: problems } : {}),
  };
}
