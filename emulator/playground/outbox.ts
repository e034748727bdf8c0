// The worker's side of the Outbox: the mail and triggers the page lists, and firing the person's clock
// triggers now, as Google would at their next due time.
import type { Addon, ClockTrigger, Schedule } from '../index';
import type { OutboxView } from './outboxView';
import type { JobResult } from './protocol';

const DAY_NAMES = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function describeSchedule(schedule: Schedule, timeZone: string): string {
  switch (schedule.kind) {
    case 'weekly': {
      const every = schedule.everyWeeks === 1 ? '' : `every ${schedule.everyWeeks} weeks, `;
      const day = DAY_NAMES[schedule.weekDay - 1] ?? 'Mondays';
      return `${every}${day} at ${clock(schedule.hour, schedule.minute)} (${timeZone})`;
    }
    case 'daily': {
      const every = schedule.everyDays === 1 ? 'Every day' : `Every ${schedule.everyDays} days`;
      return `${every} at ${clock(schedule.hour, schedule.minute)} (${timeZone})`;
    }
    case 'hourly':
      return schedule.everyHours === 1 ? 'Every hour' : `Every ${schedule.everyHours} hours`;
  }
}

function triggersOf(addon: Addon, user: string): readonly ClockTrigger[] {
  return addon.triggers.filter((trigger) => trigger.user === user);
}

export function outboxView(addon: Addon, user: string): OutboxView {
  return {
    mails: addon.mail.sent.map((mail) => ({
      subject: mail.subject,
      to: [...mail.to],
      cc: [...mail.cc],
      bcc: [...mail.bcc],
      from: mail.from,
      ...(mail.name === undefined ? {} : { name: mail.name }),
      body: mail.body,
      ...(mail.htmlBody === undefined ? {} : { htmlBody: mail.htmlBody }),
      time: new Date(mail.time).toISOString(),
    })),
    triggers: triggersOf(addon, user).map((trigger) => ({
      handlerFunction: trigger.handlerFunction,
      schedule: describeSchedule(trigger.schedule, trigger.timeZone),
    })),
  };
}

/** Fires every clock trigger the person has in this document, now; a failure stops at that trigger. */
export function fireTriggersOf(addon: Addon, user: string): JobResult {
  const triggers = triggersOf(addon, user);
  if (triggers.length === 0) {
    return {
      ok: false,
      message: `${user} has no clock trigger in this spreadsheet: switch the weekly digest on first.`,
    };
  }
  try {
    for (const trigger of triggers) addon.fireTrigger(trigger.uniqueId);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
