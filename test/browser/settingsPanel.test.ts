// Settings & about… in Chromium against the built bundle: one sidebar with the fiscal year (saved for the
// document and shown again on the next open), the weekly digest and a line about the add-on.
import { describe, expect, it } from 'vitest';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage } from './panelPage';

const browser = useChromium();

function book() {
  const opened = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
  opened.addon.run('showSettings');
  return opened;
}

describe('Settings panel', () => {
  it('saves the fiscal year’s start month and shows it, with today’s quarter, when opened again', async () => {
    const { addon } = book();
    const { page } = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)!.html);
    await page.getByText('Today is in 2026-Q4.').waitFor();
    expect(await page.locator('#fiscal-month').inputValue()).toBe('1');

    await page.selectOption('#fiscal-month', '11');
    expect(await page.locator('#fiscal-quarter').innerText()).toBe(
      'Today is in 2026-Q1 with this month (not saved yet).',
    );
    expect(addon.properties.document.fiscalStartMonth).toBeUndefined();
    await page.click('#fiscal-save');
    await page.locator('#fiscal-message.success').waitFor();
    expect(await page.locator('#fiscal-message').innerText()).toBe(
      'Fiscal year starts in November: today is in 2026-Q1.',
    );
    expect(await page.locator('#fiscal-quarter').innerText()).toBe('Today is in 2026-Q1.');
    expect(addon.properties.document.fiscalStartMonth).toBe('11');
    expect(addon.ui.toasts.at(-1)?.message).toBe('Fiscal year starts in November: today is in 2026-Q1.');

    addon.run('showSettings');
    const again = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)!.html);
    await again.page.getByText('Today is in 2026-Q1.').waitFor();
    expect(await again.page.locator('#fiscal-month').inputValue()).toBe('11');
  });

  it('holds the weekly digest and the about line in the same panel, one section each', async () => {
    const { addon } = book();
    expect(addon.ui.sidebars.at(-1)?.title).toBe('KPI & OKR settings');
    const { page } = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)!.html);
    await page.getByText('The weekly digest is off.').waitFor();
    expect(await page.locator('h2').allInnerTexts()).toEqual(['Fiscal year', 'Weekly digest', 'About']);
    expect(await page.locator('#weekly-digest #digest-on').innerText()).toBe('Switch on');
    expect(await page.locator('#about').innerText()).toContain('scores your key results and objectives');
  });
});
