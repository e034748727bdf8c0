// Where the floor reads and writes: derived from the workbook itself, so a new scenario gets its floor for free.
import type { CellValue, Workbook } from '../emulator/index';
import type { Block } from './gas/blocks';

/** Each tab's data range, as the add-on reads it with getDataRange(). */
export function wholeTabs(workbook: Workbook, names: readonly string[]): Block[] {
  return names.map((sheet) => {
    const values = workbook.read(sheet).values();
    return { sheet, row: 1, column: 1, numRows: values.length, numColumns: values[0]?.length ?? 0 };
  });
}

export interface Grids {
  readonly values: Record<string, CellValue[][]>;
  readonly backgrounds: Record<string, string[][]>;
}

/** Each tab's values and colours; a tab that does not exist (yet) is empty. */
export function grids(workbook: Workbook, names: readonly string[]): Grids {
  const read = <T>(pick: (name: string) => T[][]): Record<string, T[][]> =>
    Object.fromEntries(names.map((name) => [name, workbook.has(name) ? pick(name) : []]));
  return {
    values: read((name) => workbook.read(name).values()),
    backgrounds: read((name) => workbook.read(name).backgrounds()),
  };
}

function same(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/**
 * The cells that differ between two grids, as one block per column spanning its first to last changed row,
 * with neighbouring columns of the same span merged: the fewest writes that cover them.
 */
function changedBlocks(sheet: string, before: readonly unknown[][], after: readonly unknown[][]): Block[] {
  const spans = new Map<number, { first: number; last: number }>();
  after.forEach((row, r) =>
    row.forEach((value, c) => {
      if (same(value, before[r]?.[c] ?? '')) return;
      const span = spans.get(c);
      spans.set(c, { first: Math.min(span?.first ?? r, r), last: Math.max(span?.last ?? r, r) });
    }),
  );
  const blocks: Block[] = [];
  for (const [column, { first, last }] of [...spans].sort(([a], [b]) => a - b)) {
    const previous = blocks.at(-1);
    const numRows = last - first + 1;
    if (
      previous !== undefined &&
      previous.row === first + 1 &&
      previous.numRows === numRows &&
      previous.column + previous.numColumns === column + 1
    ) {
      blocks[blocks.length - 1] = { ...previous, numColumns: previous.numColumns + 1 };
    } else {
      blocks.push({ sheet, row: first + 1, column: column + 1, numRows, numColumns: 1 });
    }
  }
  return blocks;
}

/** What a run changed: the value blocks and the colour blocks the floor must write. */
export function writtenBlocks(before: Grids, after: Grids): { values: Block[]; colours: Block[] } {
  const names = Object.keys(after.values);
  return {
    values: names.flatMap((name) => changedBlocks(name, before.values[name] ?? [], after.values[name] ?? [])),
    colours: names.flatMap((name) =>
      changedBlocks(name, before.backgrounds[name] ?? [], after.backgrounds[name] ?? []),
    ),
  };
}
