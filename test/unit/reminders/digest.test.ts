import { describe, expect, it } from 'vitest';
import { digestMail } from '../../../src/core/reminders/digest';
import { logRow, planDigest } from '../../../src/core/reminders/digestPlan';
import type { DueItem } from '../../../src/core/reminders/due';
import { nudgeMessage, nudgedToday } from '../../../src/core/reminders/nudge';
import { isAbandoned } from '../../../src/core/reminders/ownership';
import { missingMessage, onMessage, takenMessage } from '../../../src/core/reminders/settingsView';
import { readSchedule, scheduleText } from '../../../src/core/reminders/schedule';
import { weekKey } from '../../../src/core/reminders/week';
import { ownerDirectory } from '../../../src/core/workbook/owners';
import { OWNER_ROWS } from '../../fixtures/owners';

const directory = ownerDirectory(OWNER_ROWS.map((row) => [...row]));
const LINK = { name: 'Company OKRs', url: 'https://docs.google.com/spreadsheets/d/abc/edit' };

const churn: DueItem = {
  kind: 'keyResult',
  id: 'O1.1',
  name: 'Reduce customer churn',
  owner: 'Head of CS',
  status: 'AT RISK',
  score: '0.63',
  why: 'last check-in 9 days ago',
};
const nps: DueItem = {
  kind: 'kpi',
  id: 'K3',
  name: 'Net Promoter <Score>',
  owner: 'cs.head@example.com',
  status: 'ALERT',
  score: '41',
  why: 'quarterly reading due, last on 2026-08-01',
};

describe('the weekly digest', () => {
  it('lists key results and KPIs with status, score and why, and links the spreadsheet, in text and HTML', () => {
    const mail = digestMail('Head of CS', [churn, nps], LINK);
    expect(mail.subject).toBe('Check-in due: 2 items in Company OKRs');
    expect(mail.body).toBe(
      [
        'Hello Head of CS,',
        '',
        'These are due for a check-in in "Company OKRs":',
        '',
        'Key results with no check-in for 7 days:',
        '- O1.1 Reduce customer churn: AT RISK, score 0.63 (last check-in 9 days ago)',
        '',
        'KPIs due by their cadence:',
        '- K3 Net Promoter <Score>: ALERT, now 41 (quarterly reading due, last on 2026-08-01)',
        '',
        'Open the spreadsheet and choose Extensions → KPI & OKR → Check in… to record a value, your confidence and a note.',
        'https://docs.google.com/spreadsheets/d/abc/edit',
        '',
        'You get this weekly digest because you own these items and someone switched reminders on in Settings.',
      ].join('\n'),
    );
    expect(mail.htmlBody).toContain('<li>K3 Net Promoter &lt;Score&gt;: ALERT, now 41');
    expect(mail.htmlBody).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit">Open Company OKRs</a>');
    expect(mail.htmlBody).not.toContain('<Score>');
  });

  it('one mail per address: a name and an address of the same person are merged; no address or a bad one is skipped', () => {
    const groups = new Map<string, DueItem[]>([
      ['Head of CS', [churn]],
      ['cs.head@example.com', [nps]],
      ['Marketing lead', [{ ...churn, id: 'O2.1', owner: 'Marketing lead' }]],
      ['bob@', [{ ...churn, id: 'O2.2', owner: 'bob@' }]],
    ]);
    const plan = planDigest(groups, directory, new Set());
    expect(plan.sends).toEqual([
      { email: 'cs.head@example.com', owners: ['Head of CS', 'cs.head@example.com'], items: [churn, nps] },
    ]);
    expect(plan.skipped).toEqual([
      { who: 'Marketing lead', why: 'no address: add them to the Owners tab' },
      { who: 'bob@', why: 'invalid address "bob@"' },
    ]);
  });

  it('nobody already mailed this week is mailed again', () => {
    const groups = new Map<string, DueItem[]>([
      ['Head of CS', [churn]],
      ['Sales lead', [{ ...churn, owner: 'Sales lead' }]],
    ]);
    const plan = planDigest(groups, directory, new Set(['cs.head@example.com']));
    expect(plan.sends.map((send) => send.email)).toEqual(['sales.lead@example.com']);
    expect(plan.skipped).toEqual([{ who: 'cs.head@example.com', why: 'already mailed this week' }]);
  });

  it('logs who was mailed and who was skipped and why', () => {
    const when = new Date(2026, 10, 23, 9);
    expect(logRow(when, ['a@example.com', 'b@example.com'], [{ who: 'Ann', why: 'no address' }])).toEqual([
      when,
      'a@example.com, b@example.com',
      'Ann: no address',
    ]);
    expect(logRow(when, [], [])).toEqual([when, 'nobody', '']);
  });

  it('weeks are ISO weeks, so a Monday run and a Sunday rerun agree', () => {
    expect(weekKey(new Date(2026, 10, 23))).toBe('2026-W48');
    expect(weekKey(new Date(2026, 10, 29))).toBe('2026-W48');
    expect(weekKey(new Date(2026, 10, 30))).toBe('2026-W49');
    expect(weekKey(new Date(2027, 0, 1))).toBe('2026-W53');
    expect(weekKey(new Date(2025, 11, 29))).toBe('2026-W01');
  });

  it('a schedule is a weekday and a whole hour; anything else stored is ignored', () => {
    expect(readSchedule('{"day":"FRIDAY","hour":16}')).toEqual({ day: 'FRIDAY', hour: 16 });
    expect(scheduleText({ day: 'FRIDAY', hour: 8 })).toBe('Fridays at 08:00');
    expect(readSchedule('{"day":"FRIDAY","hour":24}')).toBeUndefined();
    expect(readSchedule('not json')).toBeUndefined();
    expect(readSchedule(null)).toBeUndefined();
  });
});

describe('the nudge when the spreadsheet opens', () => {
  it('counts key results and KPIs; says nothing when none is due', () => {
    expect(nudgeMessage([churn, { ...churn, id: 'O1.2' }, nps])).toBe(
      '2 key results and 1 KPI of yours are due for a check-in: Extensions → KPI & OKR → Check in…',
    );
    expect(nudgeMessage([nps])).toBe('1 KPI of yours is due for a check-in: Extensions → KPI & OKR → Check in…');
    expect(nudgeMessage([])).toBeNull();
  });

  it('at most once a day: the remembered day is today, or not', () => {
    const today = new Date(2026, 10, 23, 8, 30);
    expect(nudgedToday('2026-11-23', today)).toBe(true);
    expect(nudgedToday('2026-11-22', today)).toBe(false);
    expect(nudgedToday(null, today)).toBe(false);
  });
});

describe('whose the digest is', () => {
  it('is taken to be gone after two missed weeks since it was switched on or last ran', () => {
    const since = '2026-11-23T09:00:00.000Z';
    expect(isAbandoned({ since }, new Date('2026-12-08T09:00:00Z'))).toBe(false);
    expect(isAbandoned({ since }, new Date('2026-12-08T09:00:01Z'))).toBe(true);
    expect(isAbandoned({ since, lastRun: '2026-12-07T09:00:00.000Z' }, new Date('2026-12-14T09:00:00Z'))).toBe(false);
    expect(isAbandoned({ since: 'garbled' }, new Date('2026-12-14T09:00:00Z'))).toBe(true);
  });
});

describe('what the Reminders panel says', () => {
  it('names who has the digest, or "another editor" where Google withheld the address', () => {
    expect(takenMessage('')).toMatch(/^another editor already switched the weekly digest on/);
    expect(takenMessage('ann@example.com')).toMatch(/^ann@example\.com already switched/);
    expect(onMessage({ day: 'MONDAY', hour: 9 }, 'Europe/Berlin', '')).toMatch(
      /^Weekly digest on: Mondays at 09:00 \(Europe\/Berlin\)\. It runs as you: mail goes out from your account/,
    );
    expect(missingMessage(['a', 'b'])).toMatch(
      /^The weekly digest needs permission to a; to b\. You did not grant them/,
    );
  });
});
