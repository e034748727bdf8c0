// One check-in as cells to write: the Check-ins log row, the item's Current, and its Updated (KPI) or
// Confidence (key result). Pure, so every user error is found before anything is written.

import type { Cell } from './cells';
import { readNumber } from './cells';
import type { CheckInPayload, FieldProblem } from './checkInPayload';
import { MAX_CONFIDENCE } from './checkInPayload';
import type { Item, ItemsResult } from './checkInItems';
import { readCheckInValue } from './checkInValue';
import { COLUMNS, columnKeys, type CheckInColumn, type HeaderMatch } from './headers';
import { localDate } from './dates';
import { TAB_TITLES } from './tabNames';

export type CheckInField = 'id' | 'value' | 'confidence' | 'note';

interface CellWrite {
  readonly tab: 'kpis' | 'okrs';
  /** 0-based, as in the tab's values. */
  readonly row: number;
  readonly column: number;
  readonly value: Cell;
}

export type LogEntry = Record<CheckInColumn, Cell>;

type CheckInPlan =
  | FieldProblem<CheckInField>
  | { ok: true; item: Item; value: number | boolean; writes: CellWrite[]; log: LogEntry };

/** The header a new Check-ins tab gets, in DESIGN's order. */
export const CHECK_IN_HEADER: readonly string[] = columnKeys('checkIns').map((key) => COLUMNS.checkIns[key].title);

/** Where that header puts each column. */
export const NEW_LOG_HEADER: HeaderMatch<CheckInColumn> = {
  row: 0,
  columns: Object.fromEntries(columnKeys('checkIns').map((key, index) => [key, index])),
  width: CHECK_IN_HEADER.length,
};

function readConfidence(input: CheckInPayload['confidence']): { ok: true; value?: number } | { ok: false; message: string } {
  if (input === undefined || (typeof input === 'string' && input.trim() === '')) return { ok: true };
  const reading = readNumber(input);
  if (reading.kind !== 'value' || reading.value < 0 || reading.value > MAX_CONFIDENCE) {
    return { ok: false, message: `Confidence is a number from 0 (no chance) to ${MAX_CONFIDENCE} (certain), not "${String(input).trim()}".` };
  }
  return { ok: true, value: reading.value };
}

function findItem(items: Extract<ItemsResult, { ok: true }>, id: string): Item | undefined {
  const wanted = id.trim().toLowerCase();
  return [...items.objectives.flatMap((group) => group.keyResults), ...items.kpis].find((item) => item.id.toLowerCase() === wanted);
}

/**
 * Plans a check-in against the tabs as they are now: the row is found by ID at this moment, so a row the
 * user sorted, moved or deleted since the sidebar loaded is handled. `now` is script-local.
 */
export function planCheckIn(input: {
  items: Extract<ItemsResult, { ok: true }>;
  formulas: { kpis: readonly string[][]; okrs: readonly string[][] };
  payload: CheckInPayload;
  now: Date;
  by: string;
}): CheckInPlan {
  const { items, payload, now } = input;
  const item = findItem(items, payload.id);
  if (item === undefined) {
    return { ok: false, field: 'id', message: `${payload.id} is no longer on the ${TAB_TITLES.okrs} or ${TAB_TITLES.kpis} tab (deleted, or its ID changed). Nothing was saved.` };
  }
  const value = readCheckInValue(payload.value, item);
  if (!value.ok) return { ok: false, field: 'value', message: value.message };
  const confidence = item.kind === 'KR' ? readConfidence(payload.confidence) : { ok: true as const };
  if (!confidence.ok) return { ok: false, field: 'confidence', message: confidence.message };

  const columns = item.tab === 'kpis' ? items.kpiHeader.columns : items.okrHeader.columns;
  const formulas = input.formulas[item.tab];
  const writes: CellWrite[] = [];
  // Never over a formula: the check-in is still logged, and the sidebar says where the value comes from.
  const write = (column: number | undefined, cell: Cell): void => {
    if (column !== undefined && (formulas[item.row]?.[column] ?? '') === '') writes.push({ tab: item.tab, row: item.row, column, value: cell });
  };
  write(columns.current, value.value);
  if (item.kind === 'KPI') write(items.kpiHeader.columns.updated, localDate(now.getFullYear(), now.getMonth(), now.getDate()));
  if (confidence.value !== undefined) write(items.okrHeader.columns.confidence, confidence.value);

  return {
    ok: true, item, value: value.value, writes,
    log: {
      timestamp: now, quarter: item.quarter, id: item.id, item: item.name, kind: item.kind, value: value.value,
      confidence: confidence.value ?? '', note: noteAsTyped(payload.note), by: input.by,
    },
  };
}

/** A note is stored exactly as typed (spaces, tabs, new lines); one of nothing but white space is no note. */
export function noteAsTyped(note: string | undefined): string {
  return note === undefined || note.trim() === '' ? '' : note;
}

/** The log entry as a row of an existing Check-ins tab, in its own column order. */
export function logRow(entry: LogEntry, header: HeaderMatch<CheckInColumn>): Cell[] {
  const width = Math.max(header.width, ...Object.values(header.columns).map((index) => (index as number) + 1));
  const row: Cell[] = Array.from({ length: width }, () => '');
  for (const key of columnKeys('checkIns')) {
    const index = header.columns[key];
    if (index !== undefined) row[index] = entry[key];
  }
  return row;
}
