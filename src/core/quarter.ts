// Quarters are calendar quarters shifted by the fiscal year's start month. A quarter is labelled by the
// calendar year it starts in, so with a February start, Nov 2026–Jan 2027 is `2026-Q4`: the label
// always names a year the quarter visibly belongs to.

import type { CellReading } from './cells';
import { dayNumber, localDate } from './dates';
import { quote } from './quote';
import { clamp } from './round';

export interface Quarter {
  label: string;
  /** Calendar year of the first day. */
  year: number;
  number: 1 | 2 | 3 | 4;
  /** First day, local midnight. */
  start: Date;
  /** Last day, local midnight. */
  end: Date;
}

export function isFiscalStartMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

function checkFiscalStart(fiscalStartMonth: number): void {
  if (!isFiscalStartMonth(fiscalStartMonth)) {
    throw new RangeError(`fiscal start month must be 1–12, not ${fiscalStartMonth}`);
  }
}

function quarterFrom(year: number, startMonthIndex: number, number: 1 | 2 | 3 | 4): Quarter {
  return {
    label: `${year}-Q${number}`,
    year,
    number,
    start: localDate(year, startMonthIndex, 1),
    end: localDate(year, startMonthIndex + 3, 0),
  };
}

export function quarterOf(date: Date, fiscalStartMonth = 1): Quarter {
  checkFiscalStart(fiscalStartMonth);
  const month = date.getMonth();
  const monthsIntoYear = (month - (fiscalStartMonth - 1) + 12) % 12;
  const number = (Math.floor(monthsIntoYear / 3) + 1) as 1 | 2 | 3 | 4;
  let startMonth = month - (monthsIntoYear % 3);
  let year = date.getFullYear();
  if (startMonth < 0) {
    startMonth += 12;
    year -= 1;
  }
  return quarterFrom(year, startMonth, number);
}

const YEAR_FIRST = /^(\d{4})\s*[-/ ]?\s*Q([1-4])$/i;
const QUARTER_FIRST = /^Q([1-4])\s*[-/ ]?\s*(\d{4})$/i;

/** `2026-Q4`, `2026 Q4`, `Q4 2026`, `q4-2026`, `2026Q4`. */
export function parseQuarter(text: string, fiscalStartMonth = 1): CellReading<Quarter> {
  checkFiscalStart(fiscalStartMonth);
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  const yearFirst = YEAR_FIRST.exec(trimmed);
  const quarterFirst = QUARTER_FIRST.exec(trimmed);
  const year = Number(yearFirst?.[1] ?? quarterFirst?.[2]);
  const number = Number(yearFirst?.[2] ?? quarterFirst?.[1]) as 1 | 2 | 3 | 4;
  if (!yearFirst && !quarterFirst) return { kind: 'invalid', why: `Quarter: ${quote(trimmed)} is not like 2026-Q4` };
  // The label's year is the start's calendar year, so the start month just wraps within it.
  const startMonth = (fiscalStartMonth - 1 + (number - 1) * 3) % 12;
  return { kind: 'value', value: quarterFrom(year, startMonth, number) };
}

/** Share of the quarter's days before `date`: 0 on the first day, 1 from the day after the last. */
export function quarterProgress(date: Date, q: Quarter): number {
  const days = dayNumber(q.end) + 1 - dayNumber(q.start);
  return clamp((dayNumber(date) - dayNumber(q.start)) / days, 0, 1);
}

/** The quarter that starts the day after `q` ends, under the same fiscal year. */
export function nextQuarter(q: Quarter, fiscalStartMonth = 1): Quarter {
  return quarterOf(localDate(q.end.getFullYear(), q.end.getMonth(), q.end.getDate() + 1), fiscalStartMonth);
}
