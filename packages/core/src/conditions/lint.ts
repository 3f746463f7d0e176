import { scopeToSegments, toPointer } from '../json/pointer.js';
import type { ConditionProblem } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkScope(scope: unknown, at: string, out: ConditionProblem[]): void {
  if (typeof scope !== 'string') {
    out.push({ pointer: `${at}/scope`, message: 'scope must be a string such as "#/properties/name"' });
    return;
  }
  try {
    scopeToSegments(scope);
  } catch (e) {
    out.push({ pointer: `${at}/scope`, message: (e as Error).message });
  }
}

/**
 * Lists the structural problems of a condition found in a definition file, each located by a
 * JSON Pointer under `at` (the condition's own pointer in that file). An empty list means the
 * condition can be evaluated. Schema contents are checked by the definition's own validator.
 *
 * @example
 * conditionProblems({ type: 'AND' }, '/states/review/on/APPROVE/guard');
 * // [{ pointer: '/states/review/on/APPROVE/guard/conditions', message: 'AND needs a "conditions" array' }]
 */
export function conditionProblems(condition: unknown, at = ''): ConditionProblem[] {
  const out: ConditionProblem[] = [];
  if (!isObject(condition)) {
    out.push({ pointer: at, message: 'a condition must be an object' });
    return out;
  }
  const type = condition.type;
  if (type === 'AND' || type === 'OR') {
    if (!Array.isArray(condition.conditions) || condition.conditions.length === 0) {
      out.push({ pointer: `${at}/conditions`, message: `${type} needs a non-empty "conditions" array` });
    } else {
      condition.conditions.forEach((c, i) =>
        out.push(...conditionProblems(c, `${at}/conditions${toPointer([i])}`)),
      );
    }
  } else if (type === 'NOT') {
    out.push(...conditionProblems(condition.condition, `${at}/condition`));
  } else if (type === 'LEAF') {
    checkScope(condition.scope, at, out);
    if (!('expectedValue' in condition)) out.push({ pointer: at, message: 'LEAF needs "expectedValue"' });
  } else if (type === undefined || type === 'SCHEMA') {
    checkScope(condition.scope, at, out);
    if (typeof condition.schema !== 'boolean' && !isObject(condition.schema)) {
      out.push({ pointer: `${at}/schema`, message: 'schema must be a JSON Schema object or a boolean' });
    }
  } else {
    out.push({
      pointer: `${at}/type`,
      message: `unknown condition type ${JSON.stringify(type)} (use LEAF, AND, OR, NOT or a schema condition)`,
    });
  }
  return out;
}
