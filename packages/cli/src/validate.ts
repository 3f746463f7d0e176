/**
 * `duikit validate <file|dir>…`: every workflow, form, variant and scenario file is checked (a
 * variant after resolution, its problems located in its own patch); one line per problem on
 * stderr as `file:/json/pointer: message`, the file named as it was given, in the locale of
 * `--lang` (French by default).
 */
import {
  checkSchema,
  lintForm,
  lintProblem,
  lintVariant,
  lintWorkflow,
  localizeProblem,
  resolveVariant,
  refOf,
  standardWorkflowFiles,
  STANDARD_ROLES,
  suggesting,
  type Translate,
  type WorkflowDefinition,
  type WorkflowProblem,
  type WorkflowScenario,
  type WorkflowVariant,
} from '@duikit/core';
import { createLibrary, type ConfigFile, type Library } from './config.js';
import { listConfigFiles } from './files.js';
import type { Io } from './io.js';
import { sourcesFor, type SourceFlags, type Sources } from './project.js';

/** One problem in one file (`message` in French; `localizeProblem` renders another locale). */
export interface FileProblem extends WorkflowProblem {
  file: string;
}

const baseOf = (lib: Library) => (ref: string) => {
  const b = lib.definition(ref);
  return b && 'definition' in b ? b.definition : undefined;
};

function variantProblems(lib: Library, doc: unknown): WorkflowProblem[] {
  const v = doc as WorkflowVariant;
  const base = typeof v?.extends === 'string' ? lib.definition(v.extends) : undefined;
  if (base && 'problems' in base)
    return base.problems.map((p) =>
      lintProblem('/extends', p.code, 'workflow.lint.variant.base-problem', {
        base: v.extends,
        detail: p.params ? { key: p.key, params: p.params } : { key: p.key },
      }),
    );
  const shape = checkSchema('variant', doc);
  const resolved = shape.length ? undefined : resolveVariant(v, baseOf(lib));
  const opts = resolved && 'definition' in resolved ? lib.lintOptions(resolved.definition) : {};
  const bases = [...standardWorkflowFiles.definitions, ...standardWorkflowFiles.variants].map(refOf);
  return lintVariant(doc, baseOf(lib), opts).map((p) =>
    p.code === 'unknown-base' ? suggesting(p, v.extends, [...bases, ...lib.refs()]) : p,
  );
}

/** A scenario's shape, its workflow, and the events and roles of its steps. */
function scenarioProblems(lib: Library, doc: unknown): WorkflowProblem[] {
  const shape = checkSchema('scenario', doc);
  if (shape.length) return shape;
  const scenario = doc as WorkflowScenario;
  const found = lib.definition(scenario.workflow);
  if (!found || 'problems' in found)
    return [
      lintProblem('/workflow', 'unknown-workflow', 'workflow.scenario.unknown-workflow', {
        ref: scenario.workflow,
      }),
    ];
  const events = Object.keys(found.definition.events);
  return scenario.steps.flatMap((step, i) => {
    if (!('send' in step)) return [];
    const out: WorkflowProblem[] = [];
    if (!events.includes(step.send)) {
      const p = lintProblem(`/steps/${i}/send`, 'unknown-event', 'workflow.lint.unknown-event', {
        event: step.send,
      });
      out.push(suggesting(p, step.send, events));
    }
    if (!STANDARD_ROLES.includes(step.as)) {
      const known = STANDARD_ROLES.join(', ');
      const p = lintProblem(`/steps/${i}/as`, 'unknown-role', 'workflow.lint.unknown-role', {
        role: step.as,
        known,
      });
      out.push(suggesting(p, step.as, STANDARD_ROLES));
    }
    return out;
  });
}

function problemsOf(lib: Library, f: ConfigFile, explicit: boolean, seen: Map<string, string>, name: string) {
  if ('error' in f) return [lintProblem('/', 'json', f.error.key, f.error.params)];
  if (!f.kind) return explicit ? [lintProblem('/', 'kind', 'workflow.lint.file.not-config')] : [];
  const out: WorkflowProblem[] = [];
  const key = `${f.kind === 'variant' ? 'workflow' : f.kind}:${f.ref}`;
  if (f.ref && f.kind !== 'scenario') {
    const first = seen.get(key);
    if (first)
      out.push(
        lintProblem('/version', 'duplicate', 'workflow.lint.file.duplicate', { ref: f.ref, file: first }),
      );
    else seen.set(key, name);
  }
  if (f.kind === 'form') return [...out, ...lintForm(f.doc)];
  if (f.kind === 'workflow')
    return [...out, ...lintWorkflow(f.doc, lib.lintOptions(f.doc as WorkflowDefinition))];
  if (f.kind === 'scenario') return [...out, ...scenarioProblems(lib, f.doc)];
  return [...out, ...variantProblems(lib, f.doc)];
}

/**
 * Validates files and folders; returns the problems, each file named as the path it came from.
 *
 * @example
 * const { checked, problems } = validatePaths(['workflows']);
 */
export function validatePaths(
  paths: string[],
  flags: SourceFlags = {},
): { checked: number; problems: FileProblem[]; sources: Sources; opened: string[] } {
  const listed = paths.flatMap((p) => listConfigFiles(p).map((file) => ({ file, explicit: file === p })));
  const sources = sourcesFor(paths, flags);
  const lib = createLibrary(
    sources,
    listed.map((l) => l.file),
  );
  const problems: FileProblem[] = [];
  const seen = new Map<string, string>();
  let checked = 0;
  for (const { file, explicit } of listed) {
    const f = lib.file(file);
    if (!f.kind && !explicit && !('error' in f)) continue;
    checked++;
    for (const p of problemsOf(lib, f, explicit, seen, file))
      problems.push({ ...p, file, pointer: p.pointer || '/' });
  }
  return { checked, problems, sources, opened: lib.opened() };
}

/** Problem lines of the project file, when it cannot be used. */
export function sourceProblems(sources: Sources, io: Io, t: Translate): boolean {
  if (!sources.error || !sources.configFile) return false;
  const text = lintProblem('/', 'project', sources.error.key, sources.error.params);
  io.err(`${sources.configFile}:/: ${localizeProblem(text, t).message}`);
  return true;
}

/**
 * Runs the command. Exit codes: 0 valid, 1 invalid, 2 usage error (nothing to check included).
 * Problems go to stderr, one per line; the summary goes to stdout.
 *
 * @example
 * runValidate(['workflows'], {}, io, t);
 */
export function runValidate(paths: string[], flags: SourceFlags, io: Io, t: Translate): number {
  if (paths.length === 0) {
    io.err(t('cli.error.missingArgument', { argument: '<file|dir>' }));
    return 2;
  }
  const missing = paths.filter((p) => {
    try {
      listConfigFiles(p);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    for (const m of missing) io.err(`${m}:/: ${t('workflow.lint.file.unreadable-path')}`);
    return 1;
  }
  const { checked, problems, sources } = validatePaths(paths, flags);
  if (sourceProblems(sources, io, t)) return 1;
  for (const p of problems) io.err(`${p.file}:${p.pointer}: ${localizeProblem(p, t).message}`);
  if (checked === 0) {
    io.err(t('cli.validate.nothing', { paths: paths.join(', ') }));
    return 2;
  }
  if (problems.length) {
    const files = new Set(problems.map((p) => p.file)).size;
    io.out(t('cli.validate.failed', { problems: problems.length, files, count: checked }));
    return 1;
  }
  io.out(t('cli.validate.ok', { count: checked }));
  return 0;
}
