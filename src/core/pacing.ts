// A score means little without the calendar: 0.3 is fine a month into the quarter and bad at its end.
// Pacing compares the score with the share of time elapsed; low confidence overrides a rosy pace.

import { daysBetween } from './dates';
import { atLeast, clamp } from './round';

export type KeyResultStatus = 'DONE' | 'ON TRACK' | 'AT RISK' | 'OFF TRACK';

export const ON_TRACK_PACE = 0.7;
export const AT_RISK_PACE = 0.4;
/** Confidence at or below this caps the status at AT RISK. */
export const LOW_CONFIDENCE = 3;
export const STALE_AFTER_DAYS = 14;

/** Share of the time from quarter start to due that has passed by today, 0..1. */
export function elapsedShare(quarterStart: Date, due: Date, today: Date): number {
  const total = daysBetween(quarterStart, due);
  if (total <= 0) return daysBetween(due, today) >= 0 ? 1 : 0;
  return clamp(daysBetween(quarterStart, today) / total, 0, 1);
}

export function paceStatus(score: number, elapsed: number, confidence?: number): KeyResultStatus {
  if (atLeast(score, 1)) return 'DONE';
  const lowConfidence = confidence !== undefined && confidence <= LOW_CONFIDENCE;
  if (atLeast(score, ON_TRACK_PACE * elapsed) && !lowConfidence) return 'ON TRACK';
  if (atLeast(score, AT_RISK_PACE * elapsed)) return 'AT RISK';
  return 'OFF TRACK';
}

/** Silence is never green: a newest check-in more than two weeks old marks the status stale. */
export function isCheckInStale(lastCheckIn: Date, today: Date): boolean {
  return daysBetween(lastCheckIn, today) > STALE_AFTER_DAYS;
}
