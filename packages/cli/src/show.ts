/**
 * `duikit diagram <file> [--format mermaid|svg]` and `duikit resolve <variant>`.
 */
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
import { createLibrary } from './config.js';
import type { Io } from './io.js';
import { sourcesFor, type SourceFlags } from './project.js';

/** Loads a workflow or variant file as a resolved definition, or prints why it cannot (in `t`'s locale). */
function definitionAt(
  file: string,
  flags: SourceFlags,
  io: Io,
  t: Translate,
): WorkflowDefinition | undefined {
  const lib = createLibrary(sourcesFor([file], flags), [file]);
  const f = lib.file(file);
  const fail = (message: string) => void io.err(`${file}:/: ${message}`);
  if ('error' in f) return fail(renderProblemText(f.error, t));
  if (f.kind !== 'workflow' && f.kind !== 'variant') return fail(t('workflow.lint.file.not-workflow'));
  const r = f.ref ? lib.definition(f.ref) : undefined;
  if (!r) return fail(t('workflow.lint.file.no-ref'));
  const problems = 'problems' in r ? r.problems : lintWorkflow(r.definition, lib.lintOptions(r.definition));
  for (const p of problems) io.err(`${file}:${p.pointer || '/'}: ${localizeProblem(p, t).message}`);
  return problems.length || !('definition' in r) ? undefined : r.definition;
}

/**
 * Prints a diagram of a workflow (or resolved variant).
 *
 * @example
 * runDiagram('workflows/admission.workflow.json', 'svg', 'fr', {}, io, t);
 */
export function runDiagram(
  file: string | undefined,
  format: string,
  locale: Locale,
  flags: SourceFlags,
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
  const def = definitionAt(file, flags, io, t);
  if (!def) return 1;
  io.out(format === 'svg' ? renderWorkflowSvg(def, locale) : toMermaid(def, locale));
  return 0;
}

/**
 * Prints a variant resolved over its base, as JSON (valid against workflow.schema.json).
 *
 * @example
 * runResolve('workflows/variants/admission-ehpad.json', {}, io, t);
 */
export function runResolve(file: string | undefined, flags: SourceFlags, io: Io, t: Translate): number {
  if (!file) {
    io.err(t('cli.error.missingArgument', { argument: '<variant>' }));
    return 2;
  }
  const def = definitionAt(file, flags, io, t);
  if (!def) return 1;
  io.out(`${JSON.stringify({ $schema: SCHEMA_URL, ...def }, null, 2)}\n`);
  return 0;
}

/** Where a resolved definition's schema is, once `@duikit/schemas` is installed beside it. */
const SCHEMA_URL = 'https://duikit.dev/schemas/workflow.schema.json';
