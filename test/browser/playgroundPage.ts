// Driving the playground page in tests: open it, pick menu items, read cells and toasts.
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';

export async function openPlayground(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]');
  return page;
}

/** A cell of the tab on show, by A1. */
export const cell = (page: Page, a1: string): Locator => page.locator(`td[data-a1="${a1}"]`);

/** Extensions → <the add-on's menu> → item, or an item of another top menu (File). */
export async function clickMenu(page: Page, item: string, top = 'Extensions'): Promise<void> {
  await page.click(`.menu .top >> text=${top}`);
  if (top === 'Extensions') await page.locator('.menu.open > .dropdown > .has-sub').first().hover();
  await page.locator('.menu.open .item', { hasText: item }).last().click();
}

/** The page inside the sidebar, or inside the open dialog. */
export const sidebarFrame = (page: Page): FrameLocator => page.frameLocator('.sidebar-frame');
export const dialogFrame = (page: Page): FrameLocator => page.frameLocator('.dialog-frame');

export async function toastTexts(page: Page): Promise<string[]> {
  return page.locator('.toast').allTextContents();
}

/** The cell's background as the browser paints it, rgb(…). */
export function background(page: Page, a1: string): Promise<string> {
  // This file is typechecked without the DOM lib, hence the window in a cast.
  type Painted = { getComputedStyle(node: unknown): { backgroundColor: string } };
  return cell(page, a1).evaluate((node) => (globalThis as unknown as Painted).getComputedStyle(node).backgroundColor);
}
