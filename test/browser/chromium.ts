// The browser for browser tests: CHROME_PATH when the machine has one, else the Chromium that
// @sparticuz/chromium ships inside its npm package, so `npm install` alone brings it.
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? (await chromium.executablePath());
  return playwright.launch({ executablePath, args: chromium.args, headless: true });
}
