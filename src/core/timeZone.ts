import { isDate } from './dates';

// A date cell holds an instant; its day is the one the spreadsheet's time zone shows. The script runs in
// its own zone (one for every user of the add-on), so the sheets layer moves each date into "script-local
// wall-clock time" on read and back on write, and the core can keep using local date fields.

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    let formatter: Intl.DateTimeFormat | null = null;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      // An unknown zone name: fall back to the script's own zone rather than fail the refresh.
    }
    formatters.set(timeZone, formatter);
  }
  return formatters.get(timeZone) ?? null;
}

/** Wall-clock fields of an instant in a zone, as milliseconds of the same fields read as UTC. */
function wallClockAsUtc(instant: number, formatter: Intl.DateTimeFormat): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const field = (key: string): number => parts[key] ?? 0;
  return Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour') % 24,
    field('minute'),
    field('second'),
    ((instant % 1000) + 1000) % 1000,
  );
}

// Zone offsets change only at whole quarter hours (every modern zone's offset is a multiple of 15 minutes
// and changes at a local whole hour), so one Intl lookup serves every date in the same quarter hour: a
// column of dates costs a few lookups instead of one per cell.
const QUARTER_HOUR = 900_000;
const offsets = new Map<Intl.DateTimeFormat, Map<number, number>>();

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, formatter: Intl.DateTimeFormat): number {
  let known = offsets.get(formatter);
  if (known === undefined) offsets.set(formatter, (known = new Map<number, number>()));
  const bucket = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
  let offset = known.get(bucket);
  if (offset === undefined) known.set(bucket, (offset = wallClockAsUtc(bucket, formatter) - bucket));
  return offset;
}

/** The script-local Date whose local fields are the wall-clock time `instant` shows in `timeZone`. */
export function toScriptLocal(instant: Date, timeZone: string): Date {
  const formatter = formatterFor(timeZone);
  if (formatter === null || Number.isNaN(instant.getTime())) return instant;
  const wall = new Date(instant.getTime() + offsetAt(instant.getTime(), formatter));
  return new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
}

/** The instant that shows, in `timeZone`, the wall-clock time held in a script-local Date's fields. */
export function fromScriptLocal(local: Date, timeZone: string): Date {
  const formatter = formatterFor(timeZone);
  if (formatter === null || Number.isNaN(local.getTime())) return local;
  const wanted = Date.UTC(
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
    local.getMilliseconds(),
  );
  // Two rounds settle the zone's offset even across a daylight-saving change.
  let instant = wanted - offsetAt(wanted, formatter);
  instant = wanted - offsetAt(instant, formatter);
  return new Date(instant);
}

/** A table as read, with every date moved into script-local wall-clock time. */
export function tableToScriptLocal<T>(rows: T[][], timeZone: string): T[][] {
  return rows.map((row) => row.map((cell) => (isDate(cell) ? (toScriptLocal(cell, timeZone) as T) : cell)));
}

/** Rows to write, with every script-local date moved back to the instant the spreadsheet shows as that time. */
export function tableToSheet<T>(rows: T[][], timeZone: string): T[][] {
  return rows.map((row) => row.map((cell) => (isDate(cell) ? (fromScriptLocal(cell, timeZone) as T) : cell)));
}

/**
 * A custom function may not ask the spreadsheet's zone, but a date cell holds midnight in that zone, so the
 * nearest script-local midnight is the day the cell shows whenever the two zones are within 12 hours.
 */
export function nearestLocalMidnight(date: Date): Date {
  const noonShifted = new Date(date.getTime() + 12 * 3_600_000);
  return new Date(noonShifted.getFullYear(), noonShifted.getMonth(), noonShifted.getDate());
}
