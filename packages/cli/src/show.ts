/**
 * `duikit diagram <file> [--format mermaid|svg]` and `duikit resolve <variant>`.
 */
import { resolve } from 'node:path';
import {
  lintWorkflow,
  renderWorkflowSvg,
  toMermaid,
  type Locale,
  type Translate,
  type WorkflowDefinition,
} from '@duikit/core';
import { loadConfig } from './config.js';
import type { Io } from './io.js';

/** Loads a workflow or variant file as a resolved definition, or prints why it cannot. */
function definitionAt(file: string, io: Io): WorkflowDefinition | undefined {
  const config = loadConfig([file]);
  const f = config.files.get(resolve(file));
  if (!f || 'error' in f) {
    io.err(`${file}:/: ${f && 'error' in f ? f.error : 'cannot read the file'}`);
    return undefined;
  }
  if (f.kind !== 'workflow' && f.kind !== 'variant') {
    io.err(`${file}:/: not a workflow or variant file`);
    return undefined;
  }
  const r = f.ref ? config.resolve(f.ref) : undefined;
  if (!r) {
    io.err(`${file}:/: missing "id" or "version"`);
    return undefined;
  }
  if ('problems' in r) {
    for (const p of r.problems) io.err(`${file}:${p.pointer || '/'}: ${p.message}`);
    return undefined;
  }
  const problems = lintWorkflow(r.definition, { forms: config.formRefs(), workflows: config.workflowRefs() });
  if (problems.length) {
    for (const p of problems) io.err(`${file}:${p.pointer || '/'}: ${p.message}`);
    return undefined;
  }
  return r.definition;
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
  const def = definitionAt(file, io);
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
  const def = definitionAt(file, io);
  if (!def) return 1;
  io.out(
    `${JSON.stringify({ $schema: 'https://duikit.dev/schemas/workflow.schema.json', ...def }, null, 2)}\n`,
  );
  return 0;
}
