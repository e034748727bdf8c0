// What a person does to rows in Sheets: insert, delete and move rows (the row header's menu), and
// Data → Sort range. Formulas follow as Sheets rewrites them; none of these is a script call, so nothing
// here is counted or fires a trigger (the caller decides what the person's action fires).
import type { Cell, CellValue } from './cells';
import { blankCell, copyCell } from './cells';
import { followRows, rewriteRowReferences, shiftRelativeRows, type RowMap } from './formulaReferences';
import { isDate } from './realm';
import type { SheetModel } from './sheetModel';
import type { WorkbookModel } from './workbookModel';

export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/**
 * Every formula in the workbook that points at `changed` follows its rows through `map`. Done before the
 * rows move: a formula engine that rewrites references itself on an insert or delete then finds the same
 * text it would have written, so nothing is shifted twice.
 */
type CellAt = [SheetModel, number, number];

function followInFormulas(
  model: WorkbookModel,
  changed: SheetModel,
  map: RowMap,
  window: readonly [number, number] | null,
): CellAt[] {
  const changedAfter: CellAt[] = [];
  for (const sheet of model.sheets) {
    const pointsAtTab = (name: string | null): boolean => (name === null ? sheet === changed : name === changed.name);
    const rewrite = followRows(pointsAtTab, map, window);
    for (const [row, column, cell] of sheet.cells()) {
      if (cell.formula === '') continue;
      const formula = rewriteRowReferences(cell.formula, rewrite);
      if (formula === cell.formula) continue;
      cell.formula = formula;
      // Where the cell stands after the change: the rows of `changed` move, others stay.
      const at = sheet === changed ? map(row) : row;
      if (at !== null) changedAfter.push([sheet, at, column]);
    }
  }
  return changedAfter;
}

function report(cells: readonly CellAt[]): void {
  for (const [sheet, row, column] of cells) sheet.touched(row, column);
}

/** `count` blank rows before row `at`, as "Insert 1 row above" does. */
export function insertRows(model: WorkbookModel, sheet: SheetModel, at: number, count = 1): void {
  const rewritten = followInFormulas(model, sheet, (row) => (row >= at ? row + count : row), null);
  sheet.insertRows(at, count);
  report(rewritten);
  // Rows inserted inside the frozen header widen it, as in Sheets.
  if (at <= sheet.frozenRows) sheet.frozenRows += count;
}

/** Rows at…at+count-1 go; references to them become #REF!, ranges over them shrink. */
export function deleteRows(model: WorkbookModel, sheet: SheetModel, at: number, count = 1): void {
  if (at < 1 || at + count - 1 > sheet.maxRows || count >= sheet.maxRows)
    throw new Error('You can’t delete all the rows on the sheet.');
  const map: RowMap = (row) => (row < at ? row : row < at + count ? null : row - count);
  const rewritten = followInFormulas(model, sheet, map, [at, at + count - 1]);
  sheet.deleteRows(at, count);
  report(rewritten);
  const frozenDeleted = Math.max(0, Math.min(at + count - 1, sheet.frozenRows) - at + 1);
  sheet.frozenRows -= frozenDeleted;
}

/**
 * Rows first…first+count-1 move to stand before row `before` (numbered as now), as dragging a row header
 * or Edit → Move → Row up/down does. Cells move whole; references anywhere follow the cells they named.
 */
export function moveRows(model: WorkbookModel, sheet: SheetModel, first: number, count: number, before: number): void {
  const last = first + count - 1;
  if (before >= first && before <= last + 1) return;
  const [top, bottom] = before < first ? [before, last] : [first, before - 1];
  const block = Array.from({ length: count }, (_, i) => first - top + i);
  const others = Array.from({ length: bottom - top + 1 }, (_, i) => i).filter((i) => i < first - top || i > last - top);
  // Offsets (from `top`) of the rows that end up at top, top+1, …
  const order = before < first ? [...block, ...others] : [...others, ...block];
  const newRowOf = new Map(order.map((offset, i) => [top + offset, top + i]));
  const rewritten = followInFormulas(model, sheet, (row) => newRowOf.get(row) ?? row, [top, bottom]);
  // The tab reports its moved cells itself; the formulas rewritten elsewhere are reported here.
  sheet.reorderRows(top, order);
  report(rewritten);
}

/** Sheets' sort order: numbers and dates, then text (case ignored), then TRUE/FALSE; blanks always last. */
function rank(value: CellValue): number {
  if (typeof value === 'number' || isDate(value)) return 0;
  if (typeof value === 'string') return value === '' ? 3 : 1;
  return 2;
}

export function compareForSort(a: CellValue, b: CellValue): number {
  const [ra, rb] = [rank(a), rank(b)];
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
  return Number(a) - Number(b);
}

/**
 * Data → Sort range by one column (1-based, a column of the block). Only the block's cells move, each row of
 * it together; a formula in a moved row shifts its relative rows as a copy would. Blanks stay at the end
 * whichever way the sort goes, and equal keys keep their order (Sheets' sort is stable).
 */
export function sortRange(sheet: SheetModel, block: CellBlock, byColumn: number, ascending = true): void {
  const keys = Array.from({ length: block.numRows }, (_, r) => sheet.get(block.row + r, byColumn)?.value ?? '');
  // A spilled answer is sorted by but does not move: its formula computes it again for the rows' new order.
  sheet.releaseSpills();
  const rows = Array.from({ length: block.numRows }, (_, r) =>
    Array.from({ length: block.numColumns }, (_, c): Cell => {
      // Read as stored: a read that settled formulas now would spill the released answers back too early.
      const cell = sheet.peek(block.row + r, block.column + c);
      return cell === undefined ? blankCell() : copyCell(cell);
    }),
  );
  const order = rows
    .map((_, r) => r)
    .sort((a, b) => {
      const [va, vb] = [keys[a] ?? '', keys[b] ?? ''];
      const blanks = Number(va === '') - Number(vb === '');
      if (blanks !== 0) return blanks;
      return ascending ? compareForSort(va, vb) : compareForSort(vb, va);
    });
  order.forEach((from, to) => {
    rows[from]?.forEach((cell, c) => {
      const moved = { ...cell };
      if (moved.formula !== '') moved.formula = rewriteRowReferences(moved.formula, shiftRelativeRows(to - from));
      Object.assign(sheet.ensure(block.row + to, block.column + c), moved);
      sheet.touched(block.row + to, block.column + c);
    });
  });
}
