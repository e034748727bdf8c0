// A KPI is monitored, not graded: inside its range is expected, near a bound deserves a look, outside is
// the signal. The warning band is a share of the range width, or of the bound itself when only one
// bound exists, so it scales with the metric.

import type { CellReading } from '../cells';
import { atLeast, atMost } from '../round';

export { CADENCE_DAYS, CADENCES, isReadingStale, type Cadence } from './cadence';

export type RangeFlag = 'OK' | 'WARN' | 'ALERT';

export const DEFAULT_MARGIN = 0.1;
/** Beyond half the range every value would be near some bound. */
export const MAX_MARGIN = 0.5;

/** Why a range cannot judge any reading, or undefined when it can. */
export function rangeProblem(min?: number, max?: number, margin = DEFAULT_MARGIN): string | undefined {
  if (min === undefined && max === undefined) return 'no range: set Min or Max';
  if (min !== undefined && max !== undefined && !atMost(min, max)) return 'Min is above Max';
  if (!(margin >= 0 && margin <= MAX_MARGIN))
    return `margin ${margin} is outside 0–${MAX_MARGIN} (use a share like 10%)`;
  return undefined;
}

export function rangeFlag(value: number, min?: number, max?: number, margin = DEFAULT_MARGIN): CellReading<RangeFlag> {
  const problem = rangeProblem(min, max, margin);
  if (problem !== undefined) return { kind: 'invalid', why: problem };
  if (!Number.isFinite(value)) return { kind: 'invalid', why: `${value} is not a number` };

  // Exactly at a bound is healthy: Min means "at or above", Max "at or below"; a computed reading a
  // float's noise past its bound (`=0.1+0.2` against Max 0.3) is on it, not outside.
  if ((min !== undefined && !atLeast(value, min)) || (max !== undefined && !atMost(value, max))) {
    return { kind: 'value', value: 'ALERT' };
  }

  // Everything is compared in halves, so bounds near the largest double never overflow to Infinity.
  const halfBand =
    min !== undefined && max !== undefined
      ? margin * (max / 2 - min / 2)
      : (margin * Math.abs((min ?? max) as number)) / 2;
  // Strictly inside the band warns; the band's own edge is OK, and a zero margin never warns.
  const nearMin = min !== undefined && halfBand > 0 && !atLeast(value / 2, min / 2 + halfBand);
  const nearMax = max !== undefined && halfBand > 0 && !atMost(value / 2, max / 2 - halfBand);
  return { kind: 'value', value: nearMin || nearMax ? 'WARN' : 'OK' };
}
