// The weekly digest told end to end on the playground's demo, in Chromium on the built bundle: switched on
// in Settings, the weekly trigger run now from the Outbox, a digest in the Outbox for each owner with
// something due (and none for an owner with nothing due), and a row in the Reminders log tab.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { cell, clickMenu, sidebarFrame, usePlayground } from './playgroundPage';

const session = usePlayground('playground-digest-', {
  code: bundleCode(),
  htmlFiles: { Sidebar: sidebarHtml() },
  now: TODAY,
});
let page: Page;

beforeAll(() => {
  page = session.page;
});

describe('the weekly digest on the demo company', () => {
  it('is switched on in Settings, and the Outbox then shows its weekly trigger', async () => {
    await clickMenu(page, 'Settings & about…');
    const settings = sidebarFrame(page);
    await settings.getByText('The weekly digest is off.').waitFor();
    await settings.locator('#digest-on').click();
    await expect
      .poll(() => settings.locator('#digest-message').textContent())
      .toMatch(/^Weekly digest on: Mondays at 09:00 \(Etc\/UTC\)\. It runs as you/);
    await page.click('.outbox-button');
    await expect
      .poll(() => page.locator('aside.outbox .outbox-triggers').textContent())
      // The add-on picks the minute within the hour, as Google spreads clock triggers anyway.
      .toMatch(/^runWeeklyDigest: Mondays at 09:\d\d \(Etc\/UTC\)$/);
  });

  it('run now: the Sales lead, silent for 25 days, and the SRE lead, a week past a weekly reading, get a digest', async () => {
    const drawer = page.locator('aside.outbox');
    await drawer.locator('.outbox-run').click();
    await expect.poll(() => drawer.locator('.mail').count()).toBeGreaterThan(0);
    const recipients = await drawer.locator('.mail .mail-meta').allTextContents();
    expect(recipients).toContain('To: sales.lead@example.com');
    expect(recipients).toContain('To: sre@example.com');
    // The Head of CS checked in on both key results this week and their KPIs are read: nothing is due.
    expect(recipients).not.toContain('To: cs.head@example.com');
    expect(recipients).not.toContain('To: finance@example.com');

    const sales = drawer.locator('.mail', { hasText: 'To: sales.lead@example.com' });
    expect(await sales.locator('.mail-subject').textContent()).toBe('Check-in due: 1 item in Demo company KPIs & OKRs');
    await sales.locator('.mail-head').click();
    await sales.locator('.mail-views button', { hasText: 'Plain text' }).click();
    await expect
      .poll(() => sales.locator('.mail-text').textContent())
      .toContain(
        'O2.2 Close enterprise contracts above $15000: AT RISK (stale), score 0.25 (last check-in 25 days ago)',
      );

    const sre = drawer.locator('.mail', { hasText: 'To: sre@example.com' });
    await sre.locator('.mail-head').click();
    await sre.locator('.mail-views button', { hasText: 'Plain text' }).click();
    await expect
      .poll(() => sre.locator('.mail-text').textContent())
      .toContain('K5 Website uptime: WARN, now 99.94% (weekly reading due, last on 2026-11-16)');
  });

  it('the Reminders log tab gains a row: who was mailed, and the owner with no address', async () => {
    await page.click('.outbox .panel-title button');
    await expect.poll(() => page.locator('.tab').allTextContents()).toContain('Reminders log');
    await page.click('.tab >> text=Reminders log');
    await expect.poll(() => cell(page, 'B1').textContent()).toBe('Recipients');
    expect(await cell(page, 'B2').textContent()).toContain('sales.lead@example.com');
    expect(await cell(page, 'C2').textContent()).toBe('Partnerships lead: no address: add them to the Owners tab');
    expect(await cell(page, 'A3').textContent()).toBe('');
  });
});
