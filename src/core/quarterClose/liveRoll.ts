// The roll is computed from the archive, row for row with it. Between a crash and the re-run that
// finishes the close, people keep working: a row inserted or deleted moves every row below, a value
// typed is newer than the archive. So the roll's cells are written to the live tab's row with the same ID
// and text, and only where the live cell still holds what the archive holds (the value before the roll)
// or already holds the rolled value: anything typed since is left as it is, and reported.

import { isDate } from '../dates';
import type { Cell } from '../cells';
import type { ColumnPatch } from '../workbook/columnPatches';
import type { HeaderMatch, OkrColumn } from '../workbook/headers';
import { rowKey } from './roll';

export interface RollTable {
  readonly values: readonly Cell[][];
  readonly header: HeaderMatch<OkrColumn>;
}

export interface LiveTable extends RollTable {
  /** Formulas of the live tab's roll columns, row for row with its values. */
  readonly formulas: readonly string[][];
}

export interface LiveRoll {
  readonly patches: ColumnPatch[];
  /** Cells typed into since the archive was made, left as they are: `O1.2 Current`. */
  readonly left: string[];
  /** IDs of rows the roll would change that the live tab no longer holds (deleted, edited, or twice). */
  readonly missing: string[];
}

/** The add-on's own columns: whatever they hold is recomputed by the next Refresh, so the roll clears them. */
const COMPUTED: ReadonlySet<OkrColumn> = new Set(['score', 'status', 'lastCheckIn']);

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return (a ?? '') === (b ?? '');
}

/** Live row index by row key; a key found twice maps to -1 (which one is meant cannot be told). */
function liveRows(live: RollTable): Map<string, number> {
  const rows = new Map<string, number>();
  live.values.forEach((cells, index) => {
    const key = index <= live.header.row ? undefined : rowKey(cells, live.header);
    if (key !== undefined) rows.set(key, rows.has(key) ? -1 : index);
  });
  return rows;
}

interface Write {
  readonly value: Cell;
  readonly background?: string | null;
}

/** The archive-positioned roll patches moved onto the live tab's rows, found by ID and text. */
export function onLiveRows(archive: RollTable, patches: readonly ColumnPatch[], live: LiveTable): LiveRoll {
  const rows = liveRows(live);
  const keyOf = new Map(Object.entries(archive.header.columns).map(([key, column]) => [column, key as OkrColumn]));
  const writes = new Map<number, Map<number, Write>>();
  const left: string[] = [];
  const missing = new Set<string>();
  for (const patch of patches) {
    const key = keyOf.get(patch.column);
    const column = key === undefined ? undefined : live.header.columns[key];
    patch.values.forEach((value, offset) => {
      const row = patch.firstRow + offset;
      const before = archive.values[row]?.[patch.column];
      const background = patch.backgrounds?.[offset];
      // The archive-side gap fill: cells the roll leaves as they are.
      if (value === undefined || (sameCell(value, before) && background === undefined)) return;
      const archived = archive.values[row];
      const id = String(archived?.[archive.header.columns.id ?? -1] ?? '').trim();
      const rowKeyText = rowKey(archived, archive.header);
      const liveRow = rowKeyText === undefined ? undefined : rows.get(rowKeyText);
      if (liveRow === undefined || liveRow < 0 || column === undefined || key === undefined) {
        missing.add(id === '' ? `row ${row + 1} of the archive (no ID)` : id);
        return;
      }
      if (live.formulas[liveRow]?.[column]) return;
      const now = live.values[liveRow]?.[column];
      if (!COMPUTED.has(key) && !sameCell(now, before) && !sameCell(now, value)) {
        left.push(`${id} ${String(live.values[live.header.row]?.[column] ?? key).trim()}`);
        return;
      }
      let cells = writes.get(column);
      if (cells === undefined) writes.set(column, (cells = new Map<number, Write>()));
      cells.set(liveRow, background === undefined ? { value } : { value, background });
    });
  }
  return {
    patches: [...writes.entries()].map(([column, cells]) => livePatch(live, column, cells)),
    left,
    missing: [...missing],
  };
}

/**
 * One patch for a live column, from its first to its last written row. Between them, cells the roll does
 * not change are written back as they are now, so the column goes in one call instead of one per kept
 * stretch; a formula splits it, and so does every unchanged cell of a column whose colours are cleared
 * (a colour cannot be written back unread).
 */
function livePatch(live: LiveTable, column: number, cells: ReadonlyMap<number, Write>): ColumnPatch {
  const rows = [...cells.keys()];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const coloured = [...cells.values()].some((write) => write.background !== undefined);
  const values: (Cell | undefined)[] = [];
  const backgrounds: (string | null | undefined)[] = [];
  for (let row = first; row <= last; row += 1) {
    const write = cells.get(row);
    if (write !== undefined) {
      values.push(write.value);
      backgrounds.push(write.background);
    } else {
      values.push(coloured || live.formulas[row]?.[column] ? undefined : (live.values[row]?.[column] ?? ''));
      backgrounds.push(undefined);
    }
  }
  return { column, firstRow: first, values, ...(coloured ? { backgrounds } : {}) };
}
