/**
 * `duikit validate <file|dir>…`: every workflow, form and variant file is checked (a variant
 * after resolution); one line per problem on stderr as `file:/json/pointer: message`, in the
 * locale of `--lang` (French by default).
 */
import { relative, resolve } from 'node:path';
import {
  checkSchema,
  lintForm,
  lintProblem,
  lintWorkflow,
  localizeProblem,
  type Translate,
  type WorkflowProblem,
} from '@duikit/core';
import { loadConfig, type Config, type ConfigFile } from './config.js';
import { listJsonFiles } from './files.js';
import type { Io } from './io.js';

/** One problem in one file (`message` in French; `localizeProblem` renders another locale). */
export interface FileProblem extends WorkflowProblem {
  file: string;
}

function problemsOf(config: Config, f: ConfigFile, explicit: boolean): WorkflowProblem[] {
  if ('error' in f) return [lintProblem('/', 'json', f.error.key, f.error.params)];
  if (!f.kind) return explicit ? [lintProblem('/', 'kind', 'workflow.lint.file.not-config')] : [];
  const dup = f.ref ? (config.byRef.get(`${f.kind}:${f.ref}`) ?? []) : [];
  const out: WorkflowProblem[] =
    dup.length > 1 && dup[0] !== f
      ? [
          lintProblem('/version', 'duplicate', 'workflow.lint.file.duplicate', {
            ref: f.ref!,
            file: relative(process.cwd(), dup[0].path),
          }),
        ]
      : [];
  const opts = { forms: config.formRefs(), workflows: config.workflowRefs() };
  if (f.kind === 'form') return [...out, ...lintForm(f.doc)];
  if (f.kind === 'workflow') return [...out, ...lintWorkflow(f.doc, opts)];
  const shape = checkSchema('variant', f.doc);
  if (shape.length || !f.ref) return [...out, ...shape];
  const resolved = config.resolve(f.ref);
  if (!resolved) return out;
  if ('problems' in resolved) return [...out, ...resolved.problems];
  return [
    ...out,
    ...lintWorkflow(resolved.definition, opts).map((p) =>
      lintProblem(p.pointer, p.code, 'workflow.lint.file.in-resolved', {
        detail: { key: p.key, params: p.params },
      }),
    ),
  ];
}

/**
 * Validates files and folders; returns the problems (paths relative to the working folder).
 *
 * @example
 * const { checked, problems } = validatePaths(['workflows']);
 */
export function validatePaths(paths: string[]): { checked: number; problems: FileProblem[] } {
  const config = loadConfig(paths);
  const explicit = new Set(paths.map((p) => resolve(p)));
  const problems: FileProblem[] = [];
  let checked = 0;
  for (const p of listJsonFiles(paths)) {
    const f = config.files.get(resolve(p));
    if (!f) continue;
    const isExplicit = explicit.has(resolve(p));
    if (!f.kind && !isExplicit && !('error' in f)) continue;
    checked++;
    const file = relative(process.cwd(), f.path) || f.path;
    for (const pr of problemsOf(config, f, isExplicit))
      problems.push({ ...pr, file, pointer: pr.pointer || '/' });
  }
  return { checked, problems };
}

/**
 * Runs the command. Exit codes: 0 valid, 1 invalid, 2 usage error (nothing to check included).
 * Problems go to stderr, one per line; the summary goes to stdout. `t` must know the linter's
 * messages (`createTranslator(locale, [workflowLintMessages])`, as `main` does).
 *
 * @example
 * await runValidate(['workflows'], io, t);
 */
export function runValidate(paths: string[], io: Io, t: Translate): number {
  if (paths.length === 0) {
    io.err(t('cli.error.missingArgument', { argument: '<file|dir>' }));
    return 2;
  }
  const missing = paths.filter((p) => {
    try {
      listJsonFiles([p]);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    for (const m of missing) io.err(`${m}:/: ${t('workflow.lint.file.unreadable-path')}`);
    return 1;
  }
  const { checked, problems } = validatePaths(paths);
  for (const p of problems) io.err(`${p.file}:${p.pointer}: ${localizeProblem(p, t).message}`);
  if (checked === 0) {
    io.err(t('cli.validate.nothing', { paths: paths.join(', ') }));
    return 2;
  }
  if (problems.length) {
    io.out(
      t('cli.validate.failed', {
        problems: problems.length,
        files: new Set(problems.map((p) => p.file)).size,
        count: checked,
      }),
    );
    return 1;
  }
  io.out(t('cli.validate.ok', { count: checked }));
  return 0;
}
