/**
 * `duikit test <file|dir>…`: plays every `*.scenario.json` on the runtime with a simulated clock.
 * A scenario's workflow (a definition or a variant) is found like a variant's base; the forms it
 * names and the workflows it starts come along. One line per failed expectation, exit 0 or 1.
 */
import {
  checkSchema,
  lintProblem,
  localizeProblem,
  refOf,
  runScenario,
  standardWorkflowFiles,
  type FormDefinition,
  type Translate,
  type WorkflowDefinition,
  type WorkflowProblem,
  type WorkflowScenario,
} from '@duikit/core';
import { createLibrary, type Library } from './config.js';
import { listConfigFiles } from './files.js';
import type { Io } from './io.js';
import { sourcesFor, type SourceFlags } from './project.js';
import { sourceProblems } from './validate.js';

/** The definitions and forms a run of `ref` needs: it, the workflows it starts, their forms. */
function registryFor(lib: Library, ref: string) {
  const definitions = new Map<string, WorkflowDefinition>();
  const forms = new Map<string, FormDefinition>();
  const add = (r: string): WorkflowProblem[] => {
    if (definitions.has(r)) return [];
    const found = lib.definition(r);
    if (!found)
      return [lintProblem('/workflow', 'unknown-workflow', 'workflow.scenario.unknown-workflow', { ref: r })];
    if ('problems' in found) return found.problems.map((p) => ({ ...p, pointer: '/workflow' }));
    definitions.set(r, found.definition);
    const json = JSON.stringify(found.definition);
    for (const [, form] of json.matchAll(/"form":"([^"]+@[^"]+)"/g)) {
      const f = lib.form(form);
      if (f) forms.set(form, f);
    }
    return [...json.matchAll(/"definition":"([^"]+@[^"]+)"/g)].flatMap(([, started]) =>
      started === r ? [] : add(started),
    );
  };
  const problems = add(ref);
  // Started workflows that no folder provides come from the standard files (already added if found).
  for (const d of standardWorkflowFiles.definitions)
    if (!definitions.has(refOf(d))) definitions.set(refOf(d), d);
  return {
    problems,
    registry: { definitions: [...definitions.values()], forms: [...forms.values()], lint: false },
  };
}

/**
 * Plays the scenarios under `paths`; returns each file's failures (none = passed).
 *
 * @example
 * const results = await testPaths(['workflows']);
 */
export async function testPaths(paths: string[], flags: SourceFlags = {}) {
  const files = paths.flatMap((p) => listConfigFiles(p)).filter((f) => f.endsWith('.scenario.json'));
  const sources = sourcesFor(paths, flags);
  const lib = createLibrary(sources, files);
  const results: { file: string; problems: WorkflowProblem[] }[] = [];
  for (const file of files) {
    const f = lib.file(file);
    if ('error' in f) {
      results.push({ file, problems: [lintProblem('/', 'json', f.error.key, f.error.params)] });
      continue;
    }
    const shape = checkSchema('scenario', f.doc);
    if (shape.length) {
      results.push({ file, problems: shape });
      continue;
    }
    const scenario = f.doc as WorkflowScenario;
    const { problems, registry } = registryFor(lib, scenario.workflow);
    results.push({ file, problems: problems.length ? problems : await runScenario(scenario, registry) });
  }
  return { results, sources };
}

/**
 * Runs the command: one line per failed expectation on stderr, the summary on stdout.
 *
 * @example
 * await runTest(['workflows'], {}, io, t);
 */
export async function runTest(paths: string[], flags: SourceFlags, io: Io, t: Translate): Promise<number> {
  if (paths.length === 0) {
    io.err(t('cli.error.missingArgument', { argument: '<file|dir>' }));
    return 2;
  }
  let run;
  try {
    run = await testPaths(paths, flags);
  } catch {
    for (const p of paths) io.err(`${p}:/: ${t('workflow.lint.file.unreadable-path')}`);
    return 1;
  }
  if (sourceProblems(run.sources, io, t)) return 1;
  const { results } = run;
  if (results.length === 0) {
    io.err(t('cli.test.nothing', { paths: paths.join(', ') }));
    return 2;
  }
  for (const r of results)
    for (const p of r.problems) io.err(`${r.file}:${p.pointer || '/'}: ${localizeProblem(p, t).message}`);
  const failed = results.filter((r) => r.problems.length).length;
  io.out(
    failed
      ? t('cli.test.failed', { failed, count: results.length })
      : t('cli.test.passed', { count: results.length }),
  );
  return failed ? 1 : 0;
}
