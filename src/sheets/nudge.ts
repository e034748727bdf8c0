// The nudge when the spreadsheet opens: a toast telling the person how many of their key results and KPIs
// are due for a check-in, at most once a day. It runs inside simple onOpen (LIMITED): no e-mail, no UI
// beyond a toast, 30 seconds at most. So it asks cheap questions first (who is this? already today?) and
// reads the tabs only when both answers allow it, and at most once a day per person per document.

import { dueItems } from '../core/reminders/due';
import { nudgeDay, nudgeMessage, nudgedToday } from '../core/reminders/nudge';
import { isOwnedBy } from '../core/reminders/people';
import { toScriptLocal } from '../core/timeZone';
import { readContext } from './context';
import { TITLE } from './feedback';
import { nudgedKey, personOf } from './identity';
import { readOwnersTable } from './ownersTab';
import { reminderWorkbook } from './reminderWorkbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The toast shown, or null when none was (unknown person, already today, nothing due). */
export function nudge(spreadsheet: Spreadsheet, sessionEmail: string, now: Date): string | null {
  const user = PropertiesService.getUserProperties();
  const properties = user.getProperties();
  const person = personOf(properties, sessionEmail);
  if (person.email === '' && person.name === '') return null;
  // Today needs only the time zone: a later open the same day reads no document setting and no tab.
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = toScriptLocal(now, timeZone);
  const key = nudgedKey(spreadsheet.getId());
  if (nudgedToday(properties[key] ?? null, today)) return null;
  // Remembered before the reading, so a slow or failing read is not retried on every open that day.
  user.setProperty(key, nudgeDay(today));
  const context = readContext(spreadsheet, now, timeZone);
  const built = reminderWorkbook(context, readOwnersTable(spreadsheet, context.timeZone));
  if (!built.ok) return null;
  const { workbook } = built;
  const mine = dueItems(workbook).filter((item) => isOwnedBy(item.owner, person, workbook.people));
  const message = nudgeMessage(mine);
  if (message !== null) spreadsheet.toast(message, TITLE, 10);
  return message;
}
