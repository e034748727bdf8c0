// A KPI's readings as one series, for the rules that look at where it has been (early warning, plateau).
// Current is the newest reading, as of its Updated day: a reading dated after that day is a copy of it (a close
// writes every KPI's Current into KPI History on the close's own day), never a newer reading, so it is left
// out; otherwise one close would add a flat point and bend every trend it falls in.

import { dayNumber } from '../dates';
import { nearlyEqual } from '../round';

/** One reading of a KPI, at a script-local time. */
export interface KpiReading {
  readonly at: Date;
  readonly value: number;
}

export interface SeriesInput {
  /** Readings read from KPI History and the Check-ins log, any order. */
  readonly readings: readonly KpiReading[];
  /** The Current cell and its day (Updated); without a day, see currentDay. */
  readonly current?: number;
  readonly updated?: Date;
  readonly today: Date;
}

export interface SeriesPoint {
  /** Day number (see dates.dayNumber). */
  readonly day: number;
  readonly value: number;
}

/**
 * The day Current was read: its Updated day; without one (a tab with no Updated column), the newest reading's
 * when that reading is Current (the check-in that wrote it), else today. Taking today for a Current a check-in
 * wrote would count it twice, the copy a flat point that moves with the calendar and bends the trend.
 */
export function currentDay(input: SeriesInput): Date {
  if (input.updated !== undefined) return input.updated;
  let newest: KpiReading | undefined;
  for (const reading of input.readings) {
    if (Number.isFinite(reading.value) && (newest === undefined || reading.at >= newest.at)) newest = reading;
  }
  return newest !== undefined && input.current !== undefined && nearlyEqual(newest.value, input.current)
    ? newest.at
    : input.today;
}

/** One point per calendar day, the last of the day (Current the last of its own), up to Current's day; oldest first. */
export function readingSeries(input: SeriesInput): SeriesPoint[] {
  const day = currentDay(input);
  const lastDay = input.current === undefined ? Number.POSITIVE_INFINITY : dayNumber(day);
  const byDay = new Map<number, { at: number; value: number }>();
  const add = (at: Date, value: number, last: boolean): void => {
    if (!Number.isFinite(value)) return;
    const day = dayNumber(at);
    if (day > lastDay) return;
    const seen = byDay.get(day);
    const time = last ? Number.POSITIVE_INFINITY : at.getTime();
    if (seen === undefined || time >= seen.at) byDay.set(day, { at: time, value });
  };
  for (const reading of input.readings) add(reading.at, reading.value, false);
  if (input.current !== undefined) add(day, input.current, true);
  return [...byDay.entries()].map(([day, { value }]) => ({ day, value })).sort((a, b) => a.day - b.day);
}
