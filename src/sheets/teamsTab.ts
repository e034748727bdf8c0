// The Teams tab in the spreadsheet: found by name as people type it, read in one call.

import type { Cell } from '../core/cells';
import { TEAMS_TITLE } from '../core/teams/teamsTab';
import { normaliseHeader } from '../core/workbook/headers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TEAMS_KEY = normaliseHeader(TEAMS_TITLE);

/** `Teams` in one call when so named, else the leftmost whose name is it ignoring case, spaces and punctuation. */
export function findTeamsTab(spreadsheet: Spreadsheet): Sheet | null {
  return (
    spreadsheet.getSheetByName(TEAMS_TITLE) ??
    spreadsheet.getSheets().find((sheet) => normaliseHeader(sheet.getName()) === TEAMS_KEY) ??
    null
  );
}

/** The tab's values and formulas: a URL cell may be a HYPERLINK showing a label (two calls, whatever its rows). */
export function readTeamsValues(sheet: Sheet): { values: Cell[][]; formulas: string[][] } {
  const range = sheet.getDataRange();
  return { values: range.getValues() as Cell[][], formulas: range.getFormulas() };
}
