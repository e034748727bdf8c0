// Whose the weekly digest is. Its trigger belongs to the person who switched it on, and nobody else can
// remove it; if that person leaves (uninstalls the add-on, loses access), their trigger stops for good. A
// digest that has not run for two of its weeks is therefore taken to be gone, and someone else may take over.

const DAY_MS = 86_400_000;

/** Two missed weeks: one late or failed run is not enough to hand the digest to someone else. */
export const ABANDONED_AFTER_DAYS = 15;

export interface DigestLife {
  /** When it was switched on (ISO). */
  readonly since: string;
  /** When a run last started (ISO); absent before the first. */
  readonly lastRun?: string;
}

/** Whether the digest's owner has evidently gone: no run in ABANDONED_AFTER_DAYS since it was switched on or last ran. */
export function isAbandoned(life: DigestLife, now: Date): boolean {
  const last = Date.parse(life.lastRun ?? life.since);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last > ABANDONED_AFTER_DAYS * DAY_MS;
}
