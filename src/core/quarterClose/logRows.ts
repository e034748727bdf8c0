// The rows a close appends: one per KPI to `KPI History`, one per close to `Quarter log`. Both tabs are
// the add-on's own, created with these headers when missing.

import { readText, type Cell } from '../cells';
import { normaliseHeader } from '../workbook/headers';
import type { Kpi } from '../kpi/kpis';
import { gradeLine, type Grades } from './grades';
import { boundMoveText, type BoundMove } from './kpiBounds';
import { confirmText, confirmsCell, type KpiConfirm } from './kpiConfirms';

export const KPI_HISTORY = {
  title: 'KPI History',
  header: ['Date', 'Quarter', 'ID', 'KPI', 'Value', 'Min', 'Max', 'Status'],
};

/** The Quarter log column of the KPI confirms: added at the right of an older log that lacks it. */
export const CONFIRMS_TITLE = 'KPIs confirm';

export const QUARTER_LOG = {
  title: 'Quarter log',
  header: [
    'Date',
    'Quarter',
    'Next quarter',
    'Archive',
    'Objectives',
    'Red',
    'Yellow',
    'Green',
    'No score',
    'KRs done',
    'KRs kept',
    'KPI bounds moved',
    CONFIRMS_TITLE,
  ],
};

/** Every KPI's reading, range and status on the day of the close. */
export function kpiHistoryRows(kpis: readonly Kpi[], date: Date, quarter: string): Cell[][] {
  return kpis.map((kpi) => [
    date,
    quarter,
    kpi.id,
    kpi.name,
    kpi.current ?? '',
    kpi.min ?? '',
    kpi.max ?? '',
    kpi.status,
  ]);
}

export interface CloseSummary {
  readonly quarter: string;
  readonly next: string;
  readonly archive: string;
  readonly grades: Grades;
  readonly boundMoves: readonly BoundMove[];
  readonly confirms: readonly KpiConfirm[];
  readonly kept: number;
}

export function quarterLogRow(summary: CloseSummary, date: Date): Cell[] {
  const { grades } = summary;
  return [
    date,
    summary.quarter,
    summary.next,
    summary.archive,
    gradeLine(grades.objectives),
    grades.spread.red,
    grades.spread.yellow,
    grades.spread.green,
    grades.spread.ungraded,
    grades.done,
    summary.kept,
    summary.boundMoves.map(boundMoveText).join('; ') || 'none',
    confirmsCell(summary.confirms),
  ];
}

/** The KPI confirms, one line per linked key result; nothing when none is linked. */
export function confirmLines(confirms: readonly KpiConfirm[]): string[] {
  return confirms.length === 0 ? [] : ['What the KPIs did over the quarter:', ...confirms.map(confirmText)];
}

/** What the user reads when the close is done. */
export function summaryText(summary: CloseSummary): string {
  const { grades } = summary;
  const spread =
    `${grades.spread.red} red · ${grades.spread.yellow} yellow · ${grades.spread.green} green` +
    (grades.spread.ungraded > 0 ? ` · ${grades.spread.ungraded} without a score` : '');
  const moves =
    summary.boundMoves.length === 0
      ? 'No KPI bound moved.'
      : `KPI bounds moved: ${summary.boundMoves.map(boundMoveText).join('; ')}.`;
  return [
    `${summary.quarter} closed; OKRs now hold ${summary.next}.`,
    `Grades: ${gradeLine(grades.objectives) || 'no objectives'}.`,
    `Key results: ${spread}.`,
    `Archived as "${summary.archive}". ${moves}`,
    `${summary.kept} key result${summary.kept === 1 ? '' : 's'} kept for ${summary.next}.`,
    ...confirmLines(summary.confirms),
  ].join('\n');
}

/**
 * Where the KPIs confirm column is on a Quarter log's header row (0-based), and whether it must be added:
 * a log made before the column existed gets it at the right of everything there, as other computed columns.
 */
export function confirmsColumn(header: readonly Cell[]): { readonly column: number; readonly add: boolean } {
  const found = header.findIndex((cell) => normaliseHeader(readText(cell)) === normaliseHeader(CONFIRMS_TITLE));
  if (found >= 0) return { column: found, add: false };
  let width = header.length;
  while (width > 0 && readText(header[width - 1] ?? '') === '') width -= 1;
  return { column: Math.max(width, QUARTER_LOG.header.length - 1), add: true };
}
