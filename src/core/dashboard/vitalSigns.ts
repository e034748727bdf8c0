// Vital signs: one line per KPI, what needs attention first. ALERT, then WARN, then STALE, then the KPIs that
// cannot be judged (NO DATA, INVALID), then OK; within each, a KPI out of its range that no key result works
// on comes first (the seeds' strongest candidate for an OKR), and the rest keep their sheet order.

import { kpiLookup, type Kpi, type KpiLookup } from '../kpi/kpis';
import { readingSeries, type SeriesPoint } from '../kpi/readingSeries';
import type { KeyResult } from '../okr/okrs';
import type { Reading } from '../checkIn/log';
import { valueText } from '../valueText';
import { cell, type DashCell } from './cell';
import { baseStatus } from './top';

export const NOBODY_ON_IT = 'out of range — nobody on it';

/** The most readings a trend shows: a daily KPI over the 92 days a Refresh reads. */
export const MAX_TREND_POINTS = 93;

export const VITAL_SIGNS_HEADER = ['KPI', 'Owner', 'Current', 'Healthy range', 'Status', 'Trend', 'Key results on it'];

export interface VitalSign {
  readonly kpi: Kpi;
  readonly keyResults: readonly KeyResult[];
  /** Out of its range (its last reading, even a stale one) with no key result on it. */
  readonly nobodyOnIt: boolean;
  /** Its readings, oldest first, one a day (Current the last), with their days: what the readings chart draws. */
  readonly series: readonly SeriesPoint[];
  /** The values of the last of those readings: what its trend draws. */
  readonly trend: readonly number[];
}

const RANK: Record<string, number> = { ALERT: 0, WARN: 1, STALE: 2, 'NO DATA': 3, INVALID: 3, OK: 4 };

function rankOf(sign: VitalSign): number {
  return (RANK[baseStatus(sign.kpi.status)] ?? 3) * 2 + (sign.nobodyOnIt ? 0 : 1);
}

/**
 * The key results on each KPI: those whose KPI cell names it (by ID or name, as every job finds it). Grouped in
 * one pass, so a sheet of many KPIs and key results costs no more than reading each once.
 */
function keyResultsByKpi(keyResults: readonly KeyResult[], lookup: KpiLookup): Map<Kpi, KeyResult[]> {
  const byKpi = new Map<Kpi, KeyResult[]>();
  for (const keyResult of keyResults) {
    const kpi = keyResult.kpi === '' ? undefined : lookup.get(keyResult.kpi.trim().toLowerCase());
    if (kpi === undefined) continue;
    const on = byKpi.get(kpi) ?? [];
    if (on.length === 0) byKpi.set(kpi, on);
    on.push(keyResult);
  }
  return byKpi;
}

/** Every KPI with what works on it and its trend, in the order the dashboard lists them. */
export function vitalSigns(input: {
  readonly kpis: readonly Kpi[];
  readonly keyResults: readonly KeyResult[];
  readonly readings: ReadonlyMap<string, readonly Reading[]>;
  readonly today: Date;
}): VitalSign[] {
  const on = keyResultsByKpi(input.keyResults, kpiLookup(input.kpis));
  const signs = input.kpis.map((kpi): VitalSign => {
    const keyResults = on.get(kpi) ?? [];
    const points = readingSeries({
      readings: input.readings.get(kpi.id.toLowerCase()) ?? [],
      ...(kpi.current === undefined ? {} : { current: kpi.current }),
      ...(kpi.updated === undefined ? {} : { updated: kpi.updated }),
      today: input.today,
    });
    return {
      kpi,
      keyResults,
      nobodyOnIt: kpi.flag === 'ALERT' && keyResults.length === 0,
      series: points,
      trend: points.slice(-MAX_TREND_POINTS).map((point) => point.value),
    };
  });
  return signs
    .map((sign, index) => ({ sign, index }))
    .sort((a, b) => rankOf(a.sign) - rankOf(b.sign) || a.index - b.index)
    .map(({ sign }) => sign);
}

/** `50% – 90%`, `≥ 99.9%`, `≤ 4%`; '' for a KPI with no bound. */
export function healthyRange(kpi: Kpi): string {
  const { min, max, unit } = kpi;
  if (min !== undefined && max !== undefined) return `${valueText(min, unit)} – ${valueText(max, unit)}`;
  if (min !== undefined) return `≥ ${valueText(min, unit)}`;
  if (max !== undefined) return `≤ ${valueText(max, unit)}`;
  return '';
}

/** The Status cell's text: the status, and the early warning's reason when it has one. */
export function statusText(kpi: Kpi): string {
  return kpi.earlyWarning === undefined ? kpi.status : `${kpi.status} — ${kpi.earlyWarning}`;
}

/** `Cut churn to 4%; Win back lapsed users`, or the call for an OKR when the KPI is out of range and nobody is on it. */
export function keyResultsText(sign: VitalSign): string {
  if (sign.keyResults.length > 0) return sign.keyResults.map((keyResult) => keyResult.text).join('; ');
  return sign.nobodyOnIt ? NOBODY_ON_IT : '';
}

/** A vital sign's line, with its Trend cell given by the caller (the SPARKLINE over its hidden readings). */
export function vitalSignLine(sign: VitalSign, trend: DashCell): DashCell[] {
  const { kpi } = sign;
  return [
    cell(kpi.name),
    cell(kpi.owner),
    cell(kpi.current === undefined ? '' : valueText(kpi.current, kpi.unit)),
    cell(healthyRange(kpi)),
    cell(statusText(kpi), kpi.colour === null ? {} : { background: kpi.colour }),
    trend,
    cell(keyResultsText(sign), sign.nobodyOnIt ? { bold: true } : {}),
  ];
}
