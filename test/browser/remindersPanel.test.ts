// The Settings panel's Weekly digest in Chromium against the built bundle: switch the weekly digest on,
// change its day and hour, switch it off; a declined permission is named with Google's link and nothing is
// created.
import { describe, expect, it } from 'vitest';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage } from './panelPage';

const browser = useChromium();

function panel() {
  const book = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
  book.addon.run('showSettings');
  return book;
}

describe('Settings panel: Weekly digest', () => {
  it('switches the weekly digest on, moves it, and switches it off', async () => {
    const { addon } = panel();
    const { page } = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)!.html);
    await page.getByText('The weekly digest is off.').waitFor();
    expect(await page.locator('#digest-off').isHidden()).toBe(true);

    await page.selectOption('#digest-day', 'WEDNESDAY');
    await page.selectOption('#digest-hour', '14');
    await page.click('#digest-on');
    await page.locator('#digest-message.success').waitFor();
    expect(await page.locator('#digest-message').innerText()).toMatch(
      /^Weekly digest on: Wednesdays at 14:00 \(Etc\/UTC\)\. It runs as you, lead@example\.com/,
    );
    expect(addon.triggers).toHaveLength(1);
    expect(await page.locator('#digest-on').innerText()).toBe('Change day and hour');

    await page.selectOption('#digest-day', 'FRIDAY');
    await page.click('#digest-on');
    await page.getByText(/^The weekly digest is on: Fridays at 14:00/).waitFor();
    expect(addon.triggers).toHaveLength(1);

    await page.click('#digest-off');
    await page.getByText('The weekly digest is off.').waitFor();
    expect(await page.locator('#digest-message').innerText()).toBe(
      'Weekly digest off: its trigger is removed and no more mail goes out.',
    );
    expect(addon.triggers).toHaveLength(0);
  });

  it('names a declined permission, links to Google’s prompt, and creates nothing', async () => {
    const { addon } = panel();
    addon.consent.decline('https://www.googleapis.com/auth/script.scriptapp');
    const { page } = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)!.html);
    await page.locator('#digest-permissions li').first().waitFor();
    expect(await page.locator('#digest-permissions li').allInnerTexts()).toEqual([
      'run the weekly digest on a schedule (“Allow this application to run when you are not present”)',
    ]);
    expect(await page.getByRole('link', { name: 'Grant these permissions' }).getAttribute('href')).toMatch(/^https:/);
    await page.click('#digest-on');
    await page.locator('#digest-message.error').waitFor();
    expect(await page.locator('#digest-message').innerText()).toMatch(/^The weekly digest needs permission to run/);
    expect(addon.triggers).toHaveLength(0);
  });
});
