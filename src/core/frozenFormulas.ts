import type { Cell } from './cells';
import type { ColumnPatch } from './columnPatches';

/**
 * Patches that freeze every formula cell to the value it shows, one per column holding a formula, and
 * leave every other cell alone (`undefined`): re-writing a user's text would let Sheets re-type it.
 */
export function frozenFormulaPatches(values: readonly (readonly Cell[])[], formulas: readonly (readonly string[])[]): ColumnPatch[] {
  const patches: ColumnPatch[] = [];
  const width = Math.max(0, ...formulas.map((row) => row.length));
  for (let column = 0; column < width; column += 1) {
    const frozen = formulas.map((row, r) => ((row[column] ?? '') === '' ? undefined : (values[r]?.[column] ?? '')));
    if (frozen.some((value) => value !== undefined)) patches.push({ column, firstRow: 0, values: frozen });
  }
  return patches;
}
