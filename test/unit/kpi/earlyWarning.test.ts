import { describe, it, expect } from 'vitest';
import { DESIGN_KPI_HEADER } from '../../fixtures/examples';
import { earlyWarning, editKeepsEarlyWarning, trendPoints, type TrendInput } from '../../../src/core/kpi/earlyWarning';
import { earlyWarningNote, earlyWarningOfNote } from '../../../src/core/kpi/kpis';
import { findHeader } from '../../../src/core/workbook/headers';
import type { Cadence } from '../../../src/core/kpi/cadence';

const TODAY = new Date('2026-11-23T00:00:00Z');
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A series of [day, value] readings; the last is the KPI's Current at its Updated day. */
function input(
  series: readonly [string, number][],
  range: { min?: number; max?: number },
  cadence: Cadence = 'weekly',
): TrendInput {
  const readings = series.slice(0, -1).map(([at, value]) => ({ at: day(at), value }));
  const [updated, current] = series[series.length - 1] ?? ['2026-11-20', 0];
  return { ...range, cadence, readings, current, updated: day(updated), today: TODAY };
}

const weekly = (values: readonly number[], last = '2026-11-20'): [string, number][] =>
  values.map((value, index) => {
    const at = day(last);
    at.setUTCDate(at.getUTCDate() - 7 * (values.length - 1 - index));
    return [at.toISOString().slice(0, 10), value];
  });

describe('earlyWarning', () => {
  it('falling: on-time delivery losing a point a week warns a week ahead of crossing Min', () => {
    // The K8 example: 99.5%, 98.5%, 97.2%, 96% weekly; the line reaches 95% about a week after the last reading.
    const warning = earlyWarning(input(weekly([0.995, 0.985, 0.972, 0.96]), { min: 0.95 }));
    expect(warning).toEqual({ bound: 'Min', by: day('2026-11-27'), reason: 'heading below Min by about 27 Nov' });
  });

  it('rising: churn climbing towards its Max within a month', () => {
    const series: [string, number][] = [
      ['2026-08-01', 0.02],
      ['2026-09-01', 0.023],
      ['2026-10-01', 0.026],
      ['2026-11-01', 0.028],
    ];
    // The line crosses Max on 21 Nov; on the 23rd that day has passed.
    expect(earlyWarning(input(series, { max: 0.03 }, 'monthly'))?.reason).toBe('likely above Max since about 21 Nov');
    expect(earlyWarning({ ...input(series, { max: 0.03 }, 'monthly'), today: day('2026-11-21') })?.reason).toBe(
      'heading above Max by about 21 Nov',
    );
  });

  it('falling too slowly to cross before the next reading is due: no warning', () => {
    expect(earlyWarning(input(weekly([0.99, 0.988, 0.986, 0.984]), { min: 0.95 }))).toBeUndefined();
  });

  it('flat: no warning, however close to the bound', () => {
    expect(earlyWarning(input(weekly([0.951, 0.951, 0.951, 0.951]), { min: 0.95 }))).toBeUndefined();
  });

  it('noisy: a zigzag around a level near the bound does not warn', () => {
    const zigzag = [0.97, 0.99, 0.96, 0.985, 0.965, 0.975];
    expect(earlyWarning(input(weekly(zigzag), { min: 0.95 }))).toBeUndefined();
  });

  it('noisy but falling: a trend that stands out of its scatter still warns', () => {
    const falling = [0.995, 0.985, 0.978, 0.975, 0.962, 0.958];
    expect(earlyWarning(input(weekly(falling), { min: 0.95 }))?.reason).toBe('heading below Min by about 27 Nov');
  });

  it('two bounds: warns of the bound the trend heads for', () => {
    expect(earlyWarning(input(weekly([65, 75, 85, 95]), { min: 0, max: 100 }))?.reason).toBe(
      'heading above Max by about 24 Nov',
    );
    expect(earlyWarning(input(weekly([35, 25, 15, 5]), { min: 0, max: 100 }))?.reason).toBe(
      'heading below Min by about 24 Nov',
    );
  });

  it('one bound: heading away from it, or towards a side with no bound, never warns', () => {
    expect(earlyWarning(input(weekly([6, 5, 4, 3.5]), { max: 4 }))).toBeUndefined();
    expect(earlyWarning(input(weekly([0.995, 0.985, 0.972, 0.96]), { max: 1 }))).toBeUndefined();
  });

  it('irregular dates: the line runs in days, so the same values spread over months do not warn', () => {
    const quick: [string, number][] = [
      ['2026-11-17', 0.99],
      ['2026-11-18', 0.98],
      ['2026-11-19', 0.97],
      ['2026-11-20', 0.965],
    ];
    const slow: [string, number][] = [
      ['2026-05-01', 0.99],
      ['2026-08-01', 0.98],
      ['2026-11-13', 0.97],
      ['2026-11-20', 0.965],
    ];
    expect(earlyWarning(input(quick, { min: 0.95 }))?.reason).toBe('likely below Min since about 22 Nov');
    expect(earlyWarning(input(slow, { min: 0.95 }))).toBeUndefined();
  });

  it('a single outlier, in the middle or as the newest reading, does not steer the line past the bound', () => {
    expect(earlyWarning(input(weekly([0.97, 0.97, 0.952, 0.97, 0.97, 0.97]), { min: 0.95 }))).toBeUndefined();
    expect(earlyWarning(input(weekly([0.97, 0.97, 0.97, 0.97, 0.97, 0.955]), { min: 0.95 }))).toBeUndefined();
  });

  it('fewer than 3 readings: no trend, however steep', () => {
    expect(earlyWarning(input(weekly([0.99, 0.951]), { min: 0.95 }))).toBeUndefined();
    expect(earlyWarning(input(weekly([0.951]), { min: 0.95 }))).toBeUndefined();
  });

  it('uses the last 6 readings: an old rise does not hide a recent fall', () => {
    // Through all eleven readings the line still rises; through the last six it falls through 95% within the week.
    const series = [0.9, 0.92, 0.94, 0.96, 0.98, 0.99, 0.982, 0.975, 0.968, 0.96, 0.955];
    expect(earlyWarning(input(weekly(series), { min: 0.95 }))?.reason).toBe('heading below Min by about 24 Nov');
  });

  it('names the year of a crossing in another year', () => {
    expect(earlyWarning(input(weekly([35, 25, 15, 5], '2026-12-30'), { min: 0 }, 'weekly'))?.reason).toBe(
      'heading below Min by about 3 Jan 2027',
    );
  });
});

describe('trendPoints', () => {
  it('keeps one point a day, the last of the day, with Current as the last of its own day', () => {
    const points = trendPoints({
      min: 0,
      cadence: 'weekly',
      readings: [
        { at: new Date('2026-11-20T15:00:00Z'), value: 3 },
        { at: new Date('2026-11-13T09:00:00Z'), value: 1 },
        { at: new Date('2026-11-13T17:00:00Z'), value: 2 },
      ],
      current: 4,
      updated: day('2026-11-20'),
      today: TODAY,
    });
    expect(points.map((point) => point.value)).toEqual([2, 4]);
  });

  it('counts a Current with no Updated day as today’s', () => {
    const points = trendPoints({
      min: 0,
      cadence: 'weekly',
      readings: [{ at: day('2026-11-20'), value: 1 }],
      current: 2,
      today: TODAY,
    });
    expect(points.map((point) => point.value)).toEqual([1, 2]);
  });
});

describe('a KPIs tab with no Updated column', () => {
  // K8's weekly check-ins, the last of which (96% on 20 Nov) wrote its Current; there is no Updated day.
  const k8 = input(weekly([0.995, 0.985, 0.972, 0.96]), { min: 0.95 });
  const readings = [...k8.readings, { at: day('2026-11-20'), value: 0.96 }];
  const { updated: _dropped, ...withoutUpdated } = { ...k8, readings };

  it('counts a Current equal to the newest check-in as that check-in, not as a second reading today', () => {
    expect(trendPoints(withoutUpdated).map((point) => point.day)).toEqual(trendPoints(k8).map((point) => point.day));
  });

  it('warns of the same day as with the Updated day, however many days later the job runs', () => {
    expect(earlyWarning(withoutUpdated)?.reason).toBe('heading below Min by about 27 Nov');
    expect(earlyWarning({ ...withoutUpdated, today: day('2026-11-27') })?.reason).toBe(
      'heading below Min by about 27 Nov',
    );
  });
});

describe('a close’s copy of Current in KPI History', () => {
  // A close writes every KPI's Current into KPI History on the close's own day: the same reading, not a new one.
  const k8 = input(weekly([0.995, 0.985, 0.972, 0.96]), { min: 0.95 });
  const copied = { ...k8, readings: [...k8.readings, { at: day('2026-11-23'), value: 0.96 }] };

  it('is not a point of the trend: the reading after Current’s day is left out', () => {
    expect(trendPoints(copied).map((point) => point.value)).toEqual([0.995, 0.985, 0.972, 0.96]);
  });

  it('leaves the early warning as it was before the close', () => {
    expect(earlyWarning(copied)).toEqual(earlyWarning(k8));
  });
});

describe('what an edit of a KPI row does with its early warning', () => {
  // ID, KPI, Owner, Unit, Min, Max, Current, Cadence, Updated, Warn below, Warn above, Type, Status
  const header = findHeader('kpis', [DESIGN_KPI_HEADER]);
  if (!header.ok) throw new Error('header');
  const edit = (column: number, columns = 1) =>
    editKeepsEarlyWarning(header.header, { row: 5, column, rows: 1, columns });

  it('keeps it for an edit of the name, owner, unit, a watch line or the Type', () => {
    expect([2, 3, 4, 10, 11, 12].map((column) => edit(column))).toEqual([true, true, true, true, true, true]);
  });

  it('drops it for an edit of Min, Max, Current, Cadence or Updated, or a paste across one of them', () => {
    expect([5, 6, 7, 8, 9].map((column) => edit(column))).toEqual([false, false, false, false, false]);
    expect(edit(1, 13)).toBe(false);
  });

  it('remembers it in the Status note, and reads back only a note the add-on wrote', () => {
    expect(earlyWarningOfNote(earlyWarningNote('heading below Min by about 27 Nov'))).toBe(
      'heading below Min by about 27 Nov',
    );
    expect(earlyWarningOfNote('Checked with finance')).toBeUndefined();
    expect(earlyWarningNote(undefined)).toBe('');
  });
});
