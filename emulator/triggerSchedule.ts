// When a clock trigger is next due: recurrences counted from its creation, in the trigger's time zone,
// so a weekly 9 o'clock trigger stays at 9 across a daylight-saving change.
import { instantOf, wallClock } from './timeZone';
import type { ClockTrigger } from './triggers';

const HOUR = 3_600_000;
const DAY = 86_400_000;

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday, as ScriptApp.WeekDay and the event's day-of-week count. */
export function isoWeekDay(ms: number, timeZone: string): number {
  const weekday = wallClock(ms, timeZone).weekday;
  return weekday === 0 ? 7 : weekday;
}

/** The first instant strictly after `after` at which the trigger fires. */
export function nextDue(trigger: ClockTrigger, after: number): number {
  const { schedule, createdAt, timeZone } = trigger;
  if (schedule.kind === 'hourly') {
    const period = schedule.everyHours * HOUR;
    const k = Math.max(1, Math.floor((after - createdAt) / period) + 1);
    return createdAt + k * period;
  }
  const created = wallClock(createdAt, timeZone);
  let first: CivilDate = { year: created.year, month: created.month, day: created.day };
  const at = (date: CivilDate): number =>
    instantOf(timeZone, date.year, date.month, date.day, schedule.hour, schedule.minute);
  const periodDays = schedule.kind === 'daily' ? schedule.everyDays : 7 * schedule.everyWeeks;
  if (schedule.kind === 'weekly') {
    const shift = (schedule.weekDay - isoWeekDay(createdAt, timeZone) + 7) % 7;
    first = addDays(first, shift);
  }
  if (at(first) <= createdAt) first = addDays(first, schedule.kind === 'daily' ? 1 : 7);
  // Jump close, then step: a zone's days are not all 24 hours long.
  let k = Math.max(0, Math.floor((after - at(first)) / (periodDays * DAY)) - 1);
  while (at(addDays(first, k * periodDays)) <= after) k += 1;
  return at(addDays(first, k * periodDays));
}
