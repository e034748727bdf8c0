// The playground computes formulas: a custom function typed into a cell shows its result, a range form spills,
// and changing a cell a formula reads recomputes it, as Sheets does.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { cell, usePlayground } from './playgroundPage';

const session = usePlayground('playground-formulas-', {
  code: bundleCode(),
  htmlFiles: { Sidebar: sidebarHtml() },
  now: TODAY,
});
let page: Page;

beforeAll(() => {
  page = session.page;
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
