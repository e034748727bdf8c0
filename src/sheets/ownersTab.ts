// The optional Owners tab, read only by the jobs that reach or recognise people (the nudge, the digest, the
// sidebar's first guess of "me"): found by name as people type it, then one call to read it.

import type { Cell } from '../core/cells';
import { tableToScriptLocal } from '../core/timeZone';
import { normaliseHeader } from '../core/workbook/headers';
import { OWNERS_TITLE } from '../core/workbook/tabNames';
import type { TableInput } from '../core/workbook/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const OWNERS_KEY = normaliseHeader(OWNERS_TITLE);

/**
 * The Owners tab: `Owners` in one call when so named, else the leftmost whose name is it ignoring case,
 * spaces and punctuation (`owners`, `Owners `), as the KPIs and OKRs tabs are found.
 */
export function findOwnersTab(spreadsheet: Spreadsheet): Sheet | null {
  return (
    spreadsheet.getSheetByName(OWNERS_TITLE) ??
    spreadsheet.getSheets().find((sheet) => normaliseHeader(sheet.getName()) === OWNERS_KEY) ??
    null
  );
}

export function readOwnersTable(spreadsheet: Spreadsheet, timeZone: string): TableInput | undefined {
  const sheet = findOwnersTab(spreadsheet);
  if (sheet === null) return undefined;
  return { values: tableToScriptLocal(sheet.getDataRange().getValues() as Cell[][], timeZone), formulas: [] };
}
