// Scores are shown to two decimals, and 0.695 must read 0.7 although 0.695 × 100 is 69.49999… in
// binary floating point. Rounding the scaled value to 12 significant digits first drops that noise.

/** Rounds half away from zero to `decimals` places. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaled)) / scale;
  return rounded === 0 ? 0 : rounded;
}

/** Two decimals, the precision of every score the add-on shows. */
export function round2(value: number): number {
  return roundTo(value, 2);
}

/**
 * Relative tolerance for comparing computed numbers: a formula's `=0.1+0.2` is 0.30000000000000004, and
 * the person who typed it means 0.3. Nine significant digits are far more than any KPI or key result
 * carries, and far fewer than the 15–17 a double holds, so real differences are never merged.
 */
export const RELATIVE_TOLERANCE = 1e-9;

/** a = b up to float noise, relative to the larger magnitude (so 1e-12 and 0 still differ). */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  // Halves keep the difference finite for numbers near the largest double.
  return Math.abs(a / 2 - b / 2) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a / 2), Math.abs(b / 2));
}

/** a ≥ b, forgiving float noise such as 0.7 × 0.9 = 0.6299999999999999. */
export function atLeast(a: number, b: number): boolean {
  return a >= b || nearlyEqual(a, b);
}

/** a ≤ b, forgiving float noise. */
export function atMost(a: number, b: number): boolean {
  return a <= b || nearlyEqual(a, b);
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
