// When the weekly digest runs: a weekday and an hour of the spreadsheet's time zone, as Settings offers them.

import * as z from 'zod/mini';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

export const digestScheduleSchema = z.object({
  day: z.enum(WEEKDAYS),
  hour: z.number().check(z.int(), z.gte(0), z.lte(23)),
});

export type DigestSchedule = z.infer<typeof digestScheduleSchema>;

export const DEFAULT_SCHEDULE: DigestSchedule = { day: 'MONDAY', hour: 9 };

/** `Mondays at 09:00`: how Settings and the log say when the digest goes out. */
export function scheduleText(schedule: DigestSchedule): string {
  const day = schedule.day.charAt(0) + schedule.day.slice(1).toLowerCase();
  return `${day}s at ${String(schedule.hour).padStart(2, '0')}:00`;
}

/** A stored schedule (JSON in a property), or undefined when absent or not one. */
export function readSchedule(text: string | null | undefined): DigestSchedule | undefined {
  if (text === null || text === undefined) return undefined;
  try {
    const parsed = digestScheduleSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
