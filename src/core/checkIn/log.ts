// The one reader of the Check-ins log and of KPI History: both become readings (when, which ID, what value),
// and the model takes from them each ID's newest check-in and its trend. A malformed row is skipped rather
// than blocking a job: the log is the user's tab too.

import { readCheckbox, readDateOrSerial, readNumber, readText, type Cell } from '../cells';
import { isDate, localDate } from '../dates';
import { findHeader, normaliseHeader } from '../workbook/headers';
import { rowCells } from '../workbook/schemas';

/** One value of one item at one moment: a check-in, or a KPI's reading kept at a quarter close. */
export interface Reading {
  /** Script-local time of the reading. */
  readonly at: Date;
  readonly value: number;
}

export interface LogEntry {
  /** Lower-cased ID of the key result or KPI. */
  readonly id: string;
  readonly at: Date;
  /** A checkbox counts as 1 or 0; absent when the row holds no number. */
  readonly value?: number;
}

/** When a log row was made, to the second where the cell holds a time; undefined when unreadable. */
export function timeOf(cell: Cell): Date | undefined {
  // The time of day orders two check-ins on one day; readDateOrSerial alone keeps only the day (and takes a
  // serial number: the add-on's own Timestamp column may lose its date format).
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? undefined : cell;
  const reading = readDateOrSerial(cell);
  return reading.kind === 'value' ? reading.value : undefined;
}

function valueOf(cell: Cell): number | undefined {
  const checkbox = readCheckbox(cell);
  if (checkbox.kind === 'value') return checkbox.value ? 1 : 0;
  const number = readNumber(cell);
  return number.kind === 'value' ? number.value : undefined;
}

function entry(id: Cell, at: Cell, value: Cell): LogEntry | undefined {
  const key = readText(id).toLowerCase();
  const when = timeOf(at);
  if (key === '' || when === undefined) return undefined;
  const number = valueOf(value);
  return { id: key, at: when, ...(number === undefined ? {} : { value: number }) };
}

/** The Check-ins log's rows below its header (rows read as absent are skipped). */
export function checkInEntries(values: readonly Cell[][]): LogEntry[] {
  const found = findHeader('checkIns', values as Cell[][]);
  if (!found.ok) return [];
  const entries: LogEntry[] = [];
  for (const cells of values.slice(found.header.row + 1)) {
    const row = rowCells(cells, found.header.columns, ['id', 'timestamp', 'value']);
    const read = entry(row.id, row.timestamp, row.value);
    if (read !== undefined) entries.push(read);
  }
  return entries;
}

/** The KPI History tab's rows (Date, ID, Value under a header on its first row). */
export function historyEntries(values: readonly Cell[][]): LogEntry[] {
  const titles = (values[0] ?? []).map((cell) => normaliseHeader(readText(cell)));
  const [date, id, value] = ['date', 'id', 'value'].map((title) => titles.indexOf(title)) as [number, number, number];
  if (date < 0 || id < 0 || value < 0) return [];
  return values.slice(1).flatMap((row) => entry(row[id] ?? '', row[date] ?? '', row[value] ?? '') ?? []);
}

/** Each ID's newest entry, as the day it was made (what a Last check-in cell shows). */
export function newestById(entries: readonly LogEntry[]): Map<string, Date> {
  const newest = new Map<string, Date>();
  for (const { id, at } of entries) {
    const seen = newest.get(id);
    if (seen === undefined || at > seen) newest.set(id, at);
  }
  for (const [id, at] of newest) newest.set(id, localDate(at.getFullYear(), at.getMonth(), at.getDate()));
  return newest;
}

/** Each ID's readings (entries with a value), oldest first. */
export function readingsById(entries: readonly LogEntry[]): Map<string, Reading[]> {
  const readings = new Map<string, Reading[]>();
  for (const { id, at, value } of entries) {
    if (value === undefined) continue;
    const list = readings.get(id) ?? [];
    list.push({ at, value });
    readings.set(id, list);
  }
  for (const list of readings.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());
  return readings;
}

/**
 * Whether the rows' times never go back (unreadable times are passed over). Only then does the top of a
 * log hold its oldest rows, so that reading its recent end finds every recent row.
 */
export function inTimeOrder(rows: readonly (readonly Cell[])[], column: number): boolean {
  let previous = -Infinity;
  for (const row of rows) {
    const time = timeOf(row[column] ?? '')?.getTime();
    if (time === undefined) continue;
    if (time < previous) return false;
    previous = time;
  }
  return true;
}

/** Where a log keeps its header, and the columns a job reads below it (the time column first). */
export interface LogLayout {
  readonly headerRow: number;
  readonly columns: readonly number[];
}

export function checkInLogLayout(top: readonly Cell[][]): LogLayout | undefined {
  const found = findHeader('checkIns', top as Cell[][]);
  if (!found.ok) return undefined;
  const { columns } = found.header;
  const read = [columns.timestamp, columns.id, columns.value].filter(
    (column): column is number => column !== undefined,
  );
  return { headerRow: found.header.row, columns: read };
}

export function historyLayout(top: readonly Cell[][]): LogLayout | undefined {
  const titles = (top[0] ?? []).map((cell) => normaliseHeader(readText(cell)));
  const columns = ['date', 'id', 'value'].map((title) => titles.indexOf(title));
  return columns.every((column) => column >= 0) ? { headerRow: 0, columns } : undefined;
}
