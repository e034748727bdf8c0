import type { Cell } from '../core/cells';
import type { ColumnPatch } from '../core/workbook/columnPatches';
import { cellsAsWritten } from './writeCells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Maximal runs of cells to write: [start, end) offsets where the patch has a value. */
function runs(values: readonly unknown[]): [number, number][] {
  const found: [number, number][] = [];
  let start = -1;
  values.forEach((value, index) => {
    if (value !== undefined && start < 0) start = index;
    if (value === undefined && start >= 0) {
      found.push([start, index]);
      start = -1;
    }
  });
  if (start >= 0) found.push([start, values.length]);
  return found;
}

/**
 * Writes each patch as one setValues (and one setBackgrounds) per run of cells, growing the grid if needed;
 * dates go back as the instants that show the same day in the spreadsheet's time zone.
 */
export function writePatches(sheet: Sheet, patches: readonly ColumnPatch[], timeZone: string): void {
  if (patches.length === 0) return;
  const widest = Math.max(...patches.map((patch) => patch.column + 1));
  const maxColumns = sheet.getMaxColumns();
  if (widest > maxColumns) sheet.insertColumnsAfter(maxColumns, widest - maxColumns);
  for (const patch of patches) {
    for (const [start, end] of runs(patch.values)) {
      const range = sheet.getRange(patch.firstRow + start + 1, patch.column + 1, end - start, 1);
      range.setValues(cellsAsWritten(patch.values.slice(start, end).map((value) => [value as Cell]), timeZone));
      if (patch.backgrounds !== undefined) {
        range.setBackgrounds(patch.backgrounds.slice(start, end).map((colour) => [colour ?? null]) as string[][]);
      }
    }
  }
}
