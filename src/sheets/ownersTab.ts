// The optional Owners tab, read only by the jobs that reach or recognise people (the nudge, the digest, the
// sidebar's first guess of "me"): one call to find it, one to read it.

import type { Cell } from '../core/cells';
import { tableToScriptLocal } from '../core/timeZone';
import { OWNERS_TITLE } from '../core/workbook/tabNames';
import type { TableInput } from '../core/workbook/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readOwnersTable(spreadsheet: Spreadsheet, timeZone: string): TableInput | undefined {
  const sheet = spreadsheet.getSheetByName(OWNERS_TITLE);
  if (sheet === null) return undefined;
  return { values: tableToScriptLocal(sheet.getDataRange().getValues() as Cell[][], timeZone), formulas: [] };
}
