/**
 * The shape of a `*.scenario.json` file (schemas/scenario.schema.json): a workflow played step by
 * step on a simulated clock, with what must hold along the way.
 */

/** What must hold at a step. Every key is optional; lists are compared as sets. */
export interface ScenarioExpectation {
  /** The active leaf states, exactly (dot paths). */
  state?: string[];
  status?: 'active' | 'done';
  outcome?: string;
  /** Deadline ids armed and not yet overdue (upcoming or due soon). */
  due?: string[];
  /** Deadline ids overdue. */
  overdue?: string[];
  /** Values of the instance data by JSON Pointer. */
  data?: Record<string, unknown>;
}

/** One step: send an event, move the clock, or check. */
export type ScenarioStep =
  | { send: string; as: string; payload?: unknown; refused?: boolean; description?: string }
  | { advance: string; description?: string }
  | { expect: ScenarioExpectation; description?: string };

/** A scenario file. */
export interface WorkflowScenario {
  $schema?: string;
  title: string;
  description?: string;
  /** `id@version` of the workflow or variant played. */
  workflow: string;
  start?: { at?: string; data?: Record<string, unknown>; userFile?: unknown; as?: string };
  steps: ScenarioStep[];
}
