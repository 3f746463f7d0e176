/**
 * Registers `<dui-care-team>`.
 *
 * @example
 * import '@duikit/components/dui-care-team';
 */
import { define } from '../define/define.js';
import { DuiCareTeam } from './dui-care-team.component.js';

define('dui-care-team', DuiCareTeam);

export { DuiCareTeam };
export type { DuiCareTeamChangeEvent, DuiCareTeamChangeDetail } from './dui-care-team.events.js';

declare global {
  interface HTMLElementTagNameMap {
    'dui-care-team': DuiCareTeam;
  }
}
