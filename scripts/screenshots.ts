// `npx tsx scripts/screenshots.ts [playground] [outbox] [dashboard]`: builds the add-on and takes the README's
// screenshots of the playground's demo in the same headless Chromium the browser tests use, so they show what
// the code does today (all of them when none is named):
//   docs/playground.png — the KPIs tab after Refresh, the check-in sidebar open on the KPI cards;
//   docs/outbox.png     — the Outbox after the weekly digest ran, one digest open;
//   docs/dashboard.png  — the Dashboard tab after Build dashboard, its charts and sparklines drawn (skipped,
//                         with a message, while the add-on's menu has no Build dashboard).
// The demo's "today" is the example rows' own (2026-11-23), so the pictures do not change with the date.
// Each picture starts from a fresh copy of the demo, so one can be taken again without the others.
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

/** The add-on's menu item that builds the Dashboard tab. */
const BUILD_DASHBOARD = 'Build dashboard';
// Tall enough for the vital signs and the steering lines, wide enough for the two charts right of them.
const DASHBOARD_VIEWPORT = { width: 2020, height: 1000 };

/** Build dashboard, then the Dashboard tab with its charts drawn; false when the add-on has no such menu item. */
async function dashboard(page: Page): Promise<boolean> {
  await page.click('.menu .top >> text=Extensions');
  await page.locator('.menu.open > .dropdown > .has-sub').first().hover();
  const item = page.locator('.menu.open .item', { hasText: BUILD_DASHBOARD });
  if ((await item.count()) === 0) {
    await page.keyboard.press('Escape');
    return false;
  }
  await item.last().click();
  await page.click('.tab >> text=Dashboard');
  await page.locator('svg.chart').first().waitFor();
  await page.setViewportSize(DASHBOARD_VIEWPORT);
  await page
    .locator('.toast')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.screenshot({ path: join(DOCS, 'dashboard.png') });
  return true;
}

const SHOTS: Record<string, { file: string; take: (page: Page) => Promise<boolean> }> = {
  playground: { file: 'docs/playground.png', take: (page) => kpisWithCheckIn(page).then(() => true) },
  outbox: { file: 'docs/outbox.png', take: (page) => outboxAfterDigest(page).then(() => true) },
  dashboard: { file: 'docs/dashboard.png', take: dashboard },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in SHOTS));
if (unknown.length > 0)
  throw new Error(`unknown screenshot ${unknown.join(', ')}; choose from ${Object.keys(SHOTS).join(', ')}`);
const names = asked.length > 0 ? asked : Object.keys(SHOTS);

await buildAddon();
const code = await readFile(`${DIST}/Code.js`, 'utf8');
const htmlFiles = { Sidebar: await readFile(`${DIST}/Sidebar.html`, 'utf8') };
const browser = await launchChromium();
try {
  for (const name of names) {
    const shot = SHOTS[name];
    if (shot === undefined) continue;
    const folder = await mkdtemp(join(tmpdir(), 'screenshots-'));
    const playground = await startPlayground({
      code,
      htmlFiles,
      workbookPath: join(folder, 'demo.json'),
      port: 0,
      now: TODAY,
    });
    try {
      const page = await openPlayground(browser, playground.url);
      await page.setViewportSize(VIEWPORT);
      const taken = await shot.take(page);
      console.log(!taken ? `Skipped ${shot.file}: no "${BUILD_DASHBOARD}" in the menu yet` : `Wrote ${shot.file}`);
      await page.close();
    } finally {
      await playground.close();
      await rm(folder, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
