import { describe, expect, it } from 'vitest';
import {
  fromScriptLocal,
  nearestLocalMidnight,
  tableToScriptLocal,
  tableToSheet,
  toScriptLocal,
} from '../../src/core/timeZone';

// Tests run with TZ=UTC, so "script-local" fields are the UTC fields.
const utc = (iso: string) => new Date(`${iso}Z`);

describe('toScriptLocal: the wall-clock time a spreadsheet zone shows', () => {
  it.each([
    ['midnight in Tokyo is the previous afternoon in UTC', '2026-12-30T15:00:00', 'Asia/Tokyo', '2026-12-31T00:00:00'],
    ['midnight in Berlin (winter, +1)', '2026-09-30T22:00:00', 'Europe/Berlin', '2026-10-01T00:00:00'],
    ['midnight in New York (summer, −4)', '2026-07-01T04:00:00', 'America/New_York', '2026-07-01T00:00:00'],
    ['a check-in at 08:00 JST', '2026-11-19T23:00:00', 'Asia/Tokyo', '2026-11-20T08:00:00'],
    ['UTC is unchanged', '2026-11-23T09:30:00', 'Etc/UTC', '2026-11-23T09:30:00'],
    ['a quarter-hour zone (Kathmandu, +5:45)', '2026-11-22T18:15:00', 'Asia/Kathmandu', '2026-11-23T00:00:00'],
    [
      'Lord Howe before its half-hour clock change (+11)',
      '2026-04-04T14:59:00',
      'Australia/Lord_Howe',
      '2026-04-05T01:59:00',
    ],
    ['Lord Howe after it (+10:30)', '2026-04-04T15:00:00', 'Australia/Lord_Howe', '2026-04-05T01:30:00'],
  ])('%s', (_, instant, zone, local) => {
    expect(toScriptLocal(utc(instant), zone)).toEqual(utc(local));
  });

  it('leaves dates alone when the zone name is unknown, rather than failing the refresh', () => {
    expect(toScriptLocal(utc('2026-11-23T09:30:00'), 'Mars/Olympus_Mons')).toEqual(utc('2026-11-23T09:30:00'));
    expect(fromScriptLocal(utc('2026-11-23T09:30:00'), 'Mars/Olympus_Mons')).toEqual(utc('2026-11-23T09:30:00'));
  });
});

describe('fromScriptLocal: back to the instant the spreadsheet shows as that time', () => {
  it.each([
    ['Tokyo midnight', '2026-12-31T00:00:00', 'Asia/Tokyo', '2026-12-30T15:00:00'],
    [
      'New York noon on the day clocks spring forward',
      '2026-03-08T12:00:00',
      'America/New_York',
      '2026-03-08T16:00:00',
    ],
    [
      'New York midnight the day after clocks fall back',
      '2026-11-02T00:00:00',
      'America/New_York',
      '2026-11-02T05:00:00',
    ],
    ['Berlin midnight in summer', '2026-07-01T00:00:00', 'Europe/Berlin', '2026-06-30T22:00:00'],
  ])('%s', (_, local, zone, instant) => {
    expect(fromScriptLocal(utc(local), zone)).toEqual(utc(instant));
  });

  it('keeps the wall-clock time through a round trip, every hour across both of Berlin’s clock changes', () => {
    // The instant itself cannot always survive: 02:30 on the autumn change happens twice in Berlin.
    for (const start of ['2026-03-28T00:00:00', '2026-10-24T00:00:00']) {
      for (let hour = 0; hour < 72; hour += 1) {
        const local = toScriptLocal(new Date(utc(start).getTime() + hour * 3_600_000), 'Europe/Berlin');
        expect(toScriptLocal(fromScriptLocal(local, 'Europe/Berlin'), 'Europe/Berlin')).toEqual(local);
      }
    }
  });
});

describe('tables', () => {
  it('converts only the date cells of a table, both ways', () => {
    const read = [['K1', 5, utc('2026-11-12T15:00:00'), true, '']];
    const local = tableToScriptLocal(read, 'Asia/Tokyo');
    expect(local).toEqual([['K1', 5, utc('2026-11-13T00:00:00'), true, '']]);
    expect(tableToSheet(local, 'Asia/Tokyo')).toEqual(read);
  });
});

describe('nearestLocalMidnight: the day a date cell shows, without asking its zone', () => {
  it.each([
    ['Tokyo 31 Dec (+9)', '2026-12-30T15:00:00', '2026-12-31T00:00:00'],
    ['Berlin 1 Oct (+2)', '2026-09-30T22:00:00', '2026-10-01T00:00:00'],
    ['New York 1 Oct (−4)', '2026-10-01T04:00:00', '2026-10-01T00:00:00'],
    ['Honolulu 1 Oct (−10)', '2026-10-01T10:00:00', '2026-10-01T00:00:00'],
    ['Auckland 1 Oct (+13)', '2026-09-30T11:00:00', '2026-09-30T00:00:00'], // beyond 12 hours: the limit
  ])('%s', (_, instant, day) => {
    expect(nearestLocalMidnight(utc(instant))).toEqual(utc(day));
  });
});
