// Driving the playground page in tests: start and open it, pick menu items, read cells and toasts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startPlayground, type Playground, type PlaygroundOptions } from '../../emulator/playground/server';
import { launchChromium } from './chromium';

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

/** A playground open in Chromium for one test file, on a workbook file of its own. */
export interface PlaygroundInTest {
  readonly browser: Browser;
  readonly playground: Playground;
  readonly page: Page;
  /** The workbook file, in a temporary folder removed after the file's tests. */
  readonly workbookPath: string;
  /** Stops the playground and starts it again on the same workbook file, as running `npm start` twice does. */
  restart(): Promise<Playground>;
}

/**
 * Starts a playground (on a fresh demo.json in a temporary folder) and Chromium before the file's tests, opens
 * the page, and closes all of it after them. The returned object's fields are set once the tests run.
 */
export function usePlayground(
  prefix: string,
  options: Omit<PlaygroundOptions, 'workbookPath' | 'port'>,
): PlaygroundInTest {
  let folder: string | undefined;
  const opened: { -readonly [K in keyof PlaygroundInTest]?: PlaygroundInTest[K] } = {};
  const start = (): Promise<Playground> => {
    if (opened.workbookPath === undefined) throw new Error('the playground has not started');
    return startPlayground({ ...options, workbookPath: opened.workbookPath, port: 0 });
  };
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), prefix));
    opened.workbookPath = join(folder, 'demo.json');
    const [playground, browser] = await Promise.all([start(), launchChromium()]);
    opened.playground = playground;
    opened.browser = browser;
    opened.page = await openPlayground(browser, playground.url);
  }, 60_000);
  afterAll(async () => {
    await opened.browser?.close();
    await opened.playground?.close();
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });
  const field = <K extends keyof PlaygroundInTest>(key: K): NonNullable<PlaygroundInTest[K]> => {
    const value = opened[key];
    if (value === undefined) throw new Error(`the playground's ${key} is used before it started`);
    return value;
  };
  return {
    get browser() {
      return field('browser');
    },
    get playground() {
      return field('playground');
    },
    get page() {
      return field('page');
    },
    get workbookPath() {
      return field('workbookPath');
    },
    async restart() {
      await opened.playground?.close();
      opened.playground = await start();
      return opened.playground;
    },
  };
}
