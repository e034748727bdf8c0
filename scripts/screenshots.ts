// `npx tsx scripts/screenshots.ts`: builds the add-on and takes the README's screenshots of the playground's
// demo in the same headless Chromium the browser tests use, so they show what the code does today:
//   docs/playground.png — the KPIs tab after Refresh, the check-in sidebar open on the KPI cards;
//   docs/outbox.png     — the Outbox after the weekly digest ran, one digest open.
// The demo's "today" is the example rows' own (2026-11-23), so the pictures do not change with the date.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { TODAY } from '../emulator/playground/exampleRows';
import { startPlayground } from '../emulator/playground/server';
import { launchChromium } from '../test/browser/chromium';
import { clickMenu, openPlayground, sidebarFrame } from '../test/browser/playgroundPage';
import { buildAddon, DIST } from './build';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
// Wide enough for the KPIs tab up to its Status column beside the sidebar.
const VIEWPORT = { width: 1500, height: 720 };

/** Refresh, then the KPIs tab with the check-in sidebar scrolled to its KPI cards, on K8's early warning. */
async function kpisWithCheckIn(page: Page): Promise<void> {
  await clickMenu(page, 'Refresh scores & colours');
  await page.locator('.toast', { hasText: 'KPIs in ALERT' }).waitFor();
  await page.click('.tab >> text=KPIs');
  await clickMenu(page, 'Check in…');
  const sidebar = sidebarFrame(page);
  const warning = sidebar.locator('.item[data-id="K8"]');
  await warning.locator('.early-warning').waitFor();
  await sidebar.locator('.item[data-id="K5"]').scrollIntoViewIfNeeded();
  await warning.scrollIntoViewIfNeeded();
  // Toasts fade on their own; the picture is of the sheet, not of the last message.
  await page
    .locator('.toast')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.screenshot({ path: join(DOCS, 'playground.png') });
}

/** Switch the digest on in Settings, run the weekly trigger now, open one digest in the Outbox. */
async function outboxAfterDigest(page: Page): Promise<void> {
  await clickMenu(page, 'Settings & about…');
  const settings = sidebarFrame(page);
  await settings.locator('#digest-on').click();
  await settings.locator('#digest-message.success').waitFor();
  await page.click('.outbox-button');
  const drawer = page.locator('aside.outbox');
  await drawer.locator('.outbox-run').click();
  const sales = drawer.locator('.mail', { hasText: 'To: sales.lead@example.com' });
  await sales.locator('.mail-head').click();
  await sales.locator('.mail-views button', { hasText: 'Plain text' }).click();
  await sales.locator('.mail-text').waitFor();
  await page
    .locator('.toast')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.screenshot({ path: join(DOCS, 'outbox.png') });
}

await buildAddon();
const folder = await mkdtemp(join(tmpdir(), 'screenshots-'));
const [playground, browser] = await Promise.all([
  startPlayground({
    code: await readFile(`${DIST}/Code.js`, 'utf8'),
    htmlFiles: { Sidebar: await readFile(`${DIST}/Sidebar.html`, 'utf8') },
    workbookPath: join(folder, 'demo.json'),
    port: 0,
    now: TODAY,
  }),
  launchChromium(),
]);
try {
  const page = await openPlayground(browser, playground.url);
  await page.setViewportSize(VIEWPORT);
  await kpisWithCheckIn(page);
  await outboxAfterDigest(page);
  console.log('Wrote docs/playground.png and docs/outbox.png');
} finally {
  await browser.close();
  await playground.close();
  await rm(folder, { recursive: true, force: true });
}
