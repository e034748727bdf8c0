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

interface Block {
  readonly row: number;
  readonly column: number;
  readonly height: number;
  /** Side by side from `column`; a block starts with one, so never empty. */
  readonly patches: [ColumnPatch, ...ColumnPatch[]];
}

/**
 * The runs of every patch, side-by-side runs of neighbouring columns (Score and Status, say) joined into one
 * block when they cover the same rows and all carry colours or none: one setValues (and setBackgrounds) each.
 */
function blocks(patches: readonly ColumnPatch[]): Block[] {
  const found: Block[] = [];
  const pieces = patches
    .flatMap((patch) => runs(patch.values).map(([start, end]) => ({ patch, start, end })))
    .sort(
      (a, b) =>
        a.patch.firstRow + a.start - (b.patch.firstRow + b.start) ||
        a.end - a.start - (b.end - b.start) ||
        a.patch.column - b.patch.column,
    );
  for (const { patch, start, end } of pieces) {
    const last = found[found.length - 1];
    const joins =
      last !== undefined &&
      last.row === patch.firstRow + start &&
      last.height === end - start &&
      last.column + last.patches.length === patch.column &&
      (last.patches[0].backgrounds === undefined) === (patch.backgrounds === undefined) &&
      (last.patches[0].notes === undefined) === (patch.notes === undefined);
    if (joins) last.patches.push(patch);
    else found.push({ row: patch.firstRow + start, column: patch.column, height: end - start, patches: [patch] });
  }
  return found;
}

/**
 * Writes the patches, one setValues (and one setBackgrounds) per block of cells, growing the grid if needed;
 * dates go back as the instants that show the same day in the spreadsheet's time zone. `addsColumns` false
 * (an edit, which never adds a column) spares the question of how wide the grid is.
 */
export function writePatches(
  sheet: Sheet,
  patches: readonly ColumnPatch[],
  timeZone: string,
  addsColumns = true,
): void {
  if (patches.length === 0) return;
  if (addsColumns) {
    const widest = Math.max(...patches.map((patch) => patch.column + 1));
    const maxColumns = sheet.getMaxColumns();
    if (widest > maxColumns) sheet.insertColumnsAfter(maxColumns, widest - maxColumns);
  }
  for (const block of blocks(patches)) {
    const offset = block.row - block.patches[0].firstRow;
    const cells = (pick: (patch: ColumnPatch) => readonly unknown[]): unknown[][] =>
      Array.from({ length: block.height }, (_, r) => block.patches.map((patch) => pick(patch)[offset + r]));
    const range = sheet.getRange(block.row + 1, block.column + 1, block.height, block.patches.length);
    range.setValues(cellsAsWritten(cells((patch) => patch.values) as Cell[][], timeZone));
    if (block.patches[0].backgrounds !== undefined) {
      // A block joins only patches that all carry colours, so none falls back to [] here.
      range.setBackgrounds(
        cells((patch) => patch.backgrounds ?? []).map((row) => row.map((colour) => colour ?? null)) as string[][],
      );
    }
    // Notes only on the cells the block writes (Status): a note the user wrote on any other cell stays.
    if (block.patches[0].notes !== undefined) {
      range.setNotes(
        cells((patch) => patch.notes ?? []).map((row) => row.map((note) => (typeof note === 'string' ? note : ''))),
      );
    }
  }
}
