// The IDs a document has used, remembered in its properties (the highest of each prefix), so a new row never
// gets the ID of a deleted one and inherits its check-ins, trend and Last check-in. A document that has no
// memory yet is read once for every ID it has used: the Check-ins log, KPI History and the archive tabs.

import { readText, type Cell } from '../core/cells';
import { findHeader } from '../core/workbook/headers';
import { KPI_HISTORY } from '../core/quarterClose/logRows';
import { IDS_USED, idMemoryOf, idMemoryProperties } from '../core/workbook/ids';
import { tabKind } from '../core/workbook/tabNames';
import { TEAM_OKRS_TITLE } from '../core/teams/teamOkrsLayout';
import type { Workbook } from '../core/workbook/workbook';
import type { SheetsContext } from './context';
import type { DocumentFacts } from './settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function rememberedIds(facts: DocumentFacts): string[] | undefined {
  return idMemoryOf(facts);
}

/** Every cell of one column below a header row, as text. */
function columnText(sheet: Sheet, headerRow: number, column: number): string[] {
  const height = sheet.getLastRow() - headerRow - 1;
  if (height <= 0) return [];
  return (sheet.getRange(headerRow + 2, column + 1, height, 1).getValues() as Cell[][]).map(([cell]) =>
    readText(cell ?? ''),
  );
}

function topRows(sheet: Sheet): Cell[][] {
  const height = Math.min(10, sheet.getLastRow());
  const width = sheet.getLastColumn();
  return height === 0 || width === 0 ? [] : (sheet.getRange(1, 1, height, width).getValues() as Cell[][]);
}

/** The one full read: IDs in the log, in KPI History and in every other tab with an OKRs header (archives). */
export function idsEverUsed(context: SheetsContext): string[] {
  const ids: string[] = [];
  for (const sheet of context.spreadsheet.getSheets()) {
    const name = sheet.getName();
    const kind = tabKind(name);
    // Team OKRs shows other files' IDs: theirs to number, not this document's.
    if (kind === 'kpis' || kind === 'okrs' || name === TEAM_OKRS_TITLE) continue;
    const top = topRows(sheet);
    if (kind === 'checkIns') {
      const log = findHeader('checkIns', top);
      if (log.ok && log.header.columns.id !== undefined)
        ids.push(...columnText(sheet, log.header.row, log.header.columns.id));
      continue;
    }
    if (name === KPI_HISTORY.title) {
      const index = (top[0] ?? []).map((cell) => readText(cell).toLowerCase()).indexOf('id');
      if (index >= 0) ids.push(...columnText(sheet, 0, index));
      continue;
    }
    const archive = findHeader('okrs', top);
    if (archive.ok && archive.header.columns.id !== undefined)
      ids.push(...columnText(sheet, archive.header.row, archive.header.columns.id));
  }
  return ids;
}

/** Keeps what the model says the document has used, when that grew; one property write, only then. */
export function rememberIds(context: SheetsContext, workbook: Workbook): void {
  const properties = idMemoryProperties(workbook.idsUsed);
  const stale = Object.keys(context.facts).filter((key) => key.startsWith(`${IDS_USED}.`) && !(key in properties));
  const changed = Object.entries(properties).some(([key, value]) => context.facts[key] !== value);
  if (!changed && stale.length === 0) return;
  const store = PropertiesService.getDocumentProperties();
  store.setProperties(properties);
  for (const key of stale) store.deleteProperty(key);
}
