// Reminders: the Settings panel's weekly-digest handlers (switch it on or off) and the trigger's handler.
// The digest is opt-in, runs from one time-driven trigger owned by the person who switched it on, and checks
// its permissions first, since granular consent lets a person decline some of them.

import * as z from 'zod/mini';
import { isAbandoned } from '../core/reminders/ownership';
import { DEFAULT_SCHEDULE, digestScheduleSchema, type DigestSchedule } from '../core/reminders/schedule';
import {
  missingMessage,
  onMessage,
  takenMessage,
  takeOverMessage,
  type RemindersReply,
  type RemindersView,
} from '../core/reminders/settingsView';
import {
  clearDigestRecord,
  forgetTrigger,
  type DigestRecord,
  noteDigestRun,
  readDigestRecord,
  rememberTrigger,
  restoreDigestRecord,
  saveDigestRecord,
  triggerTarget,
} from '../sheets/digestRecords';
import { runDigest } from '../sheets/digestRun';
import { createDigestTrigger, myDigestTrigger } from '../sheets/digestTrigger';
import { busy, withDocumentLock } from '../sheets/lock';
import { SCOPE_PURPOSES, digestScopeCheck } from '../sheets/scopes';
import { readFiscalStartMonth } from '../sheets/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** The address the trigger will run as; '' where Google withholds it. */
function myEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

/**
 * The document says the digest is this person's, yet they have no trigger for it: Google removed it (the
 * add-on uninstalled and installed again, or disabled in this document). It is not running, and it is theirs.
 */
function lostTrigger(record: DigestRecord | undefined, existing: Trigger | undefined): boolean {
  if (record === undefined || existing !== undefined || record.owner === '') return false;
  return record.owner.toLowerCase() === myEmail().toLowerCase();
}

function viewOf(spreadsheet: Spreadsheet): RemindersView {
  const record = readDigestRecord();
  const check = digestScopeCheck();
  const existing = check.missing.length === 0 ? myDigestTrigger(spreadsheet) : undefined;
  const mine = existing !== undefined;
  const lost = check.missing.length === 0 && lostTrigger(record, existing);
  return {
    digest: {
      on: (record !== undefined && !lost) || mine,
      mine,
      owner: record?.owner ?? '',
      schedule: record === undefined ? DEFAULT_SCHEDULE : { day: record.day, hour: record.hour },
      timeZone: record?.timeZone ?? spreadsheet.getSpreadsheetTimeZone(),
    },
    missingPermissions: check.missing.map((scope) => SCOPE_PURPOSES[scope]),
    authorizationUrl: check.url,
  };
}

/** Panel: who has the digest on, when it runs, and which permissions are missing. */
export function getReminderSettings(): RemindersView {
  return viewOf(SpreadsheetApp.getActiveSpreadsheet());
}

/** Panel: switches the weekly digest on (or moves it to another day and hour) as the person asking. */
export function switchDigestOn(payload: unknown): RemindersReply {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const parsed = digestScheduleSchema.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, message: 'Choose a day and an hour from the lists.', view: viewOf(spreadsheet) };
  }
  const check = digestScopeCheck();
  if (check.missing.length > 0) {
    const purposes = check.missing.map((scope) => SCOPE_PURPOSES[scope]);
    return { ok: false, message: missingMessage(purposes), view: viewOf(spreadsheet) };
  }
  let reply: RemindersReply | undefined;
  const done = withDocumentLock(() => {
    reply = switchOn(spreadsheet, parsed.data);
  });
  if (!done || reply === undefined) return { ok: false, message: busy('changed'), view: viewOf(spreadsheet) };
  return reply;
}

/** Under the lock, so two editors switching it on at once cannot both get a trigger. */
function switchOn(spreadsheet: Spreadsheet, schedule: DigestSchedule): RemindersReply {
  const record = readDigestRecord();
  const existing = myDigestTrigger(spreadsheet);
  const now = new Date();
  const lost = lostTrigger(record, existing);
  if (record !== undefined && existing === undefined && !lost && !isAbandoned(record, now)) {
    return { ok: false, message: takenMessage(record.owner), view: viewOf(spreadsheet) };
  }
  // Someone else's digest that stopped running: theirs can't be deleted from here, and quits on its next run.
  const tookOver = record !== undefined && existing === undefined && !lost;
  // An add-on keeps one clock trigger per user per document: a new day or hour replaces the old trigger.
  if (existing !== undefined) {
    ScriptApp.deleteTrigger(existing);
    forgetTrigger(existing.getUniqueId(), spreadsheet.getId());
  }
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  let trigger: GoogleAppsScript.Script.Trigger;
  try {
    trigger = createDigestTrigger(schedule, timeZone);
  } catch (error) {
    clearDigestRecord();
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Google refused the weekly trigger: ${why}`, view: viewOf(spreadsheet) };
  }
  rememberTrigger(trigger.getUniqueId(), {
    spreadsheetId: spreadsheet.getId(),
    fiscalStartMonth: readFiscalStartMonth(),
    schedule,
  });
  const email = myEmail();
  saveDigestRecord({ ...schedule, owner: email, timeZone, triggerId: trigger.getUniqueId(), since: now.toISOString() });
  const message = onMessage(schedule, timeZone, email);
  return {
    ok: true,
    message: tookOver ? `${takeOverMessage(record.owner, record.lastRun ?? record.since)} ${message}` : message,
    view: viewOf(spreadsheet),
  };
}

/** Panel: removes the digest's trigger; only its owner can, since a trigger belongs to whoever made it. */
export function switchDigestOff(): RemindersReply {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const record = readDigestRecord();
  const check = digestScopeCheck();
  const existing = check.missing.length === 0 ? myDigestTrigger(spreadsheet) : undefined;
  if (existing === undefined) {
    if (record !== undefined && check.missing.length === 0 && lostTrigger(record, existing)) clearDigestRecord();
    else if (record !== undefined) return { ok: false, message: takenMessage(record.owner), view: viewOf(spreadsheet) };
    return { ok: true, message: 'The weekly digest is off.', view: viewOf(spreadsheet) };
  }
  ScriptApp.deleteTrigger(existing);
  forgetTrigger(existing.getUniqueId(), spreadsheet.getId());
  clearDigestRecord();
  return {
    ok: true,
    message: 'Weekly digest off: its trigger is removed and no more mail goes out.',
    view: viewOf(spreadsheet),
  };
}

// Google's words when the file is deleted or its owner lost access ("Document … is missing (perhaps it was
// deleted, or you don't have read access?)"), as users quote them; anything else may pass by next week.
const FILE_GONE = /is missing|was deleted|read access|permission to access/i;

/**
 * The spreadsheet this trigger was made for, or null when it cannot be opened. A file that is gone takes its
 * trigger with it: the trigger would fail every week, unseen (add-on triggers send no failure mail), and use
 * one of the 20 triggers its owner may have.
 */
function openTarget(uid: string, spreadsheetId: string): Spreadsheet | null {
  try {
    return SpreadsheetApp.openById(spreadsheetId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (FILE_GONE.test(message)) {
      const mine = ScriptApp.getProjectTriggers().find((trigger) => trigger.getUniqueId() === uid);
      if (mine !== undefined) ScriptApp.deleteTrigger(mine);
      forgetTrigger(uid, spreadsheetId);
    }
    console.warn(`Weekly digest skipped: ${message}`);
    return null;
  }
}

const clockEventSchema = z.object({ triggerUid: z.optional(z.string()) });

/**
 * Time-driven trigger: the weekly digest. It runs as its owner with no spreadsheet open: Google reports
 * getActiveSpreadsheet() as null here, so it opens the one its trigger was made for by ID.
 */
export function runWeeklyDigest(e?: unknown): void {
  const event = clockEventSchema.safeParse(e ?? {});
  const uid = event.success ? event.data.triggerUid : undefined;
  const target = uid === undefined ? undefined : triggerTarget(uid);
  // Permissions withdrawn since it was switched on: the trigger still fires, and must not fail on each run.
  if (digestScopeCheck().missing.length > 0) return;
  const spreadsheet =
    (SpreadsheetApp.getActiveSpreadsheet() as Spreadsheet | null) ??
    (uid === undefined || target === undefined ? null : openTarget(uid, target.spreadsheetId));
  if (spreadsheet === null) return;
  const record = readDigestRecord();
  // Someone took the digest over after this trigger stopped running for a while: it must not mail twice.
  if (uid !== undefined && record !== undefined && record.triggerId !== '' && record.triggerId !== uid) {
    const mine = ScriptApp.getProjectTriggers().find((trigger) => trigger.getUniqueId() === uid);
    if (mine !== undefined) ScriptApp.deleteTrigger(mine);
    if (target !== undefined) forgetTrigger(uid, target.spreadsheetId);
    return;
  }
  const now = new Date();
  if (record === undefined && uid !== undefined && target?.schedule !== undefined) {
    // This trigger is alive and the document forgot it: say so again, or a second editor could start another.
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    restoreDigestRecord({ ...target.schedule, owner: myEmail(), timeZone, triggerId: uid, since: now.toISOString() });
  }
  noteDigestRun(now);
  runDigest(spreadsheet, now, target?.fiscalStartMonth);
}
