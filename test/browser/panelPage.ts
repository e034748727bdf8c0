// Opens an add-on page (dist/Sidebar.html, or any HTML) in Chromium with google.script.run served by the
// emulator: each call runs the built bundle's top-level function, as Google would.
import type { Browser, Page } from 'playwright-core';
import { clientFunctions, runForClient, withGoogleScript, type Addon } from '../../emulator/index';

/** google.script.run as a page sees it: the shape src/ui/google.d.ts declares for the sidebar. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
  [functionName: string]: unknown;
}

/** The globals a panel page's code reaches through `globalThis`. */
export interface PanelGlobals {
  google: { script: { run: ScriptRunner } };
}

export interface PanelPage {
  page: Page;
  /** Commands the page sent to google.script.host, like 'close'. */
  hostCommands: string[];
}

/** Sidebars are 300 px wide; `width` is for dialogs. */
export async function openPanelPage(browser: Browser, addon: Addon, html: string, width = 300): Promise<PanelPage> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const hostCommands: string[] = [];
  await page.exposeFunction('__gasTransport', (functionName: string, argsJson: string) =>
    JSON.stringify(runForClient(addon, functionName, JSON.parse(argsJson) as unknown[])),
  );
  await page.exposeFunction('__gasHost', (command: string) => {
    hostCommands.push(command);
  });
  await page.setContent(withGoogleScript(html, clientFunctions(addon)));
  return { page, hostCommands };
}
