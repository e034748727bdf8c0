// What the weekly digest remembers, and where. Everyone sees who switched it on and when it runs (document
// properties: Settings shows it to every editor). The trigger's own memory lives in its owner's user
// properties, the one store a time-driven run can always read, whether or not it has the document open:
// which spreadsheet a trigger is for, and whom this week's run has mailed already.

import { readSchedule, type DigestSchedule } from '../core/reminders/schedule';

const DIGEST = 'reminderDigest';
const TRIGGER_OF = 'digestTrigger:';
const DOCUMENT_OF = 'digestDocument:';
const MAILED_IN = 'digestMailed:';

export interface DigestRecord extends DigestSchedule {
  /** The address of the person whose trigger runs it; '' when Google withheld it. */
  readonly owner: string;
  readonly timeZone: string;
}

export function readDigestRecord(): DigestRecord | undefined {
  const text = PropertiesService.getDocumentProperties().getProperty(DIGEST);
  const schedule = readSchedule(text);
  if (text === null || schedule === undefined) return undefined;
  const stored = JSON.parse(text) as { owner?: unknown; timeZone?: unknown };
  return {
    ...schedule,
    owner: typeof stored.owner === 'string' ? stored.owner : '',
    timeZone: typeof stored.timeZone === 'string' ? stored.timeZone : '',
  };
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
    const stored = JSON.parse(text) as Partial<TriggerTarget>;
    if (typeof stored.spreadsheetId !== 'string') return undefined;
    return { spreadsheetId: stored.spreadsheetId, fiscalStartMonth: Number(stored.fiscalStartMonth) || 1 };
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
