/**
 * `dui-scenario-export`: the configurator exported the simulation of `<dui-workflow-workbench>`
 * as a scenario (`*.scenario.json`, played by `duikit test`).
 *
 * @example
 * bench.addEventListener('dui-scenario-export', (e) => save(`${e.detail.scenario.workflow}.scenario.json`, e.detail.text));
 */
import type { WorkflowScenario } from '@duikit/core';

/** Detail of `dui-scenario-export`. */
export interface DuiScenarioExportDetail {
  scenario: WorkflowScenario;
  /** The scenario as the JSON text of a file. */
  text: string;
}

/** `dui-scenario-export` event type. */
export type DuiScenarioExportEvent = CustomEvent<DuiScenarioExportDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dui-scenario-export': DuiScenarioExportEvent;
  }
}
