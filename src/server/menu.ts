import type { EntryPointName } from './entryPoints';

export const MENU_ITEMS: readonly { caption: string; functionName: EntryPointName }[] = [
  { caption: 'Refresh scores & colours', functionName: 'refreshScores' },
  { caption: 'Check in…', functionName: 'showCheckIn' },
  { caption: 'Health check', functionName: 'healthCheck' },
  { caption: 'Set up tabs', functionName: 'setUpTabs' },
  { caption: 'Start new quarter…', functionName: 'startNewQuarter' },
  { caption: 'Settings & about…', functionName: 'showSettings' },
];

/** Adds menu items only: under AuthMode.NONE anything else would fail and hide the menu. */
export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function onInstall(): void {
  onOpen();
}
