import { nudge } from '../sheets/nudge';
import type { EntryPointName } from './entryPoints';

export const MENU_ITEMS: readonly { caption: string; functionName: EntryPointName }[] = [
  { caption: 'Refresh scores & colours', functionName: 'refreshScores' },
  { caption: 'Check in…', functionName: 'showCheckIn' },
  { caption: 'Health check', functionName: 'healthCheck' },
  { caption: 'Build dashboard', functionName: 'buildDashboard' },
  { caption: 'Roll up teams', functionName: 'rollUpTeams' },
  { caption: 'Set up tabs', functionName: 'setUpTabs' },
  { caption: 'Start new quarter…', functionName: 'startNewQuarter' },
  { caption: 'Settings & about…', functionName: 'showSettings' },
];

/**
 * The menu first, always; then, when the add-on may read the document (not under AuthMode.NONE, where only
 * the menu is allowed), the check-in nudge. Nothing the nudge meets may stop the spreadsheet opening.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
  if (e === undefined || e.authMode === ScriptApp.AuthMode.NONE) return;
  try {
    nudge(SpreadsheetApp.getActiveSpreadsheet(), Session.getActiveUser().getEmail(), new Date());
  } catch (error) {
    // An identity or read the mode withholds, a tab mid-edit: the nudge is a courtesy, the menu is the job.
    console.warn(`Check-in nudge skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
