// What the weekly digest remembers, and where. Everyone sees who switched it on and when it runs (document
// properties: Settings shows it to every editor). The trigger's own memory lives in its owner's user
// properties, the one store a time-driven run can always read, whether or not it has the document open:
// which spreadsheet a trigger is for, and whom this week's run has mailed already.

import type { DigestLife } from '../core/reminders/ownership';
import { digestScheduleSchema, readSchedule, type DigestSchedule } from '../core/reminders/schedule';

const DIGEST = 'reminderDigest';
const TRIGGER_OF = 'digestTrigger:';
const DOCUMENT_OF = 'digestDocument:';
const MAILED_IN = 'digestMailed:';

export interface DigestRecord extends DigestSchedule, DigestLife {
  /** The address of the person whose trigger runs it; '' when Google withheld it. */
  readonly owner: string;
  readonly timeZone: string;
  /** The trigger that runs it: a run by any other trigger of the add-on's is a leftover. */
  readonly triggerId: string;
}

function documentStore(): GoogleAppsScript.Properties.Properties | null {
  // Null outside a containing document, as a trigger run may be.
  return PropertiesService.getDocumentProperties();
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function readDigestRecord(): DigestRecord | undefined {
  const stored = documentStore()?.getProperty(DIGEST) ?? null;
  const schedule = readSchedule(stored);
  if (stored === null || schedule === undefined) return undefined;
  const fields = JSON.parse(stored) as Record<string, unknown>;
  const lastRun = text(fields['lastRun']);
  return {
    ...schedule,
    owner: text(fields['owner']),
    timeZone: text(fields['timeZone']),
    triggerId: text(fields['triggerId']),
    since: text(fields['since']),
    ...(lastRun === '' ? {} : { lastRun }),
  };
}

/** A run started: the digest is alive. Skipped where the run cannot reach document properties. */
export function noteDigestRun(now: Date): void {
  const record = readDigestRecord();
  if (record !== undefined)
    documentStore()?.setProperty(DIGEST, JSON.stringify({ ...record, lastRun: now.toISOString() }));
}

/**
 * A run found its trigger alive but the document's record of it gone (properties cleared, a failed switch-on
 * elsewhere): written again, so every editor's Settings shows the digest is on and nobody starts a second
 * one. Skipped where the run cannot reach document properties.
 */
export function restoreDigestRecord(record: DigestRecord): void {
  documentStore()?.setProperty(DIGEST, JSON.stringify(record));
}

export function saveDigestRecord(record: DigestRecord): void {
  PropertiesService.getDocumentProperties().setProperty(DIGEST, JSON.stringify(record));
}

export function clearDigestRecord(): void {
  PropertiesService.getDocumentProperties().deleteProperty(DIGEST);
}

/** The trigger this user made for this spreadsheet, as remembered. */
export function rememberedTriggerId(spreadsheetId: string): string | null {
  return PropertiesService.getUserProperties().getProperty(TRIGGER_OF + spreadsheetId);
}

export interface TriggerTarget {
  readonly spreadsheetId: string;
  /** The document's fiscal year start when the digest was switched on, should its properties be out of reach. */
  readonly fiscalStartMonth: number;
  /** The day and hour it was switched on for; absent in a memory written before it was kept. */
  readonly schedule?: DigestSchedule;
}

export function rememberTrigger(triggerId: string, target: TriggerTarget): void {
  PropertiesService.getUserProperties().setProperties({
    [TRIGGER_OF + target.spreadsheetId]: triggerId,
    [DOCUMENT_OF + triggerId]: JSON.stringify(target),
  });
}

export function forgetTrigger(triggerId: string, spreadsheetId: string): void {
  const user = PropertiesService.getUserProperties();
  user.deleteProperty(TRIGGER_OF + spreadsheetId);
  user.deleteProperty(DOCUMENT_OF + triggerId);
}

export function triggerTarget(triggerId: string): TriggerTarget | undefined {
  const text = PropertiesService.getUserProperties().getProperty(DOCUMENT_OF + triggerId);
  if (text === null) return undefined;
  try {
    const stored = JSON.parse(text) as Partial<Record<keyof TriggerTarget, unknown>>;
    if (typeof stored.spreadsheetId !== 'string') return undefined;
    const schedule = digestScheduleSchema.safeParse(stored.schedule);
    return {
      spreadsheetId: stored.spreadsheetId,
      fiscalStartMonth: Number(stored.fiscalStartMonth) || 1,
      ...(schedule.success ? { schedule: schedule.data } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Addresses (lower-cased) this week's run already mailed, for this spreadsheet. */
export function mailedThisWeek(spreadsheetId: string, week: string): Set<string> {
  const text = PropertiesService.getUserProperties().getProperty(MAILED_IN + spreadsheetId);
  if (text === null) return new Set();
  try {
    const stored = JSON.parse(text) as { week?: unknown; emails?: unknown };
    return stored.week === week && Array.isArray(stored.emails)
      ? new Set(stored.emails.filter((email): email is string => typeof email === 'string'))
      : new Set();
  } catch {
    return new Set();
  }
}

/** Saved after every mail, so a run stopped by the quota or the time limit never mails anyone twice. */
export function saveMailed(spreadsheetId: string, week: string, emails: ReadonlySet<string>): void {
  PropertiesService.getUserProperties().setProperty(
    MAILED_IN + spreadsheetId,
    JSON.stringify({ week, emails: [...emails] }),
  );
}
