// The playground computes formulas: a custom function typed into a cell shows its result, a range form spills,
// and changing a cell a formula reads recomputes it, as Sheets does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../emulator/playground/server';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { launchChromium } from './chromium';
import { cell, openPlayground } from './playgroundPage';

let folder: string;
let playground: Playground | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'playground-formulas-'));
  const workbookPath = join(folder, 'demo.json');
  [playground, browser] = await Promise.all([
    startPlayground({ code: bundleCode(), htmlFiles: { Sidebar: sidebarHtml() }, workbookPath, port: 0, now: TODAY }),
    launchChromium(),
  ]);
  page = await openPlayground(browser, playground.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  await rm(folder, { recursive: true, force: true });
});

async function typeInto(a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('formulas in the playground', () => {
  it('=OKR_SCORE(0,10,5) typed into a cell shows 0.5', async () => {
    await typeInto('S3', '=OKR_SCORE(0,10,5)');
    await expect.poll(() => cell(page, 'S3').textContent()).toBe('0.5');
  });

  it('a range form spills one score per row, and follows an edit of its input', async () => {
    await typeInto('T3', '=OKR_SCORE(F3:F4,G3:G4,H3:H4)');
    await expect.poll(() => cell(page, 'T3').textContent()).toBe('0.63');
    expect(await cell(page, 'T4').textContent()).not.toBe('');
    await typeInto('H3', '4.5%');
    await expect.poll(() => cell(page, 'T3').textContent()).toBe('0.88');
  });
});
