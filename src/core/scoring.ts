// Google-style OKR grading: how far current has moved from start towards target, 0..1. The same formula
// serves falling targets (churn 8% → 4%) because numerator and denominator change sign together.

import type { Reading } from './cells';
import { clamp, round2 } from './round';

export function keyResultScore(start: number, target: number, current: number): Reading<number> {
  if (![start, target, current].every(Number.isFinite)) return { kind: 'invalid', why: 'not a number' };
  if (target === start) return { kind: 'invalid', why: 'target equals start' };
  return { kind: 'value', value: round2(clamp((current - start) / (target - start), 0, 1)) };
}

/** Weighted mean of key result scores; undefined when nothing carries weight. */
export function objectiveScore(parts: { score: number; weight: number }[]): number | undefined {
  let total = 0;
  let weights = 0;
  for (const { score, weight } of parts) {
    // A negative or non-numeric weight would let one KR cancel another; such a part simply doesn't count.
    if (!Number.isFinite(score) || !Number.isFinite(weight) || weight <= 0) continue;
    total += score * weight;
    weights += weight;
  }
  return weights > 0 ? round2(total / weights) : undefined;
}

/**
 * A key result's score from its typed values: blank current → blank (no data); a checkbox scores 1 or 0.
 * A blank start is an error, not 0: read as 0, a falling KR (churn 8% → 4%, now 5.5%) would show DONE.
 */
export function scoreFromValues(
  start: number | undefined,
  target: number | undefined,
  current: number | boolean | undefined,
): Reading<number> {
  if (current === undefined) return { kind: 'blank' };
  if (typeof current === 'boolean') return { kind: 'value', value: current ? 1 : 0 };
  if (start === undefined) return { kind: 'invalid', why: 'Start: missing' };
  if (target === undefined) return { kind: 'invalid', why: 'Target: missing' };
  return keyResultScore(start, target, current);
}
