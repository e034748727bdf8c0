// A KPI can be in range and still be where the next OKR should push: the seeds propose OKRs when KPIs
// plateau, not only when they lag. A strategic KPI (or one with no Type) in range whose last readings are
// flat is offered an OKR to move it, as a suggestion: nothing is wrong with it.
import type { Kpi } from '../kpi/kpis';
import { readingSeries } from '../kpi/readingSeries';
import { readingText } from '../kpi/readingText';
import { plainOrQuoted, quote } from '../quote';
import { atLeast, atMost, nearlyEqual } from '../round';
import { kpiFinding, type HealthContext, type Rule } from './finding';
import { linkedKpis } from './kpiRules';
import type { RecoveryDraft } from './recovery';

/** How many readings, the newest ones, must be flat. */
export const PLATEAU_READINGS = 4;
/** Flat: the readings' spread is at most this share of the range's width, or of their mean where one bound. */
export const FLAT_SHARE = 0.02;
/** The drafted key result moves the KPI by this share of its reading (or of its range, at zero). */
export const PLATEAU_STEP = 0.1;

/** The KPI's readings, oldest first, one a day, ending with its Current (see readingSeries). */
export function kpiSeries(context: HealthContext, kpi: Kpi): number[] {
  return readingSeries({
    readings: context.readings.get(kpi.id.toLowerCase()) ?? [],
    ...(kpi.current === undefined ? {} : { current: kpi.current }),
    ...(kpi.updated === undefined ? {} : { updated: kpi.updated }),
    today: context.today,
  }).map((point) => point.value);
}

function inRange(value: number, kpi: Kpi): boolean {
  return (kpi.min === undefined || atLeast(value, kpi.min)) && (kpi.max === undefined || atMost(value, kpi.max));
}

/** Whether the readings are flat (see FLAT_SHARE); never for a KPI without a range. */
export function isFlat(values: readonly number[], range: { readonly min?: number; readonly max?: number }): boolean {
  if (values.length === 0) return false;
  const spread = Math.max(...values) - Math.min(...values);
  const { min, max } = range;
  if (min !== undefined && max !== undefined) return spread <= FLAT_SHARE * (max - min);
  if (min === undefined && max === undefined) return false;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return spread <= FLAT_SHARE * Math.abs(mean);
}

/** Three significant digits: a draft's target is a round aim, not a computed figure. */
function aim(value: number): number {
  return Number(value.toPrecision(3));
}

/** Which way a KPI moves off its plateau: up when Min is its only bound, down when Max is, else away from the nearer. */
function raisesOff(kpi: Kpi, reading: number): boolean {
  const { min, max } = kpi;
  return max === undefined || (min !== undefined && reading - min <= max - reading);
}

/** What a step is a share of: the reading, or at zero the range's width (or its one bound, or 1). */
function stepSize(kpi: Kpi, reading: number): number {
  const { min, max } = kpi;
  if (reading !== 0) return Math.abs(reading);
  return min !== undefined && max !== undefined ? max - min : Math.abs(min ?? max ?? 1) || 1;
}

/**
 * Whether a key result from start to target pushes its KPI on, the way a plateau OKR does: away from the bound
 * it is nearer, by at least half a PLATEAU_STEP (a drafted target is rounded to three digits, so a draft moves
 * a little less or more than the step, never half of it less). Such a key result moves the KPI beyond its
 * baseline, which is an OKR's job; one that moves it less, or back, only restates what the KPI monitors.
 */
export function pushesKpiOn(kpi: Kpi, start: number, target: number): boolean {
  const move = raisesOff(kpi, start) ? target - start : start - target;
  return move >= (PLATEAU_STEP / 2) * stepSize(kpi, start);
}

/**
 * The OKR to move a plateaued KPI: up when Min is its only bound, down when Max is, away from the nearer bound
 * when it has both; by PLATEAU_STEP of its reading, never past a bound (nor below zero, from a reading of zero or
 * more, when it has no Min).
 */
export function plateauDraft(kpi: Kpi, reading: number, quarter: string): RecoveryDraft {
  const { min, max } = kpi;
  const raise = raisesOff(kpi, reading);
  const size = stepSize(kpi, reading);
  const moved = aim(raise ? reading + PLATEAU_STEP * size : reading - PLATEAU_STEP * size);
  // With no Min, zero is the floor of a reading that is not below it: a count is not lowered past none.
  const floor = min ?? (reading >= 0 ? 0 : -Infinity);
  const target = raise ? Math.min(moved, max ?? Infinity) : Math.max(moved, floor);
  return {
    kpiId: kpi.id,
    objective: `Move ${kpi.name} off its plateau`,
    keyResult: `${raise ? 'Raise' : 'Lower'} ${kpi.name} from ${readingText(reading, kpi.unit)} to ${readingText(target, kpi.unit)}`,
    owner: kpi.owner,
    quarter,
    start: reading,
    target,
    unit: kpi.unit,
  };
}

export const plateau: Rule = (context) => {
  // A plateau a key result of this quarter already pushes on needs no second OKR.
  const linked = linkedKpis(context);
  return context.kpis.flatMap((kpi) => {
    if (kpi.type !== undefined && kpi.type !== 'strategic') return [];
    // An INVALID row (an Updated in the future, a misplaced watch line) is fixed first, not pushed further.
    if (kpi.status.startsWith('INVALID')) return [];
    if (linked.has(kpi.id.toLowerCase())) return [];
    const last = kpiSeries(context, kpi).slice(-PLATEAU_READINGS);
    const newest = last[last.length - 1];
    if (newest === undefined || last.length < PLATEAU_READINGS || !inRange(newest, kpi) || !isFlat(last, kpi))
      return [];
    const draft = plateauDraft(kpi, newest, context.quarter.label);
    // Held where nothing is left to aim for (a count at zero under its Max): no OKR to draft.
    if (nearlyEqual(draft.target, draft.start)) return [];
    return [
      {
        ...kpiFinding(
          context,
          kpi,
          'kpi-plateau',
          `${plainOrQuoted(kpi.id)} ${quote(kpi.name)} is in range but flat over its last ${PLATEAU_READINGS} readings: a plateau worth an OKR.`,
          `Suggestion: add an OKR this quarter to ${draft.keyResult.charAt(0).toLowerCase()}${draft.keyResult.slice(1)}.`,
        ),
        recovery: draft,
        suggestion: true as const,
      },
    ];
  });
};
