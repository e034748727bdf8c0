// Edges of the nudge and the digest on the built bundle: the spreadsheet's own day, a quota that ends
// exactly at the last recipient, the digest's text with names nobody expected.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { callServer, open } from './harness';

const OKR_HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Last check-in'];
const PEOPLE: CellValue[][] = [
  ['Name', 'Email'],
  ['CEO', 'ceo@example.com'],
  ['Ann', 'ann@example.com'],
  ['Bob', 'bob@example.com'],
];

function okrs(keyResults: readonly [name: string, owner: string][]): CellValue[][] {
  return [
    OKR_HEADER,
    ['O1', '2026-Q4', 'Grow', '', 'CEO', '', '', '', ''],
    ...keyResults.map(([name, owner], index): CellValue[] => [
      `O1.${index + 1}`,
      '2026-Q4',
      '',
      name,
      owner,
      0,
      10,
      2,
      '',
    ]),
  ];
}

describe('the nudge keeps the spreadsheet’s day', () => {
  it('in Auckland, 22:00 and 01:00 are two days though UTC says one: a toast each', () => {
    const { addon } = open(
      { OKRs: { values: okrs([['Leads', 'Ann']]) }, Owners: { values: PEOPLE } },
      { timeZone: 'Pacific/Auckland', now: new Date('2026-11-23T09:00:00Z') }, // 22:00 on the 23rd there
    );
    callServer(addon, 'chooseCheckInOwner', 'Ann');
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts).toHaveLength(1);
    addon.setNow(new Date('2026-11-23T10:30:00Z')); // 23:30, same day there
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts).toHaveLength(1);
    addon.setNow(new Date('2026-11-23T12:00:00Z')); // 01:00 on the 24th there, still the 23rd in UTC
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts).toHaveLength(2);
  });
});

describe('a digest run', () => {
  function switchedOn(keyResults: readonly [string, string][]) {
    const opened = open({ OKRs: { values: okrs(keyResults) }, Owners: { values: PEOPLE } });
    callServer(opened.addon, 'switchDigestOn', { day: 'MONDAY', hour: 9 });
    const fire = (): void => {
      const trigger = opened.addon.triggers[0];
      if (trigger === undefined) throw new Error('no trigger');
      opened.addon.fireTrigger(trigger.uniqueId);
    };
    return { ...opened, fire };
  }

  it('a quota that ends exactly at the last recipient mails everyone and logs no quota problem', () => {
    const { addon, workbook, fire } = switchedOn([
      ['Leads', 'Ann'],
      ['Deals', 'Bob'],
    ]);
    addon.mail.setRemainingDailyQuota(2);
    fire();
    expect(addon.mail.sent.map((mail) => mail.to.join(','))).toEqual(['ann@example.com', 'bob@example.com']);
    expect(String(workbook.read('Reminders log').values()[1]?.[2])).not.toMatch(/quota/);
  });

  it('a key result named like HTML is escaped in the HTML and kept as typed in the text', () => {
    const { addon, fire } = switchedOn([
      ['<script>alert(1)</script>', 'Ann'],
      ['R & D "fast"', 'Ann'],
    ]);
    fire();
    const mail = addon.mail.sent[0];
    expect(mail?.htmlBody).not.toContain('<script>');
    expect(mail?.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail?.htmlBody).toContain('R &amp; D &quot;fast&quot;');
    expect(mail?.body).toContain('O1.1 <script>alert(1)</script>: ');
    expect(mail?.body).toContain('O1.2 R & D "fast": ');
  });
});

describe('the trigger’s run when the document forgot the digest', () => {
  it('its record is written again, so a second editor sees it on and cannot start another', () => {
    const { addon } = open({ OKRs: { values: okrs([['Leads', 'Ann']]) }, Owners: { values: PEOPLE } });
    callServer(addon, 'switchDigestOn', { day: 'TUESDAY', hour: 8 });
    const documentStore = addon.properties.document;
    for (const key of Object.keys(documentStore)) Reflect.deleteProperty(documentStore, key);
    const other = { user: 'cs.head@example.com' };
    expect(addon.run('getReminderSettings', other)).toMatchObject({ digest: { on: false } });

    addon.fireTrigger(addon.triggers[0]?.uniqueId ?? '');
    expect(addon.mail.sent.map((mail) => mail.to.join(','))).toEqual(['ann@example.com']);
    expect(addon.run('getReminderSettings', other)).toMatchObject({
      digest: { on: true, mine: false, owner: 'lead@example.com', schedule: { day: 'TUESDAY', hour: 8 } },
    });
    expect(addon.run('switchDigestOn', { ...other, args: [{ day: 'MONDAY', hour: 9 }] })).toMatchObject({ ok: false });
    expect(addon.triggers.map((trigger) => trigger.user)).toEqual(['lead@example.com']);
  });
});

describe('the trigger’s run when its spreadsheet cannot be opened', () => {
  function failingOpen(message: string) {
    const { addon } = open({ OKRs: { values: okrs([['Leads', 'Ann']]) }, Owners: { values: PEOPLE } });
    callServer(addon, 'switchDigestOn', { day: 'MONDAY', hour: 9 });
    const uid = addon.triggers[0]?.uniqueId ?? '';
    addon.counter.reset();
    addon.fireTrigger(uid);
    const openCall = addon.counter.sequence.indexOf('SpreadsheetApp.openById');
    expect(openCall).toBeGreaterThanOrEqual(0);
    const mailed = addon.mail.sent.length;
    addon.setNow(new Date('2026-11-30T09:00:00Z')); // next week: everyone due would be mailed again
    addon.counter.failOnCall(openCall + 1, message);
    expect(() => addon.fireTrigger(uid)).not.toThrow();
    expect(addon.mail.sent).toHaveLength(mailed);
    return { addon, uid };
  }

  it('deleted, or no longer shared with its owner: the run ends quietly and the trigger removes itself', () => {
    const { addon, uid } = failingOpen(
      "Document 1AbC is missing (perhaps it was deleted, or you don't have read access?)",
    );
    expect(addon.triggers).toEqual([]);
    expect(Object.keys(addon.userProperties('lead@example.com')).filter((key) => key.includes(uid))).toEqual([]);
  });

  it('a passing failure (Google busy) ends the run quietly and keeps the trigger for next week', () => {
    const { addon } = failingOpen('Service unavailable: Spreadsheets');
    expect(addon.triggers).toHaveLength(1);
  });
});

describe('the digest’s owner whose trigger Google removed', () => {
  function lost() {
    const { addon } = open({ OKRs: { values: okrs([['Leads', 'Ann']]) }, Owners: { values: PEOPLE } });
    callServer(addon, 'switchDigestOn', { day: 'MONDAY', hour: 9 });
    // Uninstalling and reinstalling the add-on takes the person's triggers with it; the document's record stays.
    addon.project.triggers.remove(addon.triggers[0]?.uniqueId ?? '');
    return addon;
  }

  it('sees it off and can switch it on again, instead of being told they already have it', () => {
    const addon = lost();
    expect(callServer(addon, 'getReminderSettings')).toMatchObject({ digest: { on: false } });
    const reply = callServer(addon, 'switchDigestOn', { day: 'MONDAY', hour: 9 });
    expect(reply).toMatchObject({ ok: true, view: { digest: { on: true, mine: true } } });
    expect(reply.message).toMatch(/^Weekly digest on: /);
    expect(addon.triggers.map((trigger) => trigger.user)).toEqual(['lead@example.com']);
  });

  it('can switch it off, and then anyone can switch it on', () => {
    const addon = lost();
    expect(callServer(addon, 'switchDigestOff')).toMatchObject({ ok: true });
    const other = { user: 'cs.head@example.com' };
    expect(addon.run('switchDigestOn', { ...other, args: [{ day: 'MONDAY', hour: 9 }] })).toMatchObject({ ok: true });
  });
});
