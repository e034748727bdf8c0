// Pins docs/apps-script-behaviour.md §9 (google.script.run) in a real browser: the shim every browser test and
// the playground rely on must fail and succeed exactly where Google's does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createWorkbook, loadAddon } from '../../emulator/index';
import { launchChromium } from './chromium';
import { openPanelPage, type PanelGlobals } from './panelPage';

const SERVER = `
function echo(value) { return value; }
function stamped() { return { note: 'saved', at: new Date() }; }
function refuse() { throw new Error('Nothing saved: K9 no longer exists.'); }
function nothing() {}
function secret_() { return 'private'; }
`;

let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  const addon = loadAddon({ code: SERVER, workbook: createWorkbook({ sheets: {} }) });
  ({ page } = await openPanelPage(browser, addon, '<!DOCTYPE html><p>panel</p>'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * Calls a server function from the page and reports which handler ran, with what. `args` is source text the
 * page evaluates, because some arguments (a Date, a circular object) must be made there, not sent.
 */
async function call(name: string, args: string): Promise<unknown> {
  await page.evaluate(`globalThis.testArgs = [${args}]`);
  return page.evaluate(
    (fn) =>
      new Promise((resolve) => {
        const { google, testArgs } = globalThis as unknown as PanelGlobals & { testArgs: unknown[] };
        try {
          const runner = google.script.run
            .withSuccessHandler((value, user) => resolve({ success: value, user }))
            .withFailureHandler((error, user) => resolve({ failure: error.message, user }))
            .withUserObject('row 7');
          (runner[fn] as (...args: unknown[]) => void).apply(runner, testArgs);
        } catch (error) {
          resolve({ thrown: (error as Error).message });
        }
      }),
    name,
  );
}

describe('google.script.run in the browser', () => {
  it('passes plain values both ways as copies, undefined in arrays becoming null', async () => {
    expect(await call('echo', '{ id: "O1.2", value: 0.45, done: false, list: [1, undefined, "x"] }')).toEqual({
      success: { id: 'O1.2', value: 0.45, done: false, list: [1, null, 'x'] },
      user: 'row 7',
    });
  });

  it('hands the success handler null when the result holds a Date anywhere', async () => {
    expect(await call('stamped', '')).toEqual({ success: null, user: 'row 7' });
  });

  it('gives a void function undefined', async () => {
    expect(await call('nothing', '')).toEqual({ success: undefined, user: 'row 7' });
  });

  it('reaches the failure handler with the server exception message', async () => {
    expect(await call('refuse', '')).toEqual({ failure: 'Nothing saved: K9 no longer exists.', user: 'row 7' });
  });

  it('refuses a Date argument in the browser, before any handler runs', async () => {
    expect(await call('echo', '{ due: new Date() }')).toEqual({
      thrown: 'Failed due to illegal value in property: due',
    });
  });

  it('refuses a circular argument', async () => {
    expect(await call('echo', '(() => { const o = {}; o.self = o; return o; })()')).toEqual({
      thrown: 'Failed due to circular reference.',
    });
  });

  it('offers no private function (a name ending in _)', async () => {
    const names = await page.evaluate(() => Object.keys((globalThis as unknown as PanelGlobals).google.script.run));
    expect(names).toContain('echo');
    expect(names).not.toContain('secret_');
  });
});
