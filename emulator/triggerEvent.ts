// The event object a clock trigger's handler receives (§17). Users report its fields arrive in UTC
// whatever the script's zone, so they are computed in UTC and say so.
import type { Env } from './env';
import { realmObject } from './realm';

/** ISO week number (1–53): weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOfYear(ms: number): number {
  const date = new Date(ms);
  const day = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / 86_400_000 / 7) + 1;
}

export function clockEvent(env: Env, triggerUid: string, firedAt: number): Record<string, unknown> {
  const at = new Date(firedAt);
  const weekday = at.getUTCDay();
  return realmObject(env.realm, {
    authMode: env.enums.AuthMode.FULL,
    triggerUid,
    'day-of-month': at.getUTCDate(),
    'day-of-week': weekday === 0 ? 7 : weekday,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    month: at.getUTCMonth() + 1,
    year: at.getUTCFullYear(),
    'week-of-year': isoWeekOfYear(firedAt),
    timezone: 'UTC',
  });
}
