// Rolling the OKRs tab to the next quarter, computed from the archive (the tab as it was closed), so a
// re-run after a crash computes the same thing whatever the live tab already went through. Kept key
// results start where they ended; met ones leave the live tab (the archive keeps them); formulas stay.

import { isDate } from '../dates';
import type { Cell } from '../cells';
import type { ColumnPatch } from '../workbook/columnPatches';
import { normaliseHeader, type HeaderMatch, type OkrColumn } from '../workbook/headers';
import type { KeyResult, Objective } from '../okr/okrs';

export interface RollInput {
  readonly values: readonly Cell[][];
  readonly header: HeaderMatch<OkrColumn>;
  readonly objectives: readonly Objective[];
  /** The live tab's formulas, row for row with the archive (no row is deleted before these are written). */
  readonly formulas: readonly string[][];
  readonly next: string;
  /** Last day of the closed quarter: a Due on or before it is cleared, so the new quarter's end applies. */
  readonly closedEnd: Date;
  /** A linked KPI's reading, for a key result whose blank Current followed it. */
  readonly kpiCurrent: (kpi: string) => number | undefined;
}

/** A row the live tab loses, found again by ID and text: positions shift as rows go. */
export interface RemovedRow {
  readonly id: string;
  readonly text: string;
}

const isMet = (keyResult: KeyResult): boolean => keyResult.score === 1;

/** Objectives and key results the live tab drops: met key results and objectives left with none. */
export function removedRows(objectives: readonly Objective[]): RemovedRow[] {
  const removed: RemovedRow[] = [];
  for (const objective of objectives) {
    const met = objective.keyResults.filter(isMet);
    removed.push(...met.map((keyResult) => ({ id: keyResult.id, text: keyResult.text })));
    if (objective.ownRow !== undefined && met.length === objective.keyResults.length) {
      removed.push({ id: objective.id, text: objective.text });
    }
  }
  return removed;
}

/** New values for the cells of kept rows; undefined leaves a cell (and every formula) alone. */
export function rollPatches(input: RollInput): ColumnPatch[] {
  const { header, values, formulas } = input;
  const firstRow = header.row + 1;
  const columns = new Map<number, { values: (Cell | undefined)[]; backgrounds?: (string | null | undefined)[] }>();
  const set = (row: number, key: OkrColumn, value: Cell, clearColour = false): void => {
    const column = header.columns[key];
    if (column === undefined || formulas[row]?.[column]) return;
    let patch = columns.get(column);
    if (patch === undefined) {
      patch = { values: new Array<Cell | undefined>(values.length - firstRow).fill(undefined) };
      columns.set(column, patch);
    }
    patch.values[row - firstRow] = value;
    if (clearColour) {
      patch.backgrounds ??= new Array<string | null | undefined>(values.length - firstRow).fill(undefined);
      patch.backgrounds[row - firstRow] = null;
    }
  };
  const clearComputed = (row: number): void => {
    for (const key of ['score', 'status', 'lastCheckIn'] as const) set(row, key, '', true);
  };
  for (const objective of input.objectives) {
    const kept = objective.keyResults.filter((keyResult) => !isMet(keyResult));
    if (kept.length === 0) continue;
    if (objective.ownRow !== undefined) {
      set(objective.ownRow, 'quarter', input.next);
      clearComputed(objective.ownRow);
    }
    for (const keyResult of kept) {
      const row = keyResult.row;
      set(row, 'quarter', input.next);
      clearComputed(row);
      set(row, 'confidence', '');
      const due = values[row]?.[header.columns.due ?? -1];
      if (due !== undefined && isDate(due) && due <= input.closedEnd) set(row, 'due', '');
      if (typeof keyResult.current === 'boolean') {
        set(row, 'current', false);
        continue;
      }
      const last = keyResult.current ?? (keyResult.kpi === '' ? undefined : input.kpiCurrent(keyResult.kpi));
      if (last !== undefined) set(row, 'start', last);
      set(row, 'current', '');
    }
  }
  // Cells the roll leaves are written back as they are, so each column goes in one call (split only at a
  // formula) instead of one per kept stretch of rows. The archive holds exactly what these cells hold.
  for (const [column, patch] of columns) {
    patch.values.forEach((value, offset) => {
      if (value === undefined && !formulas[firstRow + offset]?.[column])
        patch.values[offset] = values[firstRow + offset]?.[column] ?? '';
    });
  }
  return [...columns.entries()].map(([column, patch]) => ({ column, firstRow, ...patch }));
}

/** Every row of the closed quarter, for *start empty*: its key results and the objectives' own rows. */
export function quarterRows(objectives: readonly Objective[]): RemovedRow[] {
  return objectives.flatMap((objective) => [
    ...(objective.ownRow === undefined ? [] : [{ id: objective.id, text: objective.text }]),
    ...objective.keyResults.map((keyResult) => ({ id: keyResult.id, text: keyResult.text })),
  ]);
}

/**
 * What identifies a row however rows move: its ID with its key result's text (or its objective's), so a
 * row that kept an ID but now says something else is not mistaken for the one the close saw.
 */
export function rowKey(cells: readonly Cell[] | undefined, header: HeaderMatch<OkrColumn>): string | undefined {
  const idColumn = header.columns.id;
  if (cells === undefined || idColumn === undefined) return undefined;
  const id = String(cells[idColumn] ?? '')
    .trim()
    .toLowerCase();
  if (id === '') return undefined;
  const text =
    String(cells[header.columns.keyResult ?? -1] ?? '').trim() || String(cells[header.columns.objective ?? -1] ?? '');
  return `${id}|${normaliseHeader(text)}`;
}

/** 1-based sheet rows holding the rows asked for, top first. Rows already gone are simply not found. */
function foundRows(
  values: readonly Cell[][],
  header: HeaderMatch<OkrColumn>,
  removed: readonly RemovedRow[],
): number[] {
  const wanted = new Set(removed.map((row) => `${row.id.toLowerCase()}|${normaliseHeader(row.text)}`));
  const rows: number[] = [];
  values.forEach((cells, index) => {
    const key = index <= header.row ? undefined : rowKey(cells, header);
    if (key !== undefined && wanted.has(key)) rows.push(index + 1);
  });
  return rows;
}

/** Runs of adjacent rows (1-based start, count), bottom first so earlier deletions do not move later ones. */
function runsOf(rows: readonly number[]): { row: number; count: number }[] {
  const runs: { row: number; count: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.row + last.count === row) last.count += 1;
    else runs.push({ row, count: 1 });
  }
  return runs.reverse();
}

/**
 * Sheet row runs (1-based start, count) holding the removed rows, bottom first so earlier deletions do
 * not move later ones. Rows already gone are simply not found: a re-run deletes nothing twice.
 */
export function deletionRuns(
  values: readonly Cell[][],
  header: HeaderMatch<OkrColumn>,
  removed: readonly RemovedRow[],
): { row: number; count: number }[] {
  return runsOf(foundRows(values, header, removed));
}

/**
 * *Start empty*: the closed quarter's rows go, other quarters' rows stay. When nothing else would be left
 * under the header, the top row is cleared instead of deleted, keeping its formats and validation (the
 * checkbox, Confidence 0–10) for the first row typed next quarter. It is cleared last, so a re-run after
 * a crash between the two finds just that row and clears it again.
 */
export function emptyingPlan(
  values: readonly Cell[][],
  header: HeaderMatch<OkrColumn>,
  removed: readonly RemovedRow[],
): { runs: { row: number; count: number }[]; clear?: number } {
  const rows = foundRows(values, header, removed);
  const found = new Set(rows);
  const others = values.some(
    (cells, index) => index > header.row && !found.has(index + 1) && cells.some((cell) => String(cell).trim() !== ''),
  );
  const [top, ...below] = rows;
  if (others || top === undefined) return { runs: runsOf(rows) };
  return { runs: runsOf(below), clear: top };
}
