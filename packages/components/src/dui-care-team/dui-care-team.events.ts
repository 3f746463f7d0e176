/**
 * `dui-care-team-change`: `<dui-care-team>` added or removed a member; `detail.team` is the team
 * as the backend now sees it.
 *
 * @example
 * team.addEventListener('dui-care-team-change', () => inbox.reload());
 */
import type { CareTeamView } from '@duikit/core';

/** Detail of `dui-care-team-change`. */
export interface DuiCareTeamChangeDetail {
  userFileId: string;
  team: CareTeamView;
}

/** `dui-care-team-change` event type. */
export type DuiCareTeamChangeEvent = CustomEvent<DuiCareTeamChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dui-care-team-change': DuiCareTeamChangeEvent;
  }
}
