// One run of the weekly digest: read the model, mail every owner with something due, log what happened.
// Nothing here may stop the run part-way without a word: a bad address, a full mail quota or a missing
// Owners row becomes a line in the Reminders log, and whom it already mailed is saved after every mail.

import { digestMail } from '../core/reminders/digest';
import { logRow, planDigest, REMINDERS_LOG_HEADER, type Skipped } from '../core/reminders/digestPlan';
import { dueByOwner, dueItems, unowned } from '../core/reminders/due';
import { weekKey } from '../core/reminders/week';
import { REMINDERS_LOG_TITLE } from '../core/workbook/tabNames';
import { readContext } from './context';
import { mailedThisWeek, saveMailed } from './digestRecords';
import { TITLE } from './feedback';
import { logTab, writeRowsAt } from './logTab';
import { readOwnersTable } from './ownersTab';
import { reminderWorkbook } from './reminderWorkbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DigestOutcome {
  readonly sent: readonly string[];
  readonly skipped: readonly Skipped[];
}

/** Google's text when the day's recipients are used up (the behaviour reference, MailApp). */
function isQuotaError(message: string): boolean {
  return /too many times/i.test(message);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function runDigest(spreadsheet: Spreadsheet, now: Date, fiscalStartMonth?: number): DigestOutcome {
  const context = readContext(spreadsheet, now);
  const built = reminderWorkbook(context, readOwnersTable(spreadsheet, context.timeZone), fiscalStartMonth);
  if (!built.ok) {
    writeLog(spreadsheet, context.timeZone, context.today, [], [{ who: 'everyone', why: built.problems.join(' ') }]);
    return { sent: [], skipped: [] };
  }
  const { workbook } = built;
  const due = dueItems(workbook);
  if (due.length === 0) return { sent: [], skipped: [] };

  const id = spreadsheet.getId();
  const week = weekKey(context.today);
  const mailed = mailedThisWeek(id, week);
  const plan = planDigest(dueByOwner(due), workbook.people, mailed);
  const link = { name: spreadsheet.getName(), url: spreadsheet.getUrl() };
  const sent: string[] = [];
  const skipped: Skipped[] = [...plan.skipped];
  const orphans = unowned(due);
  if (orphans.length > 0) {
    skipped.push({ who: orphans.map((item) => item.id).join(', '), why: 'no owner: fill in the Owner cell' });
  }
  let quotaLeft = MailApp.getRemainingDailyQuota();
  for (const send of plan.sends) {
    if (quotaLeft < 1) {
      skipped.push({ who: send.email, why: 'mail quota used up for today: the next run mails them' });
      continue;
    }
    const mail = digestMail(send.owners[0] ?? send.email, send.items, link);
    try {
      MailApp.sendEmail({
        to: send.email,
        subject: mail.subject,
        body: mail.body,
        htmlBody: mail.htmlBody,
        name: TITLE,
      });
    } catch (error) {
      const message = errorText(error);
      if (isQuotaError(message)) quotaLeft = 0;
      skipped.push({
        who: send.email,
        why: isQuotaError(message) ? 'mail quota used up for today: the next run mails them' : `not sent: ${message}`,
      });
      continue;
    }
    quotaLeft -= 1;
    sent.push(send.email);
    mailed.add(send.email.toLowerCase());
    saveMailed(id, week, mailed);
  }
  writeLog(spreadsheet, context.timeZone, context.today, sent, skipped);
  return { sent, skipped };
}

function writeLog(
  spreadsheet: Spreadsheet,
  timeZone: string,
  when: Date,
  sent: readonly string[],
  skipped: readonly Skipped[],
): void {
  const sheet = logTab(spreadsheet, REMINDERS_LOG_TITLE, REMINDERS_LOG_HEADER);
  writeRowsAt(sheet, sheet.getLastRow() + 1, [logRow(when, sent, skipped)], timeZone);
}
