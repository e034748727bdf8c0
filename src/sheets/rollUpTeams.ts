// Roll up teams: read the Teams tab, (re)write the add-on's Team OKRs tab of IMPORTRANGE bands, and put on each
// band's status line what the imports show once Sheets has started loading them.

import { teamsLayout } from '../core/teams/teamsLayout';
import { readTeamOkrs } from '../core/teams/teamOkrs';
import { MAX_TEAMS, TEAM_OKRS_TITLE } from '../core/teams/teamOkrsLayout';
import { readTeamsTab, refuseRepeats, TEAMS_COLUMNS, TEAMS_TITLE } from '../core/teams/teamsTab';
import { createTab } from './createTab';
import { readFiscalStartMonth } from './settings';
import { findTeamOkrsTab, readTeamOkrsTable, updateTeamStatus, writeTeamOkrs } from './teamOkrsTab';
import { findTeamsTab, readTeamsValues } from './teamsTab';
import { toScriptLocal } from '../core/timeZone';
import { rollUpSummary } from '../core/teams/rollUpSummary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FILL_IN =
  `list one team per row: its name under ${TEAMS_COLUMNS.team.title} and the URL of its spreadsheet under ` +
  `${TEAMS_COLUMNS.source.title} (the ${TEAMS_COLUMNS.tab.title} column only when its tab is not called OKRs), ` +
  'then run Roll up teams again.';

/** What one roll-up did, as the toast says it; a problem the person must fix first is an alert instead. */
export function rollUpTeamsIn(spreadsheet: Spreadsheet): { toast: string } | { alert: string } {
  const teamsSheet = findTeamsTab(spreadsheet);
  if (teamsSheet === null) {
    createTab(spreadsheet, teamsLayout());
    return { alert: `Created the ${TEAMS_TITLE} tab: ${FILL_IN}` };
  }
  const { values, formulas } = readTeamsValues(teamsSheet);
  const teamsTab = readTeamsTab(values, formulas);
  if (!teamsTab.ok) return { alert: teamsTab.problem };
  const existing = findTeamOkrsTab(spreadsheet);
  if (existing !== undefined && !existing.ours)
    return {
      alert:
        `This spreadsheet already has a tab called ${TEAM_OKRS_TITLE} that Roll up teams did not write. Nothing was ` +
        `changed: rename that tab (or delete it), then run Roll up teams again.`,
    };
  if (teamsTab.teams.length === 0) {
    // Teams no longer listed must not stay in the roll-up through an old import.
    if (existing !== undefined) spreadsheet.deleteSheet(existing.sheet);
    const removed = existing === undefined ? '' : ` (the ${TEAM_OKRS_TITLE} tab of the last roll-up was removed)`;
    return { alert: `The ${TEAMS_TITLE} tab lists no team yet${removed}: ${FILL_IN}` };
  }
  if (teamsTab.teams.length > MAX_TEAMS)
    return {
      alert:
        `The ${TEAMS_TITLE} tab lists ${teamsTab.teams.length} teams; Roll up teams brings in ${MAX_TEAMS} at most ` +
        `(each takes room on the ${TEAM_OKRS_TITLE} tab, and a spreadsheet's room is limited). Nothing was changed: ` +
        `keep the ${TEAMS_TITLE} tab to ${MAX_TEAMS} team files.`,
    };
  const teams = refuseRepeats(teamsTab.teams, spreadsheet.getId());
  const sheet = writeTeamOkrs(spreadsheet, teams);
  // Sheets starts loading the imports once the formulas are in; what they show by now goes on the status lines.
  SpreadsheetApp.flush();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const table = readTeamOkrsTable(spreadsheet, timeZone);
  const read = readTeamOkrs(table?.values ?? [], toScriptLocal(new Date(), timeZone), readFiscalStartMonth());
  updateTeamStatus(() => sheet, read.teams);
  return { toast: rollUpSummary(read.teams, TEAM_OKRS_TITLE) };
}
