/**
 * Parameters of the standard actions: XState passes whatever a definition says to the action, so
 * a missing pointer or an unknown role would only show up when an instance runs that step.
 */
import { parsePointer } from '../json/pointer.js';
import { resolveDuration } from './dates.js';
import { problem } from './problem.js';
import type { WorkflowProblem } from './types.js';

/**
 * Problems of one action's parameters, located under `at` (the action's `params` pointer).
 *
 * @example
 * lintActionParams('notify', { roles: [] }, '/states/a/entry/0/params', new Set(['nurse']), undefined);
 * // [{ pointer: '/states/a/entry/0/params/message', code: 'action-params', … }, { pointer: '…/roles', … }]
 */
export function lintActionParams(
  name: string,
  params: Record<string, unknown>,
  at: string,
  roles: Set<string>,
  workflows: Set<string> | undefined,
): WorkflowProblem[] {
  const out: WorkflowProblem[] = [];
  const pointerParam = (key: string, required: boolean) => {
    const v = params[key];
    if (v === undefined && !required) return;
    try {
      if (typeof v !== 'string' || parsePointer(v).length === 0) throw new Error();
    } catch {
      out.push(
        problem(`${at}/${key}`, 'action-params', 'workflow.lint.action.pointer', {
          action: name,
          param: key,
        }),
      );
    }
  };
  if (name === 'record' || name === 'append' || name === 'setDate') {
    pointerParam('path', true);
    pointerParam('from', false);
    const add = params.add;
    if (name === 'setDate' && add !== undefined) {
      const r =
        typeof add === 'string'
          ? resolveDuration(add)
          : { key: 'workflow.lint.duration.invalid', params: { value: JSON.stringify(add) } };
      if ('key' in r) out.push(problem(`${at}/add`, 'duration', r.key, r.params));
    }
  }
  if (name === 'produceDocument' && typeof params.type !== 'string') {
    out.push(problem(`${at}/type`, 'action-params', 'workflow.lint.action.document-type'));
  }
  if (name === 'startWorkflow') {
    const ref = params.definition;
    if (typeof ref !== 'string' || !/^[a-z][a-zA-Z0-9-]*@\d+\.\d+\.\d+/.test(ref)) {
      out.push(problem(`${at}/definition`, 'action-params', 'workflow.lint.action.definition'));
    } else if (workflows && !workflows.has(ref)) {
      out.push(problem(`${at}/definition`, 'unknown-workflow', 'workflow.lint.unknown-workflow', { ref }));
    }
  }
  if (name === 'notify') {
    const list = params.roles;
    const message = params.message as Record<string, unknown> | undefined;
    if (typeof message?.fr !== 'string' || typeof message?.en !== 'string') {
      out.push(problem(`${at}/message`, 'action-params', 'workflow.lint.action.notify-message'));
    }
    if (!Array.isArray(list) || list.length === 0) {
      out.push(problem(`${at}/roles`, 'action-params', 'workflow.lint.action.notify-roles'));
    } else {
      list.forEach((r, i) => {
        if (!roles.has(String(r)))
          out.push(
            problem(`${at}/roles/${i}`, 'unknown-role', 'workflow.lint.unknown-role', {
              role: String(r),
              known: [...roles].join(', '),
            }),
          );
      });
    }
  }
  return out;
}
