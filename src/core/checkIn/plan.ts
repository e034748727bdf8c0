// One check-in as cells to write: the Check-ins log row, the item's Current, and its Updated (KPI) or
// Confidence (key result). Pure, so every user error is found before anything is written.

import type { Cell } from '../cells';
import { readConfidence as readConfidenceCell } from '../okr/confidence';
import { plainOrQuoted, quote } from '../quote';
import { itemName, itemsById, type CheckInItem } from './list';
import type { CheckInPayload, FieldProblem } from './payload';
import { MAX_CONFIDENCE } from './payload';
import { readCheckInValue } from './value';
import { COLUMNS, columnKeys, type CheckInColumn, type HeaderMatch } from '../workbook/headers';
import { localDate } from '../dates';
import { quarterOf } from '../quarter';
import { TAB_TITLES } from '../workbook/tabNames';
import type { Workbook } from '../workbook/workbook';

export type CheckInField = 'id' | 'value' | 'confidence' | 'note';

export interface CellWrite {
  readonly tab: 'kpis' | 'okrs';
  /** 0-based, as in the tab's values. */
  readonly row: number;
  readonly column: number;
  readonly value: Cell;
}

export type LogEntry = Record<CheckInColumn, Cell>;

export type CheckInPlan =
  | FieldProblem<CheckInField>
  | { ok: true; item: CheckInItem; value: number | boolean; writes: CellWrite[]; log: LogEntry };

/** The header a new Check-ins tab gets, in DESIGN's order. */
export const CHECK_IN_HEADER: readonly string[] = columnKeys('checkIns').map((key) => COLUMNS.checkIns[key].title);

/** Where that header puts each column. */
export const NEW_LOG_HEADER: HeaderMatch<CheckInColumn> = {
  row: 0,
  columns: Object.fromEntries(columnKeys('checkIns').map((key, index) => [key, index])),
  width: CHECK_IN_HEADER.length,
};

function readConfidence(
  input: CheckInPayload['confidence'],
): { ok: true; value?: number } | { ok: false; message: string } {
  if (input === undefined || (typeof input === 'string' && input.trim() === '')) return { ok: true };
  const reading = readConfidenceCell(input);
  if (reading.kind !== 'value') {
    return {
      ok: false,
      message: `Confidence is a number from 0 (no chance) to ${MAX_CONFIDENCE} (certain), not ${quote(String(input).trim())}.`,
    };
  }
  return { ok: true, value: reading.value };
}

/** An ID as a message repeats it (see plainOrQuoted). */
export const idText = plainOrQuoted;

export function tabOf(item: CheckInItem): 'kpis' | 'okrs' {
  return item.kind === 'kpi' ? 'kpis' : 'okrs';
}

/**
 * Why the row found by this ID is not the one the person picked, or undefined when it is: an ID given only
 * now (its cell still blank) is not bound to a row yet, and a row that shows other text was moved or re-typed.
 */
function mismatch(item: CheckInItem, payload: CheckInPayload): string | undefined {
  if (item.newId !== undefined) {
    return `${idText(item.id)} has no ID in its row yet, so the add-on cannot be sure which row it is. Nothing was saved: reopen Check in… (it fills the IDs) and try again.`;
  }
  const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
  const name = itemName(item);
  if (payload.name !== undefined && !same(payload.name, name)) {
    return `${idText(item.id)} now reads ${quote(name)}, not ${quote(payload.name.trim())}: the rows changed since the list was loaded. Nothing was saved; check the list and try again.`;
  }
  // Only a flat-layout row shows its objective itself; under an objective row, the row's own cell is blank.
  const showsObjective = item.kind === 'keyResult' && item.objectiveId !== undefined && item.objectiveRow === undefined;
  if (showsObjective && payload.objective !== undefined && !same(payload.objective, item.objectiveText)) {
    return `${idText(item.id)} now belongs to ${quote(item.objectiveText)}, not ${quote(payload.objective.trim())}: the rows changed since the list was loaded. Nothing was saved; check the list and try again.`;
  }
  return undefined;
}

/**
 * Plans a check-in against the tabs as they are now: the row is found by ID at this moment and must still
 * show what the person picked, so a row sorted, moved or deleted since the sidebar loaded never receives
 * another item's value. `now` is script-local.
 */
export function planCheckIn(input: {
  workbook: Workbook;
  formulas: { kpis: readonly string[][]; okrs: readonly string[][] };
  payload: CheckInPayload;
  now: Date;
  by: string;
}): CheckInPlan {
  const { workbook, payload, now } = input;
  const item = itemsById(workbook).get(payload.id.trim().toLowerCase());
  if (item === undefined) {
    const objective = workbook.objectives.find(
      (candidate) => candidate.id.toLowerCase() === payload.id.trim().toLowerCase(),
    );
    const message =
      objective !== undefined
        ? `${idText(objective.id)} is an objective: check in on one of its key results instead. Nothing was saved.`
        : `${idText(payload.id)} is no longer on the ${TAB_TITLES.okrs} or ${TAB_TITLES.kpis} tab (deleted, or its ID changed). Nothing was saved.`;
    return { ok: false, field: 'id', message };
  }
  const moved = mismatch(item, payload);
  if (moved !== undefined) return { ok: false, field: 'id', message: moved };
  const value = readCheckInValue(payload.value, {
    unit: item.unit,
    checkbox: item.kind === 'keyResult' && item.checkbox,
  });
  if (!value.ok) return { ok: false, field: 'value', message: value.message };
  const confidence = item.kind === 'keyResult' ? readConfidence(payload.confidence) : { ok: true as const };
  if (!confidence.ok) return { ok: false, field: 'confidence', message: confidence.message };

  const tab = tabOf(item);
  const columns = workbook.headers[tab].columns as Partial<Record<string, number>>;
  const formulas = input.formulas[tab];
  const writes: CellWrite[] = [];
  // Never over a formula: the check-in is still logged, and the sidebar says where the value comes from.
  const write = (column: number | undefined, cell: Cell): void => {
    if (column !== undefined && (formulas[item.row]?.[column] ?? '') === '')
      writes.push({ tab, row: item.row, column, value: cell });
  };
  if (!item.currentIsFormula) write(columns.current, value.value);
  if (item.kind === 'kpi') write(columns.updated, localDate(now.getFullYear(), now.getMonth(), now.getDate()));
  if (confidence.value !== undefined) write(columns.confidence, confidence.value);

  const quarter =
    item.kind === 'keyResult' && item.quarter !== '' ? item.quarter : quarterOf(now, workbook.fiscalStartMonth).label;
  return {
    ok: true,
    item,
    value: value.value,
    writes,
    log: {
      timestamp: now,
      quarter,
      id: item.id,
      item: itemName(item),
      kind: item.kind === 'kpi' ? 'KPI' : 'KR',
      value: value.value,
      confidence: confidence.value ?? '',
      note: noteAsTyped(payload.note),
      by: input.by,
    },
  };
}

/** A note is stored exactly as typed (spaces, tabs, new lines); one of nothing but white space is no note. */
export function noteAsTyped(note: string | undefined): string {
  return note === undefined || note.trim() === '' ? '' : note;
}

/** The log entry as a row of an existing Check-ins tab, in its own column order. */
export function logRow(entry: LogEntry, header: HeaderMatch<CheckInColumn>): Cell[] {
  const width = Math.max(header.width, ...Object.values(header.columns).map((index) => index + 1));
  const row: Cell[] = Array.from({ length: width }, () => '');
  for (const key of columnKeys('checkIns')) {
    const index = header.columns[key];
    if (index !== undefined) row[index] = entry[key];
  }
  return row;
}
