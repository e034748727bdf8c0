import type { Cell } from '../cells';
import { COLUMNS, type HeaderMatch } from './headers';

/**
 * Cells to write in one column, from firstRow down (both 0-based). `undefined` means "leave this cell
 * alone" (a formula, or a row outside the edit), so the writer splits a column into runs around it.
 */
export interface ColumnPatch {
  readonly column: number;
  readonly firstRow: number;
  readonly values: readonly (Cell | undefined)[];
  readonly backgrounds?: readonly (string | null | undefined)[];
  /** Notes of the cells written ('' clears one); absent when the column's notes are left alone. */
  readonly notes?: readonly (string | undefined)[];
}

export interface ComputedColumn<R> {
  readonly value: (result: R) => Cell | undefined;
  readonly colour?: (result: R) => string | null;
  /** An input column the add-on fills (Quarter) is never added when missing; a computed one is. */
  readonly addWhenMissing?: boolean;
  /** The cell's note, '' for none: the add-on owns the notes of this column as it owns its values. */
  readonly note?: (result: R) => string;
  /**
   * Whether a cell reading this value may carry a note the add-on wrote: the notes are written only when a
   * row has one to show or may have one to clear, so a tab with none costs no call.
   */
  readonly mayHaveNote?: (cell: Cell, result: R) => boolean;
}

export interface PatchInput<C extends string, R extends { row: number }> {
  readonly kind: 'kpis' | 'okrs';
  readonly header: HeaderMatch<C>;
  /** Width of the data the tab holds; a missing computed column is added just right of it. */
  readonly width: number;
  readonly formulas: readonly string[][];
  readonly results: readonly R[];
  readonly columns: Partial<Record<C, ComputedColumn<R>>>;
  /** Rows to write; all when absent. Missing columns are added only on a full write. */
  readonly onlyRows?: ReadonlySet<number>;
  /**
   * The tab's values, to leave alone what already reads right: `cells` skips each cell that holds its value
   * (few writes expected, as when bringing a memory up to date); `columns` skips a colourless column only when
   * every cell holds its value (a column is one write, and splitting it around equal cells would cost more).
   */
  readonly current?: readonly (readonly Cell[])[];
  readonly skipUnchanged?: 'cells' | 'columns';
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b || ((a ?? '') === '' && (b ?? '') === '');
}

/** Patches for the add-on's own columns, never touching a formula cell; adds missing headers on a full write. */
export function columnPatches<C extends string, R extends { row: number }>(input: PatchInput<C, R>): ColumnPatch[] {
  const patches: ColumnPatch[] = [];
  const titles = COLUMNS[input.kind] as Record<string, { title: string }>;
  let added = 0;
  const firstRow = input.header.row + 1;
  for (const [key, computed] of Object.entries(input.columns) as [C, ComputedColumn<R>][]) {
    let column: number | undefined = input.header.columns[key];
    if (column === undefined) {
      if (input.onlyRows !== undefined || computed.addWhenMissing === false) continue;
      column = Math.max(input.width, input.header.width) + added;
      added += 1;
      patches.push({ column, firstRow: input.header.row, values: [titles[key]?.title ?? key] });
    }
    const writable = (result: R): boolean =>
      (input.onlyRows === undefined || input.onlyRows.has(result.row)) && !input.formulas[result.row]?.[column];
    const unchanged = (result: R, cell: Cell | undefined): boolean =>
      input.current !== undefined && sameCell(cell, input.current[result.row]?.[column]);
    const value = (result: R): Cell | undefined => {
      const cell = computed.value(result);
      return input.skipUnchanged === 'cells' && unchanged(result, cell) ? undefined : cell;
    };
    const values = input.results.map((result) => (writable(result) ? value(result) : undefined));
    if (values.every((value) => value === undefined)) continue;
    if (
      input.skipUnchanged === 'columns' &&
      computed.colour === undefined &&
      input.results.every((result, index) => values[index] === undefined || unchanged(result, values[index]))
    )
      continue;
    const colour = computed.colour;
    const notes = notesOf(computed, input, values, column);
    patches.push({
      column,
      firstRow,
      values,
      ...(colour === undefined
        ? {}
        : {
            backgrounds: input.results.map((result) => (writable(result) ? colour(result) : undefined)),
          }),
      ...(notes === undefined ? {} : { notes }),
    });
  }
  return patches;
}

/** The notes of a column's written cells, or undefined when none has a note to show or to clear. */
function notesOf<C extends string, R extends { row: number }>(
  computed: ComputedColumn<R>,
  input: PatchInput<C, R>,
  values: readonly (Cell | undefined)[],
  column: number,
): (string | undefined)[] | undefined {
  const { note, mayHaveNote } = computed;
  if (note === undefined) return undefined;
  const notes = input.results.map((result, index) => (values[index] === undefined ? undefined : note(result)));
  const clears = (result: R, index: number): boolean =>
    values[index] !== undefined &&
    mayHaveNote !== undefined &&
    mayHaveNote(input.current?.[result.row]?.[column] ?? '', result);
  const needed = notes.some((text) => text !== undefined && text !== '') || input.results.some(clears);
  return needed ? notes : undefined;
}

/** The cells as they read once the patches are written: a tab re-read costs a whole read, this costs none. */
export function applyPatches(values: Cell[][], patches: readonly ColumnPatch[]): void {
  for (const patch of patches) {
    patch.values.forEach((value, offset) => {
      const row = values[patch.firstRow + offset];
      if (row !== undefined && value !== undefined) row[patch.column] = value;
    });
  }
}
