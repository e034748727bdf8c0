import { normaliseHeader, type TableKind } from './headers';

/** The optional tab mapping owners' names to e-mail addresses (found by this name, ignoring case). */
export const OWNERS_TITLE = 'Owners';

/** The add-on's log of weekly digest runs. */
export const REMINDERS_LOG_TITLE = 'Reminders log';

/** The name Set up gives each tab, and the one messages use. */
export const TAB_TITLES: Record<TableKind, string> = { kpis: 'KPIs', okrs: 'OKRs', checkIns: 'Check-ins' };

// A Map, not an object, so a tab named `Constructor` is never found on Object.prototype.
const ALIASES: ReadonlyMap<string, TableKind> = new Map([
  ['kpis', 'kpis'],
  ['kpi', 'kpis'],
  ['okrs', 'okrs'],
  ['okr', 'okrs'],
  ['checkins', 'checkIns'],
  ['checkin', 'checkIns'],
]);

/** Tabs are found by name, ignoring case, spaces and punctuation (`kpis`, `OKR`, `Check ins`). */
export function tabKind(name: string): TableKind | undefined {
  return ALIASES.get(normaliseHeader(name));
}
