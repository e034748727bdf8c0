// The add-on-owned Team OKRs tab in the spreadsheet: written whole by Roll up teams (titles, status lines and
// one IMPORTRANGE formula per team), read in one call by the jobs that use other teams' objectives, and its
// status lines kept true by Refresh. No other tab is touched, and the calls do not grow with the teams' rows.

import { readText, type Cell } from '../core/cells';
import type { TeamImport } from '../core/teams/teamOkrs';
import { TEAM_OKRS_TITLE, teamOkrsGrid, teamOkrsSize, BAND_WIDTH, STATUS_ROW } from '../core/teams/teamOkrsLayout';
import { isStatusLine, statusLine, statusRow } from '../core/teams/teamStatus';
import type { TeamSource } from '../core/teams/teamsTab';
import { tableToScriptLocal } from '../core/timeZone';
import type { TableInput } from '../core/workbook/workbook';
import { textAsWritten } from './writeCells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab's values (the imports as Sheets shows them), or undefined when Roll up teams never ran. */
export function readTeamOkrsTable(spreadsheet: Spreadsheet, timeZone: string): TableInput | undefined {
  const sheet = spreadsheet.getSheetByName(TEAM_OKRS_TITLE);
  if (sheet === null) return undefined;
  return { values: tableToScriptLocal(sheet.getDataRange().getValues() as Cell[][], timeZone), formulas: [] };
}

/**
 * The Team OKRs tab when there is one, and whether it is the add-on's: empty, or with a status line in A2 (two
 * small reads, only when the tab exists). A person's own tab of that name is never cleared.
 */
export function findTeamOkrsTab(spreadsheet: Spreadsheet): { sheet: Sheet; ours: boolean } | undefined {
  const sheet = spreadsheet.getSheetByName(TEAM_OKRS_TITLE);
  if (sheet === null) return undefined;
  const ours = sheet.getLastRow() === 0 || isStatusLine(readText(sheet.getRange(STATUS_ROW + 1, 1).getValue() as Cell));
  return { sheet, ours };
}

/** Adds rows and columns so every band's import has room: an import cut by the tab's edge shows only #REF!. */
function makeRoom(sheet: Sheet, teams: number): void {
  const needed = teamOkrsSize(teams);
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  if (rows < needed.rows) sheet.insertRowsAfter(rows, needed.rows - rows);
  if (columns < needed.columns) sheet.insertColumnsAfter(columns, needed.columns - columns);
}

/**
 * Writes the tab afresh for `teams`: what was there is cleared (the add-on owns it), each band gets its title,
 * a first status line and its formula, in four writes whatever the number of teams. Re-entering the formulas
 * also makes Sheets load them again.
 */
export function writeTeamOkrs(spreadsheet: Spreadsheet, teams: readonly TeamSource[]): Sheet {
  const sheet = spreadsheet.getSheetByName(TEAM_OKRS_TITLE) ?? spreadsheet.insertSheet(TEAM_OKRS_TITLE);
  sheet.clear();
  makeRoom(sheet, teams.length);
  const grid = teamOkrsGrid(teams, (team) =>
    team.problem === undefined
      ? statusLine({ kind: 'loading' })
      : statusLine({ kind: 'invalid', problem: team.problem }),
  );
  const width = grid.top[0]?.length ?? BAND_WIDTH;
  sheet
    .getRange(1, 1, 2, width)
    .setValues(grid.top.map((row) => textAsWritten(row)))
    .setFontWeight('bold');
  sheet.getRange(3, 1, 1, width).setFormulas(grid.formulas);
  sheet.setFrozenRows(2);
  sheet
    .protect()
    .setWarningOnly(true)
    .setDescription(
      `${TEAM_OKRS_TITLE} is rewritten by Roll up teams: edit the Teams tab and each team's own file instead.`,
    );
  return sheet;
}

/**
 * Writes the status lines that no longer say what the imports show, in one call; none when all are true (and the
 * tab, which `sheetOf` finds, is not even looked up).
 */
export function updateTeamStatus(sheetOf: () => Sheet | null, teams: readonly TeamImport[]): void {
  const row = statusRow(teams, BAND_WIDTH);
  if (row === undefined) return;
  sheetOf()
    ?.getRange(STATUS_ROW + 1, 1, 1, row.length)
    .setValues([textAsWritten(row)]);
}

/**
 * Brings each band's status line up to date with what the tab (as read) shows: Refresh's last step. A status
 * line is a courtesy to the reader of that tab, so a failure to write it is logged, never a failed Refresh.
 */
export function refreshTeamStatus(spreadsheet: Spreadsheet, teams: readonly TeamImport[] | undefined): void {
  if (teams === undefined) return;
  try {
    updateTeamStatus(() => spreadsheet.getSheetByName(TEAM_OKRS_TITLE), teams);
  } catch (error) {
    console.warn(`Team OKRs status lines not updated: ${error instanceof Error ? error.message : String(error)}`);
  }
}
