// When a clock trigger is next due (what addon.runNextTrigger moves the clock to): recurrences count from
// the trigger's creation, at its hour and minute in its own time zone.
import { describe, expect, it } from 'vitest';
import type { ClockTrigger, Schedule } from '../../emulator/index';
import { nextDue } from '../../emulator/triggerSchedule';

const CREATED = Date.parse('2026-11-15T12:00:00Z'); // a Sunday

function trigger(schedule: Schedule, timeZone = 'Etc/UTC'): ClockTrigger {
  return {
    uniqueId: '7000000001',
    handlerFunction: 'h',
    user: 'u@example.com',
    documentId: 'd',
    schedule,
    timeZone,
    createdAt: CREATED,
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();

describe('nextDue', () => {
  it('weekly: the next such weekday at that hour, then every n weeks', () => {
    const weekly = trigger({ kind: 'weekly', weekDay: 3, everyWeeks: 2, hour: 9, minute: 30 });
    const first = nextDue(weekly, CREATED);
    expect(iso(first)).toBe('2026-11-18T09:30:00.000Z');
    expect(iso(nextDue(weekly, first))).toBe('2026-12-02T09:30:00.000Z');
  });

  it('weekly on the creation day: today if the hour is still ahead, else next week', () => {
    expect(iso(nextDue(trigger({ kind: 'weekly', weekDay: 7, everyWeeks: 1, hour: 18, minute: 0 }), CREATED))).toBe(
      '2026-11-15T18:00:00.000Z',
    );
    expect(iso(nextDue(trigger({ kind: 'weekly', weekDay: 7, everyWeeks: 1, hour: 8, minute: 0 }), CREATED))).toBe(
      '2026-11-22T08:00:00.000Z',
    );
  });

  it('daily every n days and hourly every n hours, counted from creation', () => {
    const daily = trigger({ kind: 'daily', everyDays: 2, hour: 7, minute: 0 });
    expect(iso(nextDue(daily, CREATED))).toBe('2026-11-16T07:00:00.000Z');
    expect(iso(nextDue(daily, Date.parse('2026-11-16T07:00:00Z')))).toBe('2026-11-18T07:00:00.000Z');
    const hourly = trigger({ kind: 'hourly', everyHours: 4 });
    expect(iso(nextDue(hourly, CREATED))).toBe('2026-11-15T16:00:00.000Z');
    expect(iso(nextDue(hourly, Date.parse('2026-11-15T17:00:00Z')))).toBe('2026-11-15T20:00:00.000Z');
  });

  it('keeps its wall-clock hour across a daylight-saving change in its zone', () => {
    const monday9 = trigger({ kind: 'weekly', weekDay: 1, everyWeeks: 1, hour: 9, minute: 0 }, 'Europe/Berlin');
    // Winter: 9:00 in Berlin is 8:00 UTC; after the change on 29 March 2027 it is 7:00 UTC.
    expect(iso(nextDue(monday9, Date.parse('2027-03-23T00:00:00Z')))).toBe('2027-03-29T07:00:00.000Z');
    expect(iso(nextDue(monday9, Date.parse('2027-03-16T00:00:00Z')))).toBe('2027-03-22T08:00:00.000Z');
  });
});
