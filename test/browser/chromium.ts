// The browser for browser tests: CHROME_PATH when the machine has one, else the Chromium that
// @sparticuz/chromium ships inside its npm package, so `npm install` alone brings it.
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? (await chromium.executablePath());
  // --single-process suits a Lambda, but there a closed page breaks every later newPage().
  const args = chromium.args.filter((arg) => arg !== '--single-process');
  return playwright.launch({ executablePath, args, headless: true });
}

/** One Chromium per test file: launched before its first test, closed after its last. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not running: call the getter inside a test.');
    return browser;
  };
}
