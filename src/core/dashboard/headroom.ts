// Where a reading sits against its KPI's healthy range, as one unitless number, so KPIs in any units share the
// readings chart: a churn of 0.05, a response time of 9 hours and revenue of $275,000 on one raw axis flatten
// each other to nothing. 0 is on the nearest bound, above 0 inside the range, below 0 out of it.

/** The healthy range: either bound may be missing. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/** A bound of 0 has no size to share: its distance is then taken as it is, in the KPI's own unit. */
function sizeOf(bound: number): number {
  return Math.abs(bound) > 0 ? Math.abs(bound) : 1;
}

/** Four decimals: the chart's table holds what it draws, without float noise. */
function rounded(share: number): number {
  // A reading of 1e308 is a share too large to scale by 10,000: it is drawn as it is, never as Infinity.
  const scaled = share * 10_000;
  return Number.isFinite(scaled) ? Math.round(scaled) / 10_000 || 0 : share;
}

/**
 * The reading's headroom to the nearest bound, as a share of the range's width when it has both bounds (0.5
 * is its middle), or of the one bound's own value (0.2 is 20% clear of it); undefined for a KPI with no bound
 * or a reading that is not a number.
 */
export function headroom(value: number, bounds: Bounds): number | undefined {
  const { min, max } = bounds;
  if (!Number.isFinite(value)) return undefined;
  if (min !== undefined && max !== undefined) {
    const width = max - min;
    const size = width > 0 ? width : sizeOf(max);
    return rounded(Math.min(value - min, max - value) / size);
  }
  if (min !== undefined) return rounded((value - min) / sizeOf(min));
  if (max !== undefined) return rounded((max - value) / sizeOf(max));
  return undefined;
}

/** Whether a KPI can be placed on the headroom axis at all: it has a bound. */
export function hasBound(bounds: Bounds): boolean {
  return bounds.min !== undefined || bounds.max !== undefined;
}
