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

export function readTeamsValues(sheet: Sheet): Cell[][] {
  return sheet.getDataRange().getValues() as Cell[][];
}
