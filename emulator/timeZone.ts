// Sheets shows and parses dates in the spreadsheet's time zone, not the machine's. These helpers convert
// between instants and wall-clock fields in an IANA zone with Intl, so no dependency is needed.

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Java accepts 'GMT+2'; Intl only knows the equivalent 'Etc/GMT-2' (the sign is inverted there). */
function intlZone(timeZone: string): string {
  const match = /^GMT([+-])(\d{1,2})(?::?00)?$/.exec(timeZone);
  if (match === null) return timeZone;
  return Number(match[2]) === 0 ? 'Etc/GMT' : `Etc/GMT${match[1] === '+' ? '-' : '+'}${Number(match[2])}`;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: intlZone(timeZone),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const num = (key: string): number => Number(parts[key] ?? 0);
  return {
    year: num('year'),
    month: num('month'),
    day: num('day'),
    hour: num('hour') % 24,
    minute: num('minute'),
    second: num('second'),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
}

/** Minutes east of UTC at that instant in that zone. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return Math.round((asUtc - ms) / 60000);
}

/** The instant at which the zone's clock shows these fields (month 1-12). */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = naive - offsetMinutes(naive, timeZone) * 60000;
  // A second pass settles instants near a daylight-saving change.
  guess = naive - offsetMinutes(guess, timeZone) * 60000;
  return guess;
}
