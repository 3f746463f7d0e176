/**
 * The form linter: a form file must match its schema, its JSON Schema must compile, and every
 * UI schema control must point at a property the schema declares (JSON Forms renders nothing,
 * silently, for a scope that points nowhere).
 */
import { conditionProblems } from '../conditions/lint.js';
import { scopeToSegments } from '../json/pointer.js';
import { problem } from './problem.js';
import { checkSchema } from './schema-check.js';
import { schemaProblems } from './schema-lint.js';
import type { FormDefinition, WorkflowProblem } from './types.js';

function scopeExists(schema: Record<string, unknown>, scope: string): boolean {
  let cur: Record<string, unknown> | undefined = schema;
  for (const seg of scopeToSegments(scope)) {
    const props = cur?.properties as Record<string, Record<string, unknown>> | undefined;
    cur = props?.[seg];
    if (!cur) return false;
  }
  return true;
}

/** The scopes of a rule's condition must designate a property of the form's schema too. */
function ruleScopes(schema: Record<string, unknown>, c: unknown, at: string): WorkflowProblem[] {
  const cond = c as { type?: string; scope?: string; conditions?: unknown[]; condition?: unknown };
  if (cond.type === 'AND' || cond.type === 'OR')
    return (cond.conditions ?? []).flatMap((x, i) => ruleScopes(schema, x, `${at}/conditions/${i}`));
  if (cond.type === 'NOT') return ruleScopes(schema, cond.condition, `${at}/condition`);
  if (typeof cond.scope !== 'string' || scopeDesignates(schema, cond.scope)) return [];
  return [problem(`${at}/scope`, 'unknown-scope', 'workflow.lint.form.unknown-scope', { scope: cond.scope })];
}

function scopeDesignates(schema: Record<string, unknown>, scope: string): boolean {
  try {
    return scopeExists(schema, scope);
  } catch {
    return false; // a malformed scope names nothing either
  }
}

/**
 * Lints a parsed form definition.
 *
 * @example
 * lintForm(json); // [{ pointer: '/uischema/elements/1/scope', code: 'unknown-scope', … }]
 */
export function lintForm(doc: unknown): WorkflowProblem[] {
  const structural = checkSchema('form', doc);
  if (structural.length) return structural;
  const form = doc as FormDefinition;
  const out: WorkflowProblem[] = schemaProblems(form.schema, '/schema');
  const visit = (el: Record<string, unknown>, at: string) => {
    if (typeof el.scope === 'string') {
      if (!scopeDesignates(form.schema, el.scope))
        out.push(
          problem(`${at}/scope`, 'unknown-scope', 'workflow.lint.form.unknown-scope', { scope: el.scope }),
        );
    }
    const rule = el.rule as { condition?: unknown } | undefined;
    if (rule) {
      const found = conditionProblems(rule.condition, `${at}/rule/condition`);
      out.push(...found.map((p) => ({ ...p, code: 'condition' })));
      if (found.length === 0) out.push(...ruleScopes(form.schema, rule.condition, `${at}/rule/condition`));
    }
    const elements = el.elements;
    if (Array.isArray(elements))
      elements.forEach((c, i) => visit(c as Record<string, unknown>, `${at}/elements/${i}`));
  };
  visit(form.uischema, '/uischema');
  return out;
}
