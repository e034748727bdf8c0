// A KPI is monitored, not graded: inside its range is expected, past a watch line deserves a look,
// outside is the signal. The watch lines are the user's (Warn below / Warn above); without any, a
// two-bound range warns within 10% of its width of a bound, and a one-bound range never warns from its
// position alone: 10% of a bound's own size is meaningless (it would keep 99.94% uptime against a 99.9%
// floor in WARN forever).

import type { CellReading } from '../cells';
import { atLeast, atMost } from '../round';

export { CADENCE_DAYS, CADENCES, isReadingStale, type Cadence } from './cadence';

export type RangeFlag = 'OK' | 'WARN' | 'ALERT';

/** The healthy range of a KPI and its optional watch lines inside it. */
export interface KpiRange {
  readonly min?: number;
  readonly max?: number;
  readonly warnBelow?: number;
  readonly warnAbove?: number;
}

/** Share of a two-bound range's width, inside each bound, that warns when no watch line is typed. */
export const DEFAULT_MARGIN = 0.1;

/** The first reason a watch line cannot sit where it was typed, or undefined. */
function thresholdProblem({ min, max, warnBelow, warnAbove }: KpiRange): string | undefined {
  const fix = 'set it between Min and Max';
  if (warnBelow !== undefined && min !== undefined && !atLeast(warnBelow, min))
    return `Warn below is under Min: ${fix}`;
  if (warnBelow !== undefined && max !== undefined && !atMost(warnBelow, max)) return `Warn below is over Max: ${fix}`;
  if (warnAbove !== undefined && max !== undefined && !atMost(warnAbove, max)) return `Warn above is over Max: ${fix}`;
  if (warnAbove !== undefined && min !== undefined && !atLeast(warnAbove, min))
    return `Warn above is under Min: ${fix}`;
  if (warnBelow !== undefined && warnAbove !== undefined && !atMost(warnBelow, warnAbove))
    return 'Warn below is above Warn above: swap them';
  return undefined;
}

/** Why a range cannot judge any reading, or undefined when it can. */
export function rangeProblem(range: KpiRange): string | undefined {
  const { min, max } = range;
  if (min === undefined && max === undefined) return 'no range: set Min or Max';
  if (min !== undefined && max !== undefined && !atMost(min, max)) return 'Min is above Max';
  return thresholdProblem(range);
}

/** True when the user typed a watch line: then only the lines warn, never the default band. */
function hasThreshold(range: KpiRange): boolean {
  return range.warnBelow !== undefined || range.warnAbove !== undefined;
}

/** Whether a reading inside the range is past a watch line (typed, or the default band of a two-bound range). */
function isWatched(value: number, range: KpiRange): boolean {
  const { min, max, warnBelow, warnAbove } = range;
  // Strictly past the line warns: the line itself is still healthy.
  if (hasThreshold(range)) {
    return (
      (warnBelow !== undefined && !atLeast(value, warnBelow)) || (warnAbove !== undefined && !atMost(value, warnAbove))
    );
  }
  if (min === undefined || max === undefined) return false;
  // Compared in halves, so bounds near the largest double never overflow to Infinity.
  const halfBand = DEFAULT_MARGIN * (max / 2 - min / 2);
  // Strictly inside the band warns; the band's own edge is OK, and a zero-width range never warns.
  return halfBand > 0 && (!atLeast(value / 2, min / 2 + halfBand) || !atMost(value / 2, max / 2 - halfBand));
}

export function rangeFlag(value: number, range: KpiRange): CellReading<RangeFlag> {
  const problem = rangeProblem(range);
  if (problem !== undefined) return { kind: 'invalid', why: problem };
  if (!Number.isFinite(value)) return { kind: 'invalid', why: `${value} is not a number` };
  const { min, max } = range;
  // Exactly at a bound is healthy: Min means "at or above", Max "at or below"; a computed reading a
  // float's noise past its bound (`=0.1+0.2` against Max 0.3) is on it, not outside.
  if ((min !== undefined && !atLeast(value, min)) || (max !== undefined && !atMost(value, max))) {
    return { kind: 'value', value: 'ALERT' };
  }
  return { kind: 'value', value: isWatched(value, range) ? 'WARN' : 'OK' };
}
