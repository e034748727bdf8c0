import { describe, expect, it } from 'vitest';
import {
  BOUND_SERIES,
  HEADROOM_AXIS,
  HEADROOM_AXIS_REACH,
  READINGS_TITLE,
  chartedKpis,
  readingsChart,
} from '../../../src/core/dashboard/charts';
import { headroom } from '../../../src/core/dashboard/headroom';
import { vitalSigns } from '../../../src/core/dashboard/vitalSigns';
import { fakeKeyResult, fakeKpi } from '../fakeModel';

const TODAY = new Date(2026, 10, 23);

describe('headroom: a reading against its healthy range, in no unit', () => {
  it('is 0 on the bound, above 0 inside the range, below 0 out of it, for a Min, a Max or both', () => {
    expect(headroom(250_000, { min: 250_000 })).toBe(0);
    expect(headroom(275_000, { min: 250_000 })).toBe(0.1);
    expect(headroom(0.05, { max: 0.04 })).toBe(-0.25);
    expect(headroom(9, { max: 4 })).toBe(-1.25);
    // Both bounds: a share of the range's width, to the nearer bound; 0.5 is the middle.
    expect(headroom(0.7, { min: 0.5, max: 0.9 })).toBe(0.5);
    expect(headroom(0.85, { min: 0.5, max: 0.9 })).toBe(0.125);
    expect(headroom(0.45, { min: 0.5, max: 0.9 })).toBe(-0.125);
  });

  it('measures from a bound of 0 in the KPI own unit, and has nothing to say without a bound or a number', () => {
    expect(headroom(2, { max: 0 })).toBe(-2);
    expect(headroom(3, { min: 3, max: 3 })).toBe(0);
    expect(headroom(5, {})).toBeUndefined();
    expect(headroom(Number.NaN, { min: 1 })).toBeUndefined();
  });
});

describe('the readings chart plots KPIs of any units on one axis', () => {
  const kpis = [
    fakeKpi({ id: 'K1', name: 'Churn', unit: '%', max: 0.04, current: 0.05, status: 'ALERT', flag: 'ALERT' }),
    fakeKpi({ id: 'K2', name: 'Response time', unit: 'hours', max: 4, current: 9, status: 'ALERT', flag: 'ALERT' }),
    fakeKpi({ id: 'K3', name: 'Revenue', unit: '$', min: 250_000, current: 275_000, status: 'OK', flag: 'OK' }),
    // Linked to a key result but with no range: there is no bound to measure it from, so it is not charted.
    fakeKpi({ id: 'K4', name: 'Signups', current: 120, status: 'OK' }),
  ];
  const keyResults = [
    fakeKeyResult({ id: 'O1.1', row: 3, kpi: 'K3' }),
    fakeKeyResult({ id: 'O1.2', row: 4, kpi: 'K4' }),
  ];
  const signs = vitalSigns({ kpis, keyResults, readings: new Map(), today: TODAY });
  const chart = readingsChart(signs);

  it('each KPI as its headroom, on one scale, with the bound as the line at 0', () => {
    expect(chartedKpis(signs).map((sign) => sign.kpi.name)).toEqual(['Churn', 'Response time', 'Revenue']);
    expect(chart?.title).toBe(READINGS_TITLE);
    expect(chart?.cells.map((line) => line.map((cell) => cell.value))).toEqual([
      ['Date', 'Churn', 'Response time', 'Revenue', BOUND_SERIES],
      [TODAY, -0.25, -1.25, 0.1, 0],
    ]);
    expect(chart?.cells[1]?.slice(1).every((cell) => cell.numberFormat === '0%')).toBe(true);
  });

  it('says what it plots on its axis, and reaches one range either side of the bound, further for a reading', () => {
    // minValue/maxValue widen the axis and never cut a line off, as a fixed viewWindow would: the response
    // time at −125% is drawn.
    expect(chart?.options).toMatchObject({
      title: READINGS_TITLE,
      vAxis: { title: HEADROOM_AXIS, format: 'percent', ...HEADROOM_AXIS_REACH },
      series: { 3: { lineDashStyle: [4, 4] } },
    });
  });
});
