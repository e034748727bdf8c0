// The digest's one time-driven trigger. An add-on may keep one clock trigger per user per document, and a
// trigger belongs to the person who made it: only they see it, only they can delete it.

import type { DigestSchedule } from '../core/reminders/schedule';
import { rememberedTriggerId } from './digestRecords';

type Trigger = GoogleAppsScript.Script.Trigger;

/** The handler Apps Script calls each week: an entry point of the add-on (entryPoints.ts). */
export const DIGEST_HANDLER = 'runWeeklyDigest';

/** This user's digest trigger for this spreadsheet, if it still exists. */
export function myDigestTrigger(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Trigger | undefined {
  const remembered = rememberedTriggerId(spreadsheet.getId());
  const triggers = ScriptApp.getProjectTriggers();
  return (
    triggers.find((trigger) => remembered !== null && trigger.getUniqueId() === remembered) ??
    // One made before its memory was written (a run stopped in between): still this user's, still this handler.
    ScriptApp.getUserTriggers(spreadsheet).find((trigger) => trigger.getHandlerFunction() === DIGEST_HANDLER)
  );
}

/** Weekly on the day and hour chosen, in the spreadsheet's time zone (not the script's). */
export function createDigestTrigger(schedule: DigestSchedule, timeZone: string): Trigger {
  return ScriptApp.newTrigger(DIGEST_HANDLER)
    .timeBased()
    .onWeekDay(ScriptApp.WeekDay[schedule.day])
    .atHour(schedule.hour)
    .inTimezone(timeZone)
    .create();
}
