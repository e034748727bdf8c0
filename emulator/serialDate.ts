// Sheets stores dates as day counts from 1899-12-30 in the spreadsheet's zone; a number shown with a
// date format, or a Date shown with a number format, goes through this serial.
import { instantOf, wallClock } from './timeZone';

const DAY_MS = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export function toSerial(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (wall - EPOCH_UTC) / DAY_MS;
}

export function fromSerial(serial: number, timeZone: string): number {
  const wall = new Date(EPOCH_UTC + Math.round(serial * DAY_MS));
  return instantOf(
    timeZone,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
}
