/**
 * Registers `<dui-aggir-grid>`.
 *
 * @example
 * import '@duikit/components';
 */
import { define } from '../define/define.js';
import { DuiAggirGrid } from './dui-aggir-grid.component.js';

define('dui-aggir-grid', DuiAggirGrid);

export { DuiAggirGrid };
export type {
  DuiAggirChangeEvent,
  DuiAggirChangeDetail,
  DuiAggirSavedEvent,
  DuiAggirSavedDetail,
} from './dui-aggir-grid.events.js';

declare global {
  interface HTMLElementTagNameMap {
    'dui-aggir-grid': DuiAggirGrid;
  }
}
