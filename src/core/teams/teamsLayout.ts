// The Teams tab Roll up teams creates when there is none: the header only. An example row would point at a
// file that does not exist, and the next roll-up would import it.

import type { TabLayout } from '../setup/layout';
import { TEAMS_COLUMNS, TEAMS_TITLE } from './teamsTab';

const TEXT = '0.###############';

export function teamsLayout(): TabLayout {
  return {
    title: TEAMS_TITLE,
    header: [TEAMS_COLUMNS.team.title, TEAMS_COLUMNS.source.title, TEAMS_COLUMNS.tab.title],
    rows: [],
    formats: [],
    columnFormats: [0, 1, 2].map((column) => ({ column, format: TEXT })),
    lists: [],
    numberRanges: [],
    checkboxes: [],
  };
}
