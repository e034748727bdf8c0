// What a person does to the sheet with the mouse and keyboard, beyond typing into one cell: the row header's
// menu, Data → Sort range, a paste, Edit → Undo. As in Sheets, row actions and sorting fire no onEdit (a
// script's onEdit would see no edited value to act on); a paste fires one onEdit for the whole block.
import { parseA1, rangeA1 } from '../a1';
import type { Addon, Workbook } from '../index';
import { deleteRows, insertRows, moveRows, sortRange } from '../rowOperations';
import { modelOf } from '../workbook';
import { pastedCells } from './pastedText';
import type { Job, RowAction } from './protocol';
import type { UndoHistory } from './undoHistory';

export type PersonJob = Extract<Job, { op: 'rows' | 'sort' | 'paste' | 'undo' }>;

export function isPersonJob(job: Job): job is PersonJob {
  return job.op === 'rows' || job.op === 'sort' || job.op === 'paste' || job.op === 'undo';
}

function sheetOf(workbook: Workbook, name: string) {
  const sheet = modelOf(workbook).find(name);
  if (sheet === undefined) throw new Error(`no sheet named ${JSON.stringify(name)}`);
  return sheet;
}

/** "Insert 3 rows above", "Delete rows 2 - 4", "Move rows up"… on rows row…row+count-1. */
function rowAction(workbook: Workbook, sheetName: string, row: number, count: number, action: RowAction): void {
  const model = modelOf(workbook);
  const sheet = sheetOf(workbook, sheetName);
  const last = row + count - 1;
  if (action === 'insertAbove') insertRows(model, sheet, row, count);
  else if (action === 'insertBelow') insertRows(model, sheet, last + 1, count);
  else if (action === 'delete') deleteRows(model, sheet, row, count);
  else if (action === 'moveUp' && row > 1) moveRows(model, sheet, row, count, row - 1);
  else if (action === 'moveDown' && last < sheet.maxRows) moveRows(model, sheet, row, count, last + 2);
}

function paste(addon: Addon, sheetName: string, a1: string, text: string): void {
  const at = parseA1(a1);
  if (at === null) throw new Error(`no cell ${a1}`);
  const cells = pastedCells(text);
  const numColumns = cells[0]?.length ?? 0;
  // One cell pasted is one cell typed: onEdit sees its value, as a single-cell paste often shows in Sheets.
  if (cells.length === 1 && numColumns === 1) addon.edit(sheetName, a1, cells[0]?.[0] ?? '');
  else addon.editRange(sheetName, rangeA1(at.row, at.column, cells.length, numColumns), cells);
}

/** Carries out the person's action; every one but undo can be undone. */
export function performPersonAction(job: PersonJob, addon: Addon, workbook: Workbook, history: UndoHistory): void {
  if (job.op === 'undo') {
    history.undo();
    return;
  }
  history.remember();
  if (job.op === 'rows') rowAction(workbook, job.sheet, job.row, job.count, job.action);
  else if (job.op === 'paste') paste(addon, job.sheet, job.a1, job.text);
  else {
    const block = parseA1(job.a1);
    if (block === null || block.lastRow === null || block.lastColumn === null) throw new Error(`bad range ${job.a1}`);
    const numRows = block.lastRow - block.row + 1;
    const numColumns = block.lastColumn - block.column + 1;
    sortRange(sheetOf(workbook, job.sheet), { ...block, numRows, numColumns }, job.column, job.ascending);
  }
}
