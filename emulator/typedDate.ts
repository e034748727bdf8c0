// Dates and times Sheets recognises in text typed (or written by a script) in an en_US spreadsheet:
// ISO and month-first numeric dates, with or without a year, month names either side of the day, times
// with or without seconds and am/pm, and a date followed by a time. A date without a year takes the
// current year in the spreadsheet's zone; a time alone is a Date on Sheets' 1899-12-30 epoch.
// docs/emulator.md ("What a written string becomes") gives each form's source and confidence.
import { fromSerial } from './serialDate';
import { instantOf, wallClock } from './timeZone';

export interface TypedDate {
  readonly value: Date;
  readonly numberFormat: string;
}

interface Time {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly format: string;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const TIME = String.raw`(\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:\s*[ap]\.?m?\.?)?|\d{1,2}\s*[ap]\.?m\.?)`;
const WITH_TIME = String.raw`(?:(?:\s+|T)${TIME})?`;

const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${WITH_TIME}$`, 'i');
const MONTH_FIRST = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?${WITH_TIME}$`, 'i');
const DAY_NAME = new RegExp(String.raw`^(\d{1,2})(?:\s+|-)${MONTH}(?:(?:,?\s+|-)(\d{4}|\d{2}))?${WITH_TIME}$`, 'i');
const NAME_DAY = new RegExp(String.raw`^${MONTH}(?:\s+|-)(\d{1,2})(?:(?:,\s*|\s+|-)(\d{4}))?${WITH_TIME}$`, 'i');
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`, 'i');

function monthOf(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Two-digit years: 00–29 are this century, 30–99 the last (the pivot spreadsheets share). */
function fullYear(text: string | undefined, currentYear: number): number {
  if (text === undefined) return currentYear;
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function validDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** `12:30`, `12:30:15`, `9:30 am`, `9pm`; hours past 23 only as a duration (no am/pm, no date). */
function parseTime(text: string, allowDuration: boolean): Time | null {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\.\d+)?\s*(?:([ap])\.?m?\.?)?$/i.exec(text);
  if (match === null) return null;
  const [, h = '0', m, s, half] = match;
  let hour = Number(h);
  const minute = Number(m ?? 0);
  const second = Number(s ?? 0);
  if (m === undefined && half === undefined) return null;
  if (minute > 59 || second > 59) return null;
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    return { hour, minute, second, format: 'h:mm:ss am/pm' };
  }
  if (hour > 23 && !allowDuration) return null;
  return { hour, minute, second, format: hour > 23 ? '[h]:mm:ss' : 'h:mm:ss' };
}

function dateAt(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  time: Time | null,
  dateFormat: string,
): TypedDate | null {
  if (!validDate(year, month, day)) return null;
  const value = new Date(instantOf(timeZone, year, month, day, time?.hour ?? 0, time?.minute ?? 0, time?.second ?? 0));
  const numberFormat = time === null ? dateFormat : `${dateFormat} ${time.format}`;
  return { value, numberFormat };
}

/** The date or time `text` (already trimmed) means, or null when Sheets would keep it as text. */
export function parseTypedDate(text: string, timeZone: string, now: number): TypedDate | null {
  const currentYear = wallClock(now, timeZone).year;
  const timeOf = (part: string | undefined): Time | null | undefined =>
    part === undefined ? null : (parseTime(part, false) ?? undefined);

  const iso = ISO.exec(text);
  if (iso !== null) {
    const time = timeOf(iso[4]);
    if (time === undefined) return null;
    const typed = dateAt(timeZone, Number(iso[1]), Number(iso[2]), Number(iso[3]), time, 'yyyy-mm-dd');
    return typed === null || time === null ? typed : { ...typed, numberFormat: 'yyyy-mm-dd hh:mm:ss' };
  }
  const numeric = MONTH_FIRST.exec(text);
  if (numeric !== null) {
    const time = timeOf(numeric[5]);
    if (time === undefined) return null;
    const format = numeric[4] === undefined ? 'm/d' : 'm/d/yyyy';
    return dateAt(timeZone, fullYear(numeric[4], currentYear), Number(numeric[1]), Number(numeric[3]), time, format);
  }
  const dayName = DAY_NAME.exec(text);
  if (dayName !== null) {
    const time = timeOf(dayName[4]);
    if (time === undefined) return null;
    const format = dayName[3] === undefined ? 'd mmm' : 'd mmm yyyy';
    return dateAt(
      timeZone,
      fullYear(dayName[3], currentYear),
      monthOf(dayName[2] ?? ''),
      Number(dayName[1]),
      time,
      format,
    );
  }
  const nameDay = NAME_DAY.exec(text);
  if (nameDay !== null) {
    const time = timeOf(nameDay[4]);
    if (time === undefined) return null;
    const format = nameDay[3] === undefined ? 'mmm d' : 'mmm d, yyyy';
    return dateAt(
      timeZone,
      fullYear(nameDay[3], currentYear),
      monthOf(nameDay[1] ?? ''),
      Number(nameDay[2]),
      time,
      format,
    );
  }
  if (TIME_ONLY.test(text)) {
    const time = parseTime(text, true);
    if (time === null) return null;
    const serial = (time.hour * 3600 + time.minute * 60 + time.second) / 86_400;
    return { value: new Date(fromSerial(serial, timeZone)), numberFormat: time.format };
  }
  return null;
}
