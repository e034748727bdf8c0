// Reads what one job needs, once: the KPIs and OKRs tabs whole (values, and formulas of the columns the job
// writes or checks), and the recent end of the Check-ins log and KPI History when the job uses them.

import { checkInLogLayout, historyLayout } from '../core/checkIn/log';
import { KPI_HISTORY } from '../core/quarterClose/logRows';
import type { JobReads } from '../core/workbook/tableReads';
import type { ImportedObjective } from '../core/teams/importedOkrs';
import type { TableInput, WorkbookInput } from '../core/workbook/workbook';
import type { SheetsContext } from './context';
import { idsEverUsed, rememberedIds } from './idMemory';
import { clearLogTypedInto, logTypedInto } from './settings';
import { readRecentRows, readTable } from './tabs';
import { readTeamOkrsTable } from './teamOkrsTab';

export interface Tables {
  kpis?: TableInput;
  okrs?: TableInput;
  checkIns?: TableInput;
  kpiHistory?: TableInput;
  /** The Team OKRs tab, when the job reads other teams' objectives and Roll up teams made the tab. */
  teamOkrs?: TableInput;
  /** Those objectives already read from it, when the job needs the tab's other facts too (Refresh). */
  imported?: readonly ImportedObjective[];
  /** The IDs the document has used beyond its tabs; absent when the job did not read them. */
  usedIds?: string[];
  /** An edit's memory of the early warnings its KPI rows' Status notes hold. */
  rememberedWarnings?: ReadonlyMap<number, string>;
}

/**
 * The first block read from the bottom of the log: half of what `days` of weekly check-ins on `items` rows
 * would add, so a short log is read in one block and a long one is not over-read; the next blocks follow the
 * pace the first shows (readRecentRows).
 */
function firstBlock(items: number, days: number): number {
  return days <= 0 ? 0 : Math.max(50, Math.ceil((items * days) / 7 / 2));
}

function since(context: SheetsContext, days: number): Date {
  const start = new Date(context.today.getTime());
  start.setDate(start.getDate() - days);
  return start;
}

export function readTables(context: SheetsContext, reads: JobReads): Tables {
  const { tabs, timeZone } = context;
  const tables: Tables = {};
  if (tabs.kpis !== undefined) tables.kpis = readTable(tabs.kpis, timeZone, 'kpis', reads.formulas?.kpis);
  if (tabs.okrs !== undefined) tables.okrs = readTable(tabs.okrs, timeZone, 'okrs', reads.formulas?.okrs);
  const remembered = rememberedIds(context.facts);
  if (remembered !== undefined) tables.usedIds = remembered;
  else if (reads.usedIds === true) tables.usedIds = idsEverUsed(context);
  if (reads.teamOkrs === true) {
    const teamOkrs = readTeamOkrsTable(context.spreadsheet, timeZone);
    if (teamOkrs !== undefined) tables.teamOkrs = teamOkrs;
  }
  const team = { kpis: tables.kpis?.values.length ?? 0, okrs: tables.okrs?.values.length ?? 0 };
  return { ...tables, ...readLogTables(context, reads, team) };
}

/**
 * The recent end of the Check-ins log and of KPI History, as far back as `reads` says. The rows on the KPIs and
 * OKRs tabs (`team`) size the first block read, so what is read follows the team, not its history.
 */
export function readLogTables(
  context: SheetsContext,
  reads: JobReads,
  team: { readonly kpis: number; readonly okrs: number },
): Pick<Tables, 'checkIns' | 'kpiHistory'> {
  const { tabs, timeZone } = context;
  const items = team.kpis + team.okrs;
  const tables: Pick<Tables, 'checkIns' | 'kpiHistory'> = {};
  if (reads.logDays !== undefined && tabs.checkIns !== undefined) {
    const typedInto = logTypedInto(context.facts);
    const log = readRecentRows(tabs.checkIns, timeZone, checkInLogLayout, {
      since: since(context, reads.logDays),
      block: firstBlock(items, reads.logDays),
      whole: typedInto && reads.logDays > 0,
    });
    tables.checkIns = log.table;
    if (typedInto && log.whole && log.inOrder) clearLogTypedInto();
  }
  const history = reads.historyDays === undefined ? null : context.spreadsheet.getSheetByName(KPI_HISTORY.title);
  if (reads.historyDays !== undefined && history !== null) {
    tables.kpiHistory = readRecentRows(history, timeZone, historyLayout, {
      since: since(context, reads.historyDays),
      // A close writes one row per KPI, and closes are a quarter (at least 90 days) apart: what `historyDays`
      // can hold unless the team keeps readings there by hand (then the next block follows their pace).
      block: Math.max(50, team.kpis * (Math.floor(reads.historyDays / 90) + 1)),
      whole: false,
    }).table;
  }
  return tables;
}

export function workbookInput(context: SheetsContext, tables: Tables): WorkbookInput {
  return { ...tables, today: context.today, fiscalStartMonth: context.fiscalStartMonth };
}
