// The archive keeps what each formula showed on closing day, so it cannot drift when its sources change.
// Only formula cells are written: rewriting a text cell would let Sheets read it again (a note `3/4/2026`
// would become a date), and the archive must hold exactly what the tab held.

import type { Cell } from '../cells';
import type { ColumnPatch } from '../workbook/columnPatches';

/** One patch per column holding a formula: the value it shows, in its cell; every other cell left alone. */
export function frozenFormulaPatches(values: readonly Cell[][], formulas: readonly string[][]): ColumnPatch[] {
  const width = Math.max(0, ...formulas.map((row) => row.length));
  const patches: ColumnPatch[] = [];
  for (let column = 0; column < width; column += 1) {
    if (!formulas.some((row) => row[column])) continue;
    patches.push({
      column,
      firstRow: 0,
      values: formulas.map((row, index) => (row[column] ? (values[index]?.[column] ?? '') : undefined)),
    });
  }
  return patches;
}
