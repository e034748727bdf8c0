// The weekly digest on the built bundle, with the manifest's own scopes: switched on and off from the
// Settings panel (google.script.run, FULL), one trigger per person, and runs fired as the emulator fires a
// clock trigger (as its creator, FULL, no active spreadsheet, no UI).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type CellValue } from '../../emulator/index';
import { GROUPED_OKR_ROWS, KPI_ROWS, TODAY } from '../fixtures/examples';
import { OWNER_ROWS } from '../fixtures/owners';
import { bundleCode, callServer, sidebarHtml } from './harness';

const MANIFEST = JSON.parse(readFileSync(fileURLToPath(new URL('../../appsscript.json', import.meta.url)), 'utf8')) as {
  oauthScopes: string[];
};
const SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';

function opened(owners: CellValue[][] = OWNER_ROWS.map((row) => [...row])) {
  const workbook = createWorkbook({
    sheets: { KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS }, Owners: { values: owners } },
  });
  const addon = loadAddon({
    code: bundleCode(),
    workbook,
    now: TODAY,
    user: 'lead@example.com',
    htmlFiles: { Sidebar: sidebarHtml() },
    oauthScopes: MANIFEST.oauthScopes,
  });
  return { workbook, addon };
}

const MONDAY_9 = { day: 'MONDAY', hour: 9 };

describe('switching the weekly digest on and off', () => {
  it('creates one weekly trigger owned by the person who switched it on, and tells them so', () => {
    const { addon } = opened();
    addon.run('showSettings');
    expect(addon.ui.sidebars.at(-1)?.html).toContain('data-page="settings"');
    const reply = callServer(addon, 'switchDigestOn', MONDAY_9);
    expect(reply.ok).toBe(true);
    expect(reply.message).toBe(
      'Weekly digest on: Mondays at 09:00 (Etc/UTC). It runs as you, lead@example.com: mail goes out from your ' +
        'account and counts against your daily mail quota. Switch it off here any time.',
    );
    expect(addon.triggers).toHaveLength(1);
    expect(addon.triggers[0]).toMatchObject({ handlerFunction: 'runWeeklyDigest', user: 'lead@example.com' });
    expect(reply.view.digest).toMatchObject({ on: true, mine: true, owner: 'lead@example.com' });
  });

  it('a new day and hour replace the trigger: still one', () => {
    const { addon } = opened();
    callServer(addon, 'switchDigestOn', MONDAY_9);
    const first = addon.triggers[0]?.uniqueId;
    const reply = callServer(addon, 'switchDigestOn', { day: 'FRIDAY', hour: 16 });
    expect(reply.message).toMatch(/^Weekly digest on: Fridays at 16:00/);
    expect(addon.triggers).toHaveLength(1);
    expect(addon.triggers[0]?.uniqueId).not.toBe(first);
    expect(callServer(addon, 'getReminderSettings').digest.schedule).toEqual({ day: 'FRIDAY', hour: 16 });
  });

  it('switching off removes the trigger', () => {
    const { addon } = opened();
    callServer(addon, 'switchDigestOn', MONDAY_9);
    const reply = callServer(addon, 'switchDigestOff');
    expect(reply).toMatchObject({
      ok: true,
      message: 'Weekly digest off: its trigger is removed and no more mail goes out.',
    });
    expect(addon.triggers).toHaveLength(0);
    expect(reply.view.digest.on).toBe(false);
  });

  it('a second person is told who already has it on, and can neither add a trigger nor remove theirs', () => {
    const { addon } = opened();
    callServer(addon, 'switchDigestOn', MONDAY_9);
    const other = { user: 'cs.head@example.com' };
    const view = addon.run('getReminderSettings', other) as { digest: { on: boolean; mine: boolean; owner: string } };
    expect(view.digest).toMatchObject({ on: true, mine: false, owner: 'lead@example.com' });
    const taken =
      'lead@example.com already switched the weekly digest on for this spreadsheet, and it runs as them. ' +
      'Only they can change it or switch it off: ask them, then switch it on here. ' +
      'Should it stop running for two weeks, you can switch it on here yourself.';
    expect(addon.run('switchDigestOn', { ...other, args: [MONDAY_9] })).toMatchObject({ ok: false, message: taken });
    expect(addon.run('switchDigestOff', other)).toMatchObject({ ok: false, message: taken });
    expect(addon.triggers).toHaveLength(1);
    expect(addon.triggers[0]?.user).toBe('lead@example.com');
  });

  it('a digest that stopped running for two weeks can be taken over; the old trigger then quits without mailing', () => {
    const { addon } = opened();
    callServer(addon, 'switchDigestOn', MONDAY_9);
    const old = addon.triggers[0]?.uniqueId ?? '';
    const other = { user: 'cs.head@example.com' };
    addon.setNow(new Date('2026-12-03T09:00:00Z')); // 10 days, no run: still theirs
    expect(addon.run('switchDigestOn', { ...other, args: [MONDAY_9] })).toMatchObject({ ok: false });

    addon.setNow(new Date('2026-12-09T09:00:00Z')); // 16 days
    const reply = addon.run('switchDigestOn', { ...other, args: [MONDAY_9] }) as { ok: boolean; message: string };
    expect(reply.ok).toBe(true);
    expect(reply.message).toMatch(
      /^The weekly digest lead@example\.com switched on has not run since 2026-11-23, so it is yours now\. Weekly digest on: /,
    );
    expect(addon.triggers.map((trigger) => trigger.user)).toEqual(['lead@example.com', 'cs.head@example.com']);

    addon.fireTrigger(old);
    expect(addon.mail.sent).toEqual([]);
    expect(addon.triggers.map((trigger) => trigger.user)).toEqual(['cs.head@example.com']);
    addon.fireTrigger(addon.triggers[0]?.uniqueId ?? '');
    expect(addon.mail.sent.length).toBeGreaterThan(0);
    expect(addon.mail.sent.every((mail) => mail.from === 'cs.head@example.com')).toBe(true);
  });

  it('the add-on’s one clock trigger per person per document: a trigger the add-on lost track of is replaced, not doubled', () => {
    const { addon } = opened();
    callServer(addon, 'switchDigestOn', MONDAY_9);
    // The memory of which trigger is whose is gone (say, properties cleared); the trigger is still there.
    const mine = addon.userProperties('lead@example.com');
    for (const key of Object.keys(mine)) Reflect.deleteProperty(mine, key);
    expect(Object.keys(addon.userProperties('lead@example.com'))).toEqual([]);
    const reply = callServer(addon, 'switchDigestOn', { day: 'TUESDAY', hour: 8 });
    expect(reply.ok).toBe(true);
    expect(addon.triggers).toHaveLength(1);
  });

  it('says which permission is missing, and creates nothing, when the person declined one', () => {
    const { addon } = opened();
    addon.consent.decline(SEND_MAIL);
    const view = callServer(addon, 'getReminderSettings');
    expect(view.missingPermissions).toEqual(['send the digest as you (“Send email as you”)']);
    const reply = callServer(addon, 'switchDigestOn', MONDAY_9);
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(/^The weekly digest needs permission to send the digest as you/);
    expect(addon.triggers).toHaveLength(0);
  });

  it('refuses a day or hour that is not on the lists', () => {
    const { addon } = opened();
    expect(callServer(addon, 'switchDigestOn', { day: 'FUNDAY', hour: 9 })).toMatchObject({ ok: false });
    expect(callServer(addon, 'switchDigestOn', { day: 'MONDAY', hour: 24 })).toMatchObject({ ok: false });
    expect(addon.triggers).toHaveLength(0);
  });
});

describe('a digest run', () => {
  function fire(addon: ReturnType<typeof opened>['addon']): void {
    const trigger = addon.triggers[0];
    if (trigger === undefined) throw new Error('no trigger');
    addon.fireTrigger(trigger.uniqueId);
  }

  it('mails every owner with something due, with status, score and a link, and logs it', () => {
    const { addon, workbook } = opened();
    callServer(addon, 'switchDigestOn', MONDAY_9);
    fire(addon);
    const recipients = addon.mail.sent.map((mail) => mail.to.join(','));
    expect(recipients).toContain('cs.head@example.com');
    expect(new Set(recipients).size).toBe(recipients.length);
    const csHead = addon.mail.sent.find((mail) => mail.to.includes('cs.head@example.com'));
    expect(csHead?.from).toBe('lead@example.com');
    expect(csHead?.subject).toMatch(/^Check-in due: \d+ items? in /);
    expect(csHead?.body).toContain('O1.1 Reduce customer churn: ');
    expect(csHead?.body).toMatch(/https:\/\/docs\.google\.com\/spreadsheets\/d\/\S+/);
    expect(csHead?.htmlBody).toContain('<li>O1.1 Reduce customer churn: ');
    const log = workbook.read('Reminders log').values();
    expect(log[0]).toEqual(['Date', 'Recipients', 'Skipped and why']);
    expect(log).toHaveLength(2);
    expect(String(log[1]?.[1])).toContain('cs.head@example.com');
    // The demo's Marketing and Security leads own key results but have no Owners row.
    expect(String(log[1]?.[2])).toContain('Marketing lead: no address: add them to the Owners tab');
  });

  it('an invalid address is logged, and the rest are still mailed', () => {
    const owners = OWNER_ROWS.map((row) =>
      row[0] === 'Product lead' ? ['Product lead', 'product lead at example'] : [...row],
    );
    const { addon, workbook } = opened(owners);
    callServer(addon, 'switchDigestOn', MONDAY_9);
    fire(addon);
    expect(addon.mail.sent.length).toBeGreaterThan(0);
    expect(String(workbook.read('Reminders log').values()[1]?.[2])).toContain(
      'Product lead: invalid address "product lead at example"',
    );
  });

  it('quota used up part-way: the rest are logged, and the next run mails only them', () => {
    const { addon, workbook } = opened();
    callServer(addon, 'switchDigestOn', MONDAY_9);
    addon.mail.setRemainingDailyQuota(1);
    fire(addon);
    expect(addon.mail.sent).toHaveLength(1);
    const firstTo = addon.mail.sent[0]?.to[0];
    expect(String(workbook.read('Reminders log').values()[1]?.[2])).toMatch(
      /mail quota used up for today: the next run mails them/,
    );

    // The next day, same week: a fresh quota, and nobody is mailed twice.
    addon.setNow(new Date('2026-11-24T09:00:00Z'));
    fire(addon);
    const all = addon.mail.sent.map((mail) => mail.to[0]);
    expect(all.filter((to) => to === firstTo)).toHaveLength(1);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(1);
    expect(String(workbook.read('Reminders log').values()[2]?.[2])).toContain(`${firstTo}: already mailed this week`);
  });

  it('a run that finds nothing due sends nothing and writes no log', () => {
    const okrs = GROUPED_OKR_ROWS.slice(0, 1);
    const workbook = createWorkbook({
      sheets: {
        KPIs: { values: KPI_ROWS.slice(0, 1) },
        OKRs: { values: okrs },
        Owners: { values: [['Name', 'Email']] },
      },
    });
    const addon = loadAddon({
      code: bundleCode(),
      workbook,
      now: TODAY,
      user: 'lead@example.com',
      oauthScopes: MANIFEST.oauthScopes,
    });
    callServer(addon, 'switchDigestOn', MONDAY_9);
    fire(addon);
    expect(addon.mail.sent).toEqual([]);
    expect(workbook.sheetNames()).not.toContain('Reminders log');
  });
});
