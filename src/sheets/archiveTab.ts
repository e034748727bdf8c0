import type { Cell } from '../core/cells';
import { frozenFormulaPatches } from '../core/quarterClose/frozenFormulas';
import { tabKind } from '../core/workbook/tabNames';
import { tableToScriptLocal } from '../core/timeZone';
import { writePatches } from './writePatches';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** `Copy of OKRs` tabs now: taken before copying, so a re-run can tell its own copy from the user's. */
export function copiesOf(spreadsheet: Spreadsheet, source: Sheet): string[] {
  const prefix = `Copy of ${source.getName()}`;
  return spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => name.startsWith(prefix));
}

/**
 * The archive: a copy of the tab (formats and colours come along), renamed, its formulas frozen to the
 * values they showed (every other cell stays exactly as the user left it), protected warning-only, placed after the live tabs. A copy an interrupted run left
 * behind is adopted, not repeated.
 */
export function archiveTab(
  spreadsheet: Spreadsheet,
  source: Sheet,
  name: string,
  copiesBefore: readonly string[],
  timeZone: string,
): Sheet {
  let archive = spreadsheet.getSheetByName(name);
  if (archive === null) {
    const leftOver = copiesOf(spreadsheet, source).find((copy) => !copiesBefore.includes(copy));
    archive = (leftOver === undefined ? null : spreadsheet.getSheetByName(leftOver)) ?? source.copyTo(spreadsheet);
    archive.setName(name);
  }
  freezeFormulas(archive, timeZone);
  archive
    .protect()
    .setWarningOnly(true)
    .setDescription(`Archive of ${source.getName()}: closed quarters are kept as they were.`);
  placeAfterLiveTabs(spreadsheet, archive);
  return archive;
}

/** Right after the last of KPIs, OKRs and Check-ins, so the newest archive is the first one a user meets. */
function placeAfterLiveTabs(spreadsheet: Spreadsheet, archive: Sheet): void {
  const others = spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => name !== archive.getName());
  const lastLive = others.reduce((last, name, index) => (tabKind(name) === undefined ? last : index), -1);
  spreadsheet.setActiveSheet(archive);
  spreadsheet.moveActiveSheet(lastLive + 2);
}

/** Each formula cell becomes the value it shows, through the add-on's one writer; no other cell is written. */
function freezeFormulas(archive: Sheet, timeZone: string): void {
  const range = archive.getDataRange();
  const formulas = range.getFormulas();
  if (!formulas.some((row) => row.some((formula) => formula !== ''))) return;
  const values = tableToScriptLocal(range.getValues() as Cell[][], timeZone);
  writePatches(archive, frozenFormulaPatches(values, formulas), timeZone);
}
