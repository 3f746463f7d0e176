import { format } from '../i18n/index.js';
import { conditionLintFr } from '../i18n/messages/workflow-lint-conditions.js';
import { scopeToSegments, toPointer } from '../json/pointer.js';
import type { ConditionProblem } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Rendered here in French from the conditions' own small catalogue: this module ships in the
// browser bundle, the linter's full catalogue does not.
const problem = (pointer: string, key: string, params?: Record<string, string>): ConditionProblem => ({
  pointer,
  key: `workflow.lint.condition.${key}`,
  ...(params && { params }),
  message: format(conditionLintFr[`workflow.lint.condition.${key}`], params),
});

function checkScope(scope: unknown, at: string, out: ConditionProblem[]): void {
  if (typeof scope !== 'string') {
    out.push(problem(`${at}/scope`, 'scope-type'));
    return;
  }
  try {
    scopeToSegments(scope);
  } catch {
    // Both pointer errors (no leading "#/" or "/", a segment other than "properties") mean the same fix.
    out.push(problem(`${at}/scope`, 'scope-unsupported', { scope }));
  }
}

/**
 * Lists the structural problems of a condition found in a definition file, each located by a
 * JSON Pointer under `at` (the condition's own pointer in that file). An empty list means the
 * condition can be evaluated. Schema contents are checked by the definition's own validator.
 *
 * @example
 * conditionProblems({ type: 'AND' }, '/states/review/on/APPROVE/guard');
 * // [{ pointer: '/states/review/on/APPROVE/guard/conditions', key: 'workflow.lint.condition.conditions',
 * //    params: { type: 'AND' }, message: 'AND attend un tableau « conditions » non vide' }]
 */
export function conditionProblems(condition: unknown, at = ''): ConditionProblem[] {
  const out: ConditionProblem[] = [];
  if (!isObject(condition)) {
    out.push(problem(at, 'not-object'));
    return out;
  }
  const type = condition.type;
  if (type === 'AND' || type === 'OR') {
    if (!Array.isArray(condition.conditions) || condition.conditions.length === 0) {
      out.push(problem(`${at}/conditions`, 'conditions', { type }));
    } else {
      condition.conditions.forEach((c, i) =>
        out.push(...conditionProblems(c, `${at}/conditions${toPointer([i])}`)),
      );
    }
  } else if (type === 'NOT') {
    out.push(...conditionProblems(condition.condition, `${at}/condition`));
  } else if (type === 'LEAF') {
    checkScope(condition.scope, at, out);
    if (!('expectedValue' in condition)) out.push(problem(at, 'expected-value'));
  } else if (type === undefined || type === 'SCHEMA') {
    checkScope(condition.scope, at, out);
    if (typeof condition.schema !== 'boolean' && !isObject(condition.schema)) {
      out.push(problem(`${at}/schema`, 'schema'));
    }
  } else {
    out.push(
      problem(`${at}/type`, 'unknown-type', { type: typeof type === 'string' ? type : JSON.stringify(type) }),
    );
  }
  return out;
}
