/**
 * Plays a scenario on a {@link WorkflowSimulation}: each step that does not turn out as written
 * becomes one problem located at that step (`/steps/3/expect/overdue`), worded from the catalogue.
 */
import { getAtPointer, toPointer } from '../json/pointer.js';
import { problem } from './problem.js';
import type { WorkflowRegistry, WorkflowRegistryInput } from './registry.js';
import type { ScenarioExpectation, WorkflowScenario } from './scenario-types.js';
import { WorkflowSimulation } from './simulation.js';
import type { WorkflowProblem } from './types.js';

const show = (v: unknown) =>
  v === undefined ? '—' : Array.isArray(v) ? v.join(', ') || '∅' : JSON.stringify(v);
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

async function expectationProblems(
  sim: WorkflowSimulation,
  e: ScenarioExpectation,
  at: string,
): Promise<WorkflowProblem[]> {
  const now = await sim.expectation();
  const out: WorkflowProblem[] = [];
  const mismatch = (key: string, expected: unknown, actual: unknown) =>
    out.push(
      problem(`${at}/${key}`, 'scenario', `workflow.scenario.${key}`, {
        expected: show(expected),
        actual: show(actual),
      }),
    );
  for (const key of ['state', 'due', 'overdue'] as const) {
    const want = e[key];
    if (want && !sameSet(want, now[key] ?? [])) mismatch(key, want, now[key]);
  }
  if (e.status && e.status !== now.status) mismatch('status', e.status, now.status);
  if (e.outcome && e.outcome !== now.outcome) mismatch('outcome', e.outcome, now.outcome);
  for (const [pointer, want] of Object.entries(e.data ?? {})) {
    const actual = getAtPointer(sim.instance.snapshot.context, pointer);
    if (JSON.stringify(actual) !== JSON.stringify(want))
      out.push(
        problem(`${at}/data${toPointer([pointer])}`, 'scenario', 'workflow.scenario.data', {
          pointer,
          expected: show(want),
          actual: show(actual),
        }),
      );
  }
  return out;
}

/**
 * Plays a scenario and returns its failed expectations (none means it passed).
 *
 * @example
 * const failures = await runScenario(scenario, { definitions, forms, variants, lint: false });
 * for (const f of failures) console.error(`${file}:${f.pointer}: ${f.message}`);
 */
export async function runScenario(
  scenario: WorkflowScenario,
  registry: WorkflowRegistry | WorkflowRegistryInput,
): Promise<WorkflowProblem[]> {
  const started = await WorkflowSimulation.start({
    registry,
    definition: scenario.workflow,
    at: scenario.start?.at,
    data: scenario.start?.data,
    userFile: scenario.start?.userFile,
    as: scenario.start?.as,
  });
  if (!(started instanceof WorkflowSimulation))
    return [problem('/workflow', 'scenario', 'workflow.scenario.start-refused', { reason: started.message })];
  const sim = started;
  const out: WorkflowProblem[] = [];
  for (const [i, step] of scenario.steps.entries()) {
    const at = `/steps/${i}`;
    if ('send' in step) {
      const refusal = await sim.send(step.as, step.send, step.payload);
      const params = { event: step.send, role: step.as };
      if (refusal && !step.refused)
        out.push(
          problem(at, 'scenario', 'workflow.scenario.refused', { ...params, reason: refusal.message }),
        );
      if (!refusal && step.refused) out.push(problem(at, 'scenario', 'workflow.scenario.accepted', params));
    } else if ('advance' in step) {
      try {
        await sim.advance(step.advance);
      } catch {
        out.push(
          problem(`${at}/advance`, 'scenario', 'workflow.lint.duration.invalid', { value: step.advance }),
        );
        return out;
      }
    } else out.push(...(await expectationProblems(sim, step.expect, `${at}/expect`)));
  }
  return out;
}
