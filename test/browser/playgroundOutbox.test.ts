// The playground's Outbox: mail the add-on sent, read as plain text or HTML, and "Run the weekly trigger
// now", which fires the person's clock triggers. A small add-on stands in for the reminders digest.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxView } from '../../emulator/playground/outboxView';
import { TODAY } from '../fixtures/examples';
import { clickMenu, toastTexts, usePlayground } from './playgroundPage';

const CODE = String.raw`
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Switch the digest on', 'switchOn').addToUi();
}
function switchOn() {
  PropertiesService.getDocumentProperties().setProperty('fileId', SpreadsheetApp.getActiveSpreadsheet().getId());
  ScriptApp.newTrigger('weeklyDigest').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).nearMinute(0).create();
}
function weeklyDigest(e) {
  var file = SpreadsheetApp.openById(PropertiesService.getDocumentProperties().getProperty('fileId'));
  var me = Session.getEffectiveUser().getEmail();
  MailApp.sendEmail('ann@example.com', 'Check-in due: 2 key results', 'Leads: no check-in for 9 days.\nDeals: no check-in for 8 days.',
    { name: 'KPI & OKR', htmlBody: '<h1 id="title">Check-in due</h1><p>Leads and Deals, in ' + file.getName() + '</p>' });
  MailApp.sendEmail(me, 'Digest sent', 'Sent to 1 owner.');
}
`;

const session = usePlayground('playground-outbox-', { code: CODE, htmlFiles: {}, now: TODAY });
let page: Page;

beforeAll(() => {
  page = session.page;
});

describe('the Outbox in the playground', () => {
  it('starts empty, and cannot run a trigger before one exists', async () => {
    expect(await page.locator('.outbox-button').textContent()).toBe('Outbox (0)');
    await page.click('.outbox-button');
    const drawer = page.locator('aside.outbox');
    await expect.poll(() => drawer.isVisible()).toBe(true);
    expect(await drawer.locator('.outbox-empty').textContent()).toBe('No mail sent yet.');
    expect(await drawer.locator('.outbox-run').isDisabled()).toBe(true);
    expect(await drawer.locator('.outbox-triggers').textContent()).toContain('no clock trigger');
    await page.click('.outbox .panel-title button');
    await expect.poll(() => drawer.isVisible()).toBe(false);
  });

  it('"Run the weekly trigger now" fires the person’s trigger; its mails are listed newest first', async () => {
    await clickMenu(page, 'Switch the digest on');
    await page.click('.outbox-button');
    const drawer = page.locator('aside.outbox');
    await expect
      .poll(() => drawer.locator('.outbox-triggers').textContent())
      .toBe('weeklyDigest: Mondays at 09:00 (Etc/UTC)');
    await drawer.locator('.outbox-run').click();
    await expect.poll(() => page.locator('.outbox-button').textContent()).toBe('Outbox (2)');
    expect(await drawer.locator('.mail-subject').allTextContents()).toEqual([
      'Digest sent',
      'Check-in due: 2 key results',
    ]);
    const meta = await drawer.locator('.mail').nth(1).locator('.mail-meta').allTextContents();
    expect(meta[0]).toBe('To: ann@example.com');
    expect(meta[1]).toContain('From: KPI & OKR <you@example.com>');
    await expect.poll(() => toastTexts(page)).toContainEqual(expect.stringContaining('2 mail(s) sent.'));
  });

  it('shows a mail as HTML (scripts off) and as plain text', async () => {
    const mail = page.locator('aside.outbox .mail').nth(1);
    await mail.locator('.mail-head').click();
    const html = page.frameLocator('.mail-html');
    await expect.poll(() => html.locator('#title').textContent()).toBe('Check-in due');
    expect(await html.locator('p').textContent()).toContain('Leads and Deals, in ');
    expect(await mail.locator('.mail-html').getAttribute('sandbox')).toBe('');
    await mail.locator('.mail-views button', { hasText: 'Plain text' }).click();
    await expect
      .poll(() => mail.locator('.mail-text').textContent())
      .toBe('Leads: no check-in for 9 days.\nDeals: no check-in for 8 days.');
    expect(await mail.locator('.mail-html').count()).toBe(0);
  });
});

describe('the project in the playground’s file', () => {
  it('a restart keeps the trigger and the mail sent, and the trigger still fires', async () => {
    const playground = await session.restart();
    const outbox = async (): Promise<OutboxView> =>
      ((await (await fetch(`${playground.url}state`)).json()) as { view: { outbox: OutboxView } }).view.outbox;
    const before = await outbox();
    expect(before.triggers).toEqual([{ handlerFunction: 'weeklyDigest', schedule: 'Mondays at 09:00 (Etc/UTC)' }]);
    expect(before.mails.map((mail) => mail.subject)).toEqual(['Check-in due: 2 key results', 'Digest sent']);
    const fired = await fetch(`${playground.url}triggers`, { method: 'POST', body: '{}' });
    expect(await fired.json()).toEqual({ ok: true });
    expect((await outbox()).mails).toHaveLength(4);
  });
});
