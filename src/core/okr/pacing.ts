// A score means little without the calendar: 0.3 is fine a month into the quarter and bad at its end.
// Pacing compares the score with the share of time elapsed; low confidence overrides a rosy pace.

import { daysBetween, futureDateProblem, isoDate } from '../dates';
import { atLeast, clamp } from '../round';

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

/**
 * A newest check-in dated after today is a mistyped Timestamp in the log; trusted, it would keep the key
 * result from ever going stale. Said on the key result, with where to fix it.
 */
export function futureCheckInProblem(lastCheckIn: Date, today: Date): string | undefined {
  const problem = futureDateProblem('Last check-in', lastCheckIn, today);
  return problem === undefined ? undefined : `${problem}: fix its Timestamp on the Check-ins tab`;
}

/**
 * A Due before its quarter starts leaves no time to pace against (it would read as long overdue): most
 * likely the wrong year, or the row belongs to another quarter.
 */
export function dueProblem(due: Date, quarter: { label: string; start: Date }): string | undefined {
  return daysBetween(quarter.start, due) < 0
    ? `Due: ${isoDate(due)} is before ${quarter.label} starts (${isoDate(quarter.start)})`
    : undefined;
}
