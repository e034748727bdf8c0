// Google-style OKR grading: how far current has moved from start towards target, 0..1. The same formula
// serves falling targets (churn 8% → 4%) because numerator and denominator change sign together.

import type { CellReading } from '../cells';
import { clamp, nearlyEqual, round2 } from '../round';

/**
 * A finite score from finite inputs, whatever their size: the differences are taken of halves, so
 * Start −1e308 and Target 1e308 give a width that fits in a double instead of Infinity (and NaN).
 */
export function keyResultScore(start: number, target: number, current: number): CellReading<number> {
  if (![start, target, current].every(Number.isFinite)) return { kind: 'invalid', why: 'not a number' };
  // `=0.1+0.2` as Start is 0.30000000000000004: against Target 0.3 that is no distance to travel, not DONE.
  if (nearlyEqual(target, start)) return { kind: 'invalid', why: 'target equals start' };
  const progress = (current / 2 - start / 2) / (target / 2 - start / 2);
  if (!Number.isFinite(progress))
    return { kind: 'invalid', why: 'Start, Target and Current are too far apart to score' };
  return { kind: 'value', value: round2(clamp(progress, 0, 1)) };
}

/**
 * Weighted mean of key result scores; undefined when nothing carries weight. Weights are taken relative
 * to the largest, so two weights of 1e308 average like two weights of 1 instead of overflowing to NaN.
 */
export function objectiveScore(parts: { score: number; weight: number }[]): number | undefined {
  // A negative or non-numeric weight would let one KR cancel another; such a part simply doesn't count.
  const counted = parts.filter(({ score, weight }) => Number.isFinite(score) && Number.isFinite(weight) && weight > 0);
  const heaviest = counted.reduce((most, { weight }) => Math.max(most, weight), 0);
  let total = 0;
  let weights = 0;
  for (const { score, weight } of counted) {
    const share = weight / heaviest;
    total += score * share;
    weights += share;
  }
  if (weights <= 0) return undefined;
  const mean = round2(total / weights);
  return Number.isFinite(mean) ? mean : undefined;
}

/**
 * A key result's score from its typed values: blank current → blank (no data); a checkbox scores 1 or 0.
 * A blank start is an error, not 0: read as 0, a falling KR (churn 8% → 4%, now 5.5%) would show DONE.
 */
export function scoreFromValues(
  start: number | undefined,
  target: number | undefined,
  current: number | boolean | undefined,
): CellReading<number> {
  if (current === undefined) return { kind: 'blank' };
  if (typeof current === 'boolean') return { kind: 'value', value: current ? 1 : 0 };
  if (start === undefined) return { kind: 'invalid', why: 'Start: missing' };
  if (target === undefined) return { kind: 'invalid', why: 'Target: missing' };
  return keyResultScore(start, target, current);
}
