// The week a digest run belongs to, so a run that stopped part-way (mail quota) and the next one agree on
// who was already mailed "this week" and nobody gets the same digest twice.

import { dayNumber } from '../dates';

/** ISO 8601 week of a local calendar day: `2026-W49` (weeks start on Monday; week 1 holds January 4th). */
export function weekKey(day: Date): string {
  const number = dayNumber(day);
  // 1970-01-01 was a Thursday: day numbers shifted by 3 give Monday = 0.
  const weekday = (((number + 3) % 7) + 7) % 7;
  const thursday = number - weekday + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const firstThursday = dayNumber(new Date(year, 0, 4));
  const firstMonday = firstThursday - ((((firstThursday + 3) % 7) + 7) % 7);
  const week = Math.floor((thursday - firstMonday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
