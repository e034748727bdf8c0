// Emulator tests call the services directly (host realm, no vm) unless they are about the loader.
import type { AuthModeName, SheetFixture } from '../../emulator/index';
import { createWorkbook, emulateServices } from '../../emulator/index';

export function servicesFor(
  sheets: Record<string, SheetFixture> = { Sheet1: { values: [] } },
  authMode: AuthModeName = 'FULL',
) {
  const workbook = createWorkbook({ sheets });
  const services = emulateServices({ workbook, authMode });
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  return { workbook, services, spreadsheet, counter: services.state.counter };
}

/** What a call returns at run time, even where its type says void: Apps Script's void methods return undefined. */
export function returned(call: () => unknown): unknown {
  return call();
}

/** The thrown value, so a test can check both its name and its message. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}
