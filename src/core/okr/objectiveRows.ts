// Which rows of the OKRs tab an edit's re-score depends on, told from the Objective column alone: the edited
// key results' objectives, whole. An edit then reads those rows, not the tab.

import { readText, type Cell } from '../cells';
import type { HeaderMatch, OkrColumn } from '../workbook/headers';

/** Rows [from, to), 0-based, to read whole. */
export interface RowSpan {
  readonly from: number;
  readonly to: number;
}

function objectiveKey(row: readonly Cell[] | undefined, header: HeaderMatch<OkrColumn>): string {
  const cell = (column: number | undefined): string => (column === undefined ? '' : readText(row?.[column] ?? ''));
  // The text alone, not the quarter: rows of the same text in another quarter are read too (a few more rows,
  // grouped exactly once read whole), so the Quarter column need not be read to find them.
  return cell(header.columns.objective).toLowerCase();
}

/**
 * The spans holding every row of the objectives the given rows belong to. A row's objective is the nearest
 * named one at or above it (grouped layout: the objective row; flat layout: the row itself); every row naming
 * the same objective text starts a span that runs to the next row naming an objective.
 * `grid` holds at least the Objective column of every row.
 */
export function objectiveSpans(
  grid: readonly (readonly Cell[] | undefined)[],
  header: HeaderMatch<OkrColumn>,
  rows: readonly number[],
): RowSpan[] {
  const first = header.row + 1;
  const keys = grid.map((row, index) => (index < first ? '' : objectiveKey(row, header)));
  const named = (index: number): boolean => keys[index] !== '';
  const spanFrom = (start: number): RowSpan => {
    let end = start + 1;
    while (end < grid.length && !named(end)) end += 1;
    return { from: start, to: end };
  };
  const wanted = new Set<string>();
  const spans: RowSpan[] = [];
  for (const row of rows) {
    if (row < first || row >= grid.length) continue;
    let top = row;
    while (top > first && !named(top)) top -= 1;
    // Rows above the first objective belong to none: they and the rows down to it are read as they are.
    const key = keys[top] ?? '';
    if (key === '') spans.push(spanFrom(first));
    else wanted.add(key);
  }
  keys.forEach((key, index) => {
    if (key !== '' && wanted.has(key)) spans.push(spanFrom(index));
  });
  return mergeSpans(spans);
}

/** Overlapping or touching spans as one, in row order: one read each. */
export function mergeSpans(spans: readonly RowSpan[]): RowSpan[] {
  const merged: RowSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.from <= last.to)
      merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, span.to) };
    else merged.push(span);
  }
  return merged;
}

/** Rows whose blank Current follows one of these KPIs (lower-cased IDs and names). */
export function followerRows(
  grid: readonly (readonly Cell[] | undefined)[],
  header: HeaderMatch<OkrColumn>,
  kpiKeys: ReadonlySet<string>,
): number[] {
  const { kpi, current } = header.columns;
  if (kpi === undefined) return [];
  const rows: number[] = [];
  grid.forEach((row, index) => {
    if (index <= header.row) return;
    const linked = readText(row?.[kpi] ?? '').toLowerCase();
    if (linked !== '' && kpiKeys.has(linked) && (current === undefined || readText(row?.[current] ?? '') === ''))
      rows.push(index);
  });
  return rows;
}

/** The columns an edit reads of every row to find what it depends on: with Parent, those of a roll-up too. */
export function locatingColumns(header: HeaderMatch<OkrColumn>, base: readonly OkrColumn[]): OkrColumn[] {
  const extra: OkrColumn[] = header.columns.parent === undefined ? [] : ['parent', 'current', 'kpi'];
  return [...new Set([...base, ...extra])];
}

/**
 * The spans an edit of `spans` also needs when objectives align through Parent. Up: a team key result's score
 * moves its objective, the key result that objective's Parent names (when rolled up), that key result's
 * objective, and so on up the chain; a roll-up reads every objective aligned to it, so the objectives aligned
 * beside each link too. Down: a key result read that may be rolled up (blank Current, no KPI) needs the
 * objectives aligned to it, and theirs in turn. Told from the ID, Objective, Parent, Current and KPI columns
 * alone (see locatingColumns); `grid` holds at least those of every row. `formerParents`: what an edited Parent
 * cell named before, whose roll-up loses a source, followed the same way.
 */
export function alignmentSpans(
  grid: readonly (readonly Cell[] | undefined)[],
  header: HeaderMatch<OkrColumn>,
  spans: readonly RowSpan[],
  formerParents: readonly string[] = [],
): RowSpan[] {
  const { id: idColumn, parent: parentColumn, current: currentColumn, kpi: kpiColumn } = header.columns;
  if (idColumn === undefined || parentColumn === undefined) return [...spans];
  const first = header.row + 1;
  const text = (row: number, column: number | undefined): string =>
    column === undefined ? '' : readText(grid[row]?.[column] ?? '').toLowerCase();
  // The objective each row belongs to, by its text: the nearest named row at or above it ('' above the first).
  const owner: string[] = [];
  const rowsOf = new Map<string, number[]>();
  const rowOfId = new Map<string, number>();
  const parentOf = new Map<string, string>();
  const alignedTo = new Map<string, Set<string>>();
  let current = '';
  for (let row = first; row < grid.length; row += 1) {
    current = objectiveKey(grid[row], header) || current;
    owner[row] = current;
    const owned = rowsOf.get(current);
    if (owned === undefined) rowsOf.set(current, [row]);
    else owned.push(row);
    const id = text(row, idColumn);
    if (id !== '' && !rowOfId.has(id)) rowOfId.set(id, row);
    const parent = text(row, parentColumn);
    if (parent === '' || current === '' || parentOf.has(current)) continue;
    parentOf.set(current, parent);
    alignedTo.set(parent, (alignedTo.get(parent) ?? new Set<string>()).add(current));
  }
  const seen = new Set<string>();
  const work: string[] = [];
  const rows: number[] = [];
  // Rows above the first objective ('') belong to none: objectiveSpans reads them down to it.
  const follow = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    work.push(key);
    const [row] = rowsOf.get(key) ?? [];
    if (row !== undefined) rows.push(row);
  };
  const climb = (parent: string): void => {
    for (const sibling of alignedTo.get(parent) ?? []) follow(sibling);
    const target = rowOfId.get(parent);
    if (target !== undefined) follow(owner[target] ?? '');
  };
  const mayRollUp = (row: number): boolean => text(row, currentColumn) === '' && text(row, kpiColumn) === '';
  for (const { from, to } of spans) for (let row = from; row < to; row += 1) follow(owner[row] ?? '');
  for (const parent of formerParents) if (parent.trim() !== '') climb(parent.trim().toLowerCase());
  for (let key = work.pop(); key !== undefined; key = work.pop()) {
    const parent = parentOf.get(key);
    if (parent !== undefined) climb(parent);
    for (const row of rowsOf.get(key) ?? []) {
      const id = text(row, idColumn);
      if (id !== '' && mayRollUp(row)) for (const source of alignedTo.get(id) ?? []) follow(source);
    }
  }
  return mergeSpans([...spans, ...objectiveSpans(grid, header, rows)]);
}

/**
 * Whether an edit's re-score may need other teams' objectives (the Team OKRs tab): on a tab with a Parent column,
 * some key result it read may be rolled up (a Key Result with a blank Current and no KPI), or `ended` edited rows
 * may have just stopped being rolled up (a Current or KPI typed where the cell was blank), so a roll-up note an
 * imported objective put there must go. Any other edit reads no more than before.
 */
export function mayNeedImports(
  grid: readonly (readonly Cell[] | undefined)[],
  header: HeaderMatch<OkrColumn>,
  rows: readonly number[],
  ended: readonly number[] = [],
): boolean {
  const { parent, keyResult, current, kpi } = header.columns;
  if (parent === undefined) return false;
  const text = (row: number, column: number | undefined): string =>
    column === undefined ? '' : readText(grid[row]?.[column] ?? '');
  const isKeyResult = (row: number): boolean => text(row, keyResult) !== '';
  return (
    ended.some(isKeyResult) ||
    rows.some((row) => isKeyResult(row) && text(row, current) === '' && text(row, kpi) === '')
  );
}
