// Dates typed as text: ISO first (unambiguous everywhere), then spelled-out months, then day/month/year
// digits only when one part proves which is the month. A guess between 3 April and 4 March would
// silently corrupt pacing, so an ambiguous date is refused with the ISO spelling the user probably meant.

import type { CellReading } from './cells';
import { isoDate, localDate } from './dates';
import { MONTH_NAMES } from './monthNames';
import { quote } from './quote';

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/i;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** 1-based month of `Dec`, `Sept`, `december`…; undefined for anything shorter than three letters. */
export function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

/** Local midnight of a real calendar day, or undefined for 2026-02-30 and the like. */
export function calendarDate(year: number, month: number, day: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = localDate(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function fromParts(text: string, year: number, month: number | undefined, day: number): CellReading<Date> {
  const date = month === undefined ? undefined : calendarDate(year, month, day);
  return date ? { kind: 'value', value: date } : { kind: 'invalid', why: `${quote(text)} is not a date` };
}

/** Reads a trimmed, non-blank date text. */
export function parseDateText(text: string): CellReading<Date> {
  const iso = ISO.exec(text);
  if (iso) return fromParts(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const dayFirst = DAY_MONTH_NAME.exec(text);
  if (dayFirst) return fromParts(text, Number(dayFirst[3]), monthFromName(dayFirst[2] ?? ''), Number(dayFirst[1]));

  const monthFirst = MONTH_NAME_DAY.exec(text);
  if (monthFirst) {
    return fromParts(text, Number(monthFirst[3]), monthFromName(monthFirst[1] ?? ''), Number(monthFirst[2]));
  }

  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    const year = Number(numeric[3]);
    if (first > 12 && second <= 12) return fromParts(text, year, second, first);
    if (second > 12 && first <= 12) return fromParts(text, year, first, second);
    if (first === second) return fromParts(text, year, first, second);
    if (first <= 12 && second <= 12) {
      const dayFirstReading = calendarDate(year, second, first);
      if (dayFirstReading)
        return { kind: 'invalid', why: `${quote(text)} is ambiguous — use ${isoDate(dayFirstReading)}` };
    }
  }
  return { kind: 'invalid', why: `${quote(text)} is not a date` };
}
