// Sheets hands dates over as local-midnight instants in the script's time zone. Counting whole days from
// the local calendar fields (not the instant) keeps day arithmetic immune to DST shifts.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of the date's local calendar day. */
export function dayNumber(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY;
}

/** `to − from` in whole calendar days (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return dayNumber(to) - dayNumber(from);
}

/** Local midnight of the given day number. */
export function fromDayNumber(day: number): Date {
  const utc = new Date(day * MS_PER_DAY);
  return localDate(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** Local midnight of year/month(0-based)/day; unlike `new Date(y, m, d)` it keeps years 0–99 as written. */
export function localDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

/** `2026-12-31` from the local calendar fields. */
export function isoDate(date: Date): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** True for any Date, including one made in another realm (the Apps Script `vm` context). */
export function isDate(value: unknown): value is Date {
  // Most cells are numbers and text: rule them out before the costlier tag check.
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Why a date typed as something that already happened cannot be after today, or undefined. A reading
 * dated next year is a typo, and taken on trust it would keep a KPI fresh for a year.
 */
export function futureDateProblem(title: string, date: Date, today: Date): string | undefined {
  return daysBetween(today, date) > 0 ? `${title}: ${isoDate(date)} is in the future` : undefined;
}
