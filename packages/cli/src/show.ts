/**
 * `duikit diagram <file> [--format mermaid|svg]` and `duikit resolve <variant>`.
 */
import { resolve } from 'node:path';
import {
  lintWorkflow,
  localizeProblem,
  renderProblemText,
  renderWorkflowSvg,
  toMermaid,
  type Locale,
  type Translate,
  type WorkflowDefinition,
} from '@duikit/core';
import { loadConfig } from './config.js';
import type { Io } from './io.js';

/** Loads a workflow or variant file as a resolved definition, or prints why it cannot (in `t`'s locale). */
function definitionAt(file: string, io: Io, t: Translate): WorkflowDefinition | undefined {
  const config = loadConfig([file]);
  const f = config.files.get(resolve(file));
  const fail = (message: string) => void io.err(`${file}:/: ${message}`);
  if (!f || 'error' in f) {
    return fail(f ? renderProblemText(f.error, t) : t('workflow.lint.file.unreadable-path'));
  }
  if (f.kind !== 'workflow' && f.kind !== 'variant') return fail(t('workflow.lint.file.not-workflow'));
  const r = f.ref ? config.resolve(f.ref) : undefined;
  if (!r) return fail(t('workflow.lint.file.no-ref'));
  const problems =
    'problems' in r
      ? r.problems
      : lintWorkflow(r.definition, { forms: config.formRefs(), workflows: config.workflowRefs() });
  for (const p of problems) io.err(`${file}:${p.pointer || '/'}: ${localizeProblem(p, t).message}`);
  return problems.length || !('definition' in r) ? undefined : r.definition;
}

/**
 * Prints a diagram of a workflow (or resolved variant).
 *
 * @example
 * runDiagram('workflows/admission.workflow.json', 'svg', 'fr', io, t);
 */
export function runDiagram(
  file: string | undefined,
  format: string,
  locale: Locale,
  io: Io,
  t: Translate,
): number {
  if (!file) {
    io.err(t('cli.error.missingArgument', { argument: '<file>' }));
    return 2;
  }
  if (format !== 'mermaid' && format !== 'svg') {
    io.err(t('cli.error.badFormat', { format }));
    return 2;
  }
  const def = definitionAt(file, io, t);
  if (!def) return 1;
  io.out(format === 'svg' ? renderWorkflowSvg(def, locale) : toMermaid(def, locale));
  return 0;
}

/**
 * Prints a variant resolved over its base, as JSON (valid against workflow.schema.json).
 *
 * @example
 * runResolve('workflows/variants/admission-ehpad.json', io, t);
 */
export function runResolve(file: string | undefined, io: Io, t: Translate): number {
  if (!file) {
    io.err(t('cli.error.missingArgument', { argument: '<variant>' }));
    return 2;
  }
  const def = definitionAt(file, io, t);
  if (!def) return 1;
  io.out(
    `${JSON.stringify({ $schema: 'https://duikit.dev/schemas/workflow.schema.json', ...def }, null, 2)}\n`,
  );
  return 0;
}
