// What an edit reads: the edited tab's header, the few columns that tell which rows the re-score depends
// on (with Parent, the roll-up chain the edited objectives feed), then those rows whole — never the Check-ins
// log (an edit does not change a Last check-in) and never a whole tab that grows with more than the team.
// See docs/decisions.md, "What each job reads".

import type { Cell } from '../core/cells';
import { readText } from '../core/cells';
import { HEADER_SEARCH_ROWS, findHeader, type HeaderMatch, type OkrColumn } from '../core/workbook/headers';
import {
  alignmentSpans,
  followerRows,
  locatingColumns,
  mayNeedImports,
  mergeSpans,
  objectiveSpans,
  type RowSpan,
} from '../core/okr/objectiveRows';
import type { RowFilter } from '../core/workbook/refresh';
import { REFRESH_FORMULAS } from '../core/workbook/tableReads';
import { earlyWarningOfNote } from '../core/kpi/kpis';
import { tableToScriptLocal } from '../core/timeZone';
import type { TableInput } from '../core/workbook/workbook';
import type { SheetsContext } from './context';
import type { Tables } from './readWorkbook';
import { rememberedIds } from './idMemory';
import { findTabs, readTable, type Tabs } from './tabs';
import { readTeamOkrsTable } from './teamOkrsTab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A tab's size and top rows: enough to find its header. */
interface TabTop {
  readonly sheet: Sheet;
  readonly height: number;
  readonly width: number;
  readonly top: Cell[][];
}

/** The header row, read alone when it is the first row (most sheets): a title block costs one more read. */
export function readTop(sheet: Sheet, timeZone: string, kind: 'kpis' | 'okrs'): TabTop {
  const height = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (height === 0 || width === 0) return { sheet, height, width, top: [] };
  const read = (rows: number): Cell[][] =>
    tableToScriptLocal(sheet.getRange(1, 1, rows, width).getValues() as Cell[][], timeZone);
  const first = read(1);
  const top = findHeader(kind, first).ok ? first : read(Math.min(HEADER_SEARCH_ROWS, height));
  return { sheet, height, width, top };
}

/** The OKRs tab as an edit sees it: its top rows, the locating columns of every row, and the spans' rows whole. */
function okrSlice(
  tab: TabTop,
  header: HeaderMatch<OkrColumn>,
  locate: readonly OkrColumn[],
  spansOf: (grid: Cell[][]) => RowSpan[],
  timeZone: string,
): { table: TableInput; rows: number[] } {
  const grid: Cell[][] = tab.top.map((row) => [...row]);
  const first = header.row + 1;
  const columns = locate.flatMap((key) => header.columns[key] ?? []);
  // Side by side columns (ID, Quarter, Objective in most sheets) are read in one call.
  for (const { from, to } of adjacentRuns(columns)) {
    if (tab.height <= first) break;
    const block = tableToScriptLocal(
      tab.sheet.getRange(first + 1, from + 1, tab.height - first, to - from).getValues() as Cell[][],
      timeZone,
    );
    block.forEach((cells, offset) => {
      const row = (grid[first + offset] ??= []);
      cells.forEach((cell, index) => {
        row[from + index] = cell;
      });
    });
  }
  for (let row = first; row < tab.height; row += 1) grid[row] ??= [];
  const spans = spansOf(grid);
  const formulas: string[][] = [];
  const formulaColumns = REFRESH_FORMULAS.okrs.flatMap((key) => header.columns[key] ?? []);
  for (const { from, to } of spans) {
    const range = tab.sheet.getRange(from + 1, 1, to - from, tab.width);
    tableToScriptLocal(range.getValues() as Cell[][], timeZone).forEach((row, offset) => {
      grid[from + offset] = row;
    });
    // One call for the span's formulas: the columns an edit writes are what matter, but a span is a few rows.
    range.getFormulas().forEach((row, offset) => {
      formulas[from + offset] = row.map((formula, column) => (formulaColumns.includes(column) ? formula : ''));
    });
  }
  return {
    table: { values: grid, formulas },
    rows: spans.flatMap(({ from, to }) => Array.from({ length: to - from }, (_, i) => from + i)),
  };
}

/** Columns grouped into runs of neighbours, [from, to) each. */
function adjacentRuns(columns: readonly number[]): RowSpan[] {
  return mergeSpans(columns.map((column) => ({ from: column, to: column + 1 })));
}

/** Whether any row read follows a linked KPI (a blank Current and a KPI cell): then the KPIs are needed. */
function followsAnyKpi(table: TableInput, header: HeaderMatch<OkrColumn>, rows: readonly number[]): boolean {
  const { kpi, current } = header.columns;
  if (kpi === undefined) return false;
  return rows.some(
    (row) =>
      readText(table.values[row]?.[kpi] ?? '') !== '' &&
      (current === undefined || readText(table.values[row]?.[current] ?? '') === ''),
  );
}

/** The IDs the document remembers: an edit never reads the whole history to learn them. */
function remembered(context: SheetsContext): { usedIds?: string[] } {
  const ids = rememberedIds(context.facts);
  return ids === undefined ? {} : { usedIds: ids };
}

/**
 * The early warnings the edited KPI rows' Status notes remember (0-based row → reason): one read of the
 * edited rows' Status cells, whatever the history, since an edit reads no log to redraw a trend.
 */
function statusWarnings(sheet: Sheet, status: number, rows: readonly number[]): Map<number, string> {
  const warnings = new Map<number, string>();
  if (rows.length === 0) return warnings;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  sheet
    .getRange(first + 1, status + 1, last - first + 1, 1)
    .getNotes()
    .forEach(([note], offset) => {
      const reason = earlyWarningOfNote(note ?? '');
      if (reason !== undefined && rows.includes(first + offset)) warnings.set(first + offset, reason);
    });
  return warnings;
}

/**
 * Other teams' objectives, when the slice read may roll one up (see mayNeedImports): one read of the Team OKRs
 * tab, which follows the teams' rows, not the history; none when Roll up teams never made it.
 */
function teamOkrsOf(context: SheetsContext, needed: boolean): { teamOkrs?: TableInput } {
  const teamOkrs = needed ? readTeamOkrsTable(context.spreadsheet, context.timeZone) : undefined;
  return teamOkrs === undefined ? {} : { teamOkrs };
}

/** What one edited cell held before (Sheets gives it for a single cell): a Parent's former target is re-scored too. */
export interface FormerCell {
  /** 0-based column. */
  readonly column: number;
  readonly text: string;
}

export interface EditRead {
  readonly tables: Tables;
  readonly onlyRows: RowFilter;
  /** The tabs the edit read, so it writes where it read. */
  readonly tabs: Tabs;
}

/**
 * Reads what re-scoring `rows` (0-based) of the edited tab needs. An OKRs edit: the edited key results'
 * objectives, and the KPIs only when one of their key results follows a KPI. A KPIs edit: the KPIs tab, and
 * the objectives of the key results that follow an edited KPI. Either reads the Team OKRs tab too when a key
 * result read may be rolled up, or (`mayEndRollUp`) an edited key result may just have stopped being rolled up.
 * Undefined when a tab has no header.
 */
export function readEdit(
  context: SheetsContext,
  kind: 'kpis' | 'okrs',
  edited: TabTop,
  rows: readonly number[],
  keepsWarnings = false,
  former?: FormerCell,
  mayEndRollUp = false,
): EditRead | undefined {
  const { timeZone } = context;
  if (kind === 'okrs') {
    const header = findHeader('okrs', edited.top);
    if (!header.ok) return undefined;
    const okrs = okrSlice(
      edited,
      header.header,
      locatingColumns(header.header, ['id', 'objective']),
      (grid) =>
        alignmentSpans(
          grid,
          header.header,
          objectiveSpans(grid, header.header, rows),
          former !== undefined && former.column === header.header.columns.parent ? [former.text] : [],
        ),
      timeZone,
    );
    const tabs: Tabs = { okrs: edited.sheet };
    let kpis: TableInput | undefined;
    if (followsAnyKpi(okrs.table, header.header, okrs.rows)) {
      const found = findTabs(context.spreadsheet).kpis;
      if (found !== undefined) kpis = readTable(found, timeZone);
    }
    // Every row of the edited objectives is re-scored: they were read whole, and one run per column is one write.
    const imports = teamOkrsOf(
      context,
      mayNeedImports(okrs.table.values, header.header, okrs.rows, mayEndRollUp ? rows : []),
    );
    return {
      tables: { ...(kpis === undefined ? {} : { kpis }), okrs: okrs.table, ...remembered(context), ...imports },
      onlyRows: { kpis: new Set(), okrs: new Set(okrs.rows) },
      tabs,
    };
  }
  const okrTab = findTabs(context.spreadsheet).okrs;
  if (okrTab === undefined) return undefined;
  const okrTop = readTop(okrTab, timeZone, 'okrs');
  const okrHeader = findHeader('okrs', okrTop.top);
  if (!okrHeader.ok) return undefined;
  const header = okrHeader.header;
  const kpis = readTable(edited.sheet, timeZone, 'kpis', REFRESH_FORMULAS.kpis);
  const kpiHeader = findHeader('kpis', kpis.values);
  const keys = new Set<string>();
  if (kpiHeader.ok) {
    for (const row of rows) {
      for (const column of [kpiHeader.header.columns.id, kpiHeader.header.columns.name]) {
        const text = column === undefined ? '' : readText(kpis.values[row]?.[column] ?? '').toLowerCase();
        if (text !== '') keys.add(text);
      }
    }
  }
  const okrs = okrSlice(
    okrTop,
    header,
    locatingColumns(header, ['id', 'objective', 'kpi', 'current']),
    (grid) => alignmentSpans(grid, header, objectiveSpans(grid, header, followerRows(grid, header, keys))),
    timeZone,
  );
  const status = kpiHeader.ok ? kpiHeader.header.columns.status : undefined;
  const warnings = keepsWarnings && status !== undefined ? statusWarnings(edited.sheet, status, rows) : undefined;
  return {
    tables: {
      kpis,
      okrs: okrs.table,
      ...remembered(context),
      ...teamOkrsOf(context, mayNeedImports(okrs.table.values, header, okrs.rows)),
      ...(warnings === undefined ? {} : { rememberedWarnings: warnings }),
    },
    onlyRows: { kpis: new Set(rows), okrs: new Set() },
    tabs: { kpis: edited.sheet, okrs: okrTab },
  };
}
