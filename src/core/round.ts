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

/** a ≥ b, forgiving float noise such as 0.7 × 0.9 = 0.6299999999999999. */
export function atLeast(a: number, b: number): boolean {
  return a >= b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
