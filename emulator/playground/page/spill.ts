// Text overflow as Sheets draws it: a left-aligned text runs on over the empty cells to its right and stops at
// the first cell that shows something, so a long objective or status line reads whole beside blank cells.
import type { GridCell } from '../protocol';

const isEmpty = (cell: GridCell | undefined): boolean => cell === undefined || (cell.t === '' && !cell.spark);

/**
 * The last column the text of `row[column]` covers: the last of the empty cells to its right (up to
 * `columns`), or its own for a number, a centred value, a drawing or an empty cell.
 */
export function spillEnd(row: readonly GridCell[], column: number, columns: number): number {
  const cell = row[column];
  if (cell === undefined || cell.t === '' || cell.spark || cell.align !== undefined) return column;
  let end = column;
  while (end + 1 < columns && isEmpty(row[end + 1])) end += 1;
  return end;
}

/** The width in pixels the text of `row[column]` may take: its own column's and those it covers. */
export function spillWidth(row: readonly GridCell[], column: number, widths: readonly number[]): number {
  const end = spillEnd(row, column, widths.length);
  return widths.slice(column, end + 1).reduce((sum, width) => sum + width, 0);
}
