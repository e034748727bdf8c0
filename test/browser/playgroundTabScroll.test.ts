// A tab of the playground opens at A1, where its selection starts: scrolling far right on one tab (to a team's
// band on Team OKRs, say) must not open the next tab with its first columns off screen (the Dashboard's titles).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { cell, usePlayground } from './playgroundPage';

const opened = usePlayground('playground-tab-scroll-', {
  code: bundleCode(),
  htmlFiles: { Sidebar: sidebarHtml() },
  now: TODAY,
});

const scrollLeft = (page: Page): Promise<number> => page.locator('.grid-box').evaluate((box) => box.scrollLeft);

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.tab', { hasText: name }).first().click();
  await expect.poll(() => page.locator('.tab.active').textContent()).toBe(name);
}

describe('tabs and scrolling', () => {
  it('opens another tab at its first column, whatever the tab before was scrolled to', async () => {
    const { page } = opened;
    await openTab(page, 'OKRs');
    await cell(page, 'A1').click();
    for (let step = 0; step < 25; step += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => scrollLeft(page)).toBeGreaterThan(100);
    await openTab(page, 'KPIs');
    expect(await scrollLeft(page)).toBe(0);
    await openTab(page, 'OKRs');
    expect(await scrollLeft(page)).toBe(0);
  });
});
