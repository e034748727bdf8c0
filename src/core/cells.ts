// What Range.getValues hands the script, and how a cell is read as the value a column expects.
// Readers never throw: a bad cell becomes an `invalid` reading whose `why` reads well after a column
// title (`Target: "abc" is not a number`), so one bad row never stops the rest.

import { parseDateText } from './dateText';
import { fromDayNumber, isDate, isoDate, localDate } from './dates';
import { parseNumberText } from './numberText';
import { quote } from './quote';

/** A value as Range.getValues returns it; a blank cell is ''. */
export type Cell = string | number | boolean | Date;

export type CellReading<T> = { kind: 'blank' } | { kind: 'value'; value: T } | { kind: 'invalid'; why: string };

const ERROR_VALUES = [
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
];

// Sheets serial days count from 1899-12-30; 2958465 is 9999-12-31, the last day Sheets shows.
const SERIAL_EPOCH_DAY = -25569;
const SERIAL_MAX = 2958465;

const BLANK: CellReading<never> = { kind: 'blank' };

function valueOf<T>(value: T): CellReading<T> {
  return { kind: 'value', value };
}

function invalid(why: string): CellReading<never> {
  return { kind: 'invalid', why };
}

/** Blank: '' or only spaces (null/undefined too, as an omitted custom-function argument arrives). */
export function isBlank(cell: Cell | null | undefined): boolean {
  if (cell === undefined || cell === null) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

// What people type for "no value yet"; unlike a formula error (#N/A), these mean blank.
const PLACEHOLDERS = new Set(['n/a', 'na', 'tbd', 'tbc', '-', '–', '—', '?', '…', '...']);

/** Blank, or a placeholder typed to mean blank (`N/A`, `TBD`, `—`), where a number or date is expected. */
function isBlankReading(cell: Cell): boolean {
  return isBlank(cell) || (typeof cell === 'string' && PLACEHOLDERS.has(cell.trim().toLowerCase()));
}

/** The error token (`#N/A`…) when the cell shows a formula error, else undefined. */
export function errorValue(cell: Cell): string | undefined {
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().toUpperCase();
  return ERROR_VALUES.find((token) => token === text);
}

/**
 * Trimmed text of any cell; a date becomes `2026-12-31`, a checkbox `TRUE`/`FALSE`. Lenient: a formula
 * error reads as its text. Where the text is a row's data (a name, an owner), use readLabel.
 */
export function readText(cell: Cell): string {
  if (isBlank(cell)) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : isoDate(cell);
  return String(cell);
}

/**
 * The text of a column that names or describes a row (Objective, Key Result, KPI, Owner, Unit…): a formula
 * error there (`#REF!` after a deleted row) means the row lost its data, so it is invalid, not a name.
 */
export function readLabel(cell: Cell): CellReading<string> {
  const error = errorValue(cell);
  return error ? invalid(`error value ${error}`) : valueOf(readText(cell));
}

export function readNumber(cell: Cell): CellReading<number> {
  if (isBlankReading(cell)) return BLANK;
  if (typeof cell === 'number') return Number.isFinite(cell) ? valueOf(cell) : invalid(`${cell} is not a number`);
  if (typeof cell === 'boolean') return invalid(`${readText(cell)} is a checkbox, not a number`);
  if (isDate(cell)) return invalid('a date, not a number');
  const error = errorValue(cell);
  if (error) return invalid(`error value ${error}`);
  const text = cell.trim();
  const value = parseNumberText(text);
  return value === undefined ? invalid(`${quote(text)} is not a number`) : valueOf(value);
}

/**
 * A date cell as the day it shows. Sheets hands a date-formatted cell over as a Date, so a number here is
 * a number the person sees (45, not 1900-02-14): it is refused rather than read as a serial day.
 */
export function readDate(cell: Cell): CellReading<Date> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? invalid(`${cell} is a number, not a date`) : invalid(`${cell} is not a date`);
  }
  return readDateOrSerial(cell);
}

/**
 * Like readDate, but a number is a Sheets serial day. For values that reach the script as numbers while
 * meaning dates: a custom function's argument computed by EOMONTH or WORKDAY, and the add-on's own
 * Check-ins timestamps after their column lost its date format.
 */
export function readDateOrSerial(cell: Cell): CellReading<Date> {
  if (isBlankReading(cell)) return BLANK;
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return invalid('not a valid date');
    return valueOf(localDate(cell.getFullYear(), cell.getMonth(), cell.getDate()));
  }
  if (typeof cell === 'number') {
    // The fraction is the time of day; the calendar day is what matters here.
    if (!Number.isFinite(cell) || cell < 1 || cell > SERIAL_MAX) return invalid(`${cell} is not a date`);
    return valueOf(fromDayNumber(SERIAL_EPOCH_DAY + Math.floor(cell)));
  }
  if (typeof cell === 'boolean') return invalid(`${readText(cell)} is a checkbox, not a date`);
  const error = errorValue(cell);
  if (error) return invalid(`error value ${error}`);
  return parseDateText(cell.trim());
}

export function readCheckbox(cell: Cell): CellReading<boolean> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === 'boolean') return valueOf(cell);
  if (isDate(cell)) return invalid('a date, not TRUE or FALSE');
  const error = errorValue(cell);
  if (error) return invalid(`error value ${error}`);
  const text = String(cell).trim();
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'yes') return valueOf(true);
  if (lower === 'false' || lower === 'no') return valueOf(false);
  return invalid(typeof cell === 'number' ? `${text} is not TRUE or FALSE` : `${quote(text)} is not TRUE or FALSE`);
}

/**
 * A Current cell: a number, or a checkbox for yes/no key results. Typed TRUE/FALSE/yes/no count as the
 * checkbox too, because people type them into Current when they mean it.
 */
export function readNumberOrCheckbox(cell: Cell): CellReading<number | boolean> {
  const checkbox = readCheckbox(cell);
  return checkbox.kind === 'value' ? checkbox : readNumber(cell);
}
