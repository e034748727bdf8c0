// What each job reads of a tab beyond its values. A formula matters only where the add-on writes (it is left
// alone) or asks whether a cell is a formula, so each job reads the formulas of those columns alone. The
// Check-ins log and KPI History only grow, so a job reads their recent end, in the columns it uses: cost
// follows the team, not its history (docs/decisions.md, "What each job reads").

import type { CheckInColumn, KpiColumn, OkrColumn } from './headers';

export interface FormulaColumns {
  readonly kpis: readonly KpiColumn[];
  readonly okrs: readonly OkrColumn[];
}

/** Refresh and onEdit: the columns planRefresh writes (ID, Status; ID, a blank Quarter, Score, Status, Last check-in). */
export const REFRESH_FORMULAS: FormulaColumns = {
  kpis: ['id', 'status'],
  okrs: ['id', 'quarter', 'score', 'status', 'lastCheckIn'],
};

/** A check-in also asks whether Current holds a formula, and writes Updated (KPI) or Confidence (key result). */
export const CHECK_IN_FORMULAS: FormulaColumns = {
  kpis: [...REFRESH_FORMULAS.kpis, 'current', 'updated'],
  okrs: [...REFRESH_FORMULAS.okrs, 'current', 'confidence'],
};

/** The check-in list asks whether Current is a formula, and may fill blank IDs (binding them to their rows). */
export const LIST_FORMULAS: FormulaColumns = { kpis: ['current'], okrs: ['current'] };

/** The columns the list fills when the sheet's memory lags (blank IDs, Last check-in): read only then. */
export const MEMORY_FORMULAS: FormulaColumns = { kpis: ['id'], okrs: ['id', 'lastCheckIn'] };

/** How far back the check-in list reads the log: the trend it draws, twelve weeks of weekly check-ins. */
export const TREND_DAYS = 84;

/** Quarter close's roll writes these columns of the kept rows of the OKRs tab (rollPatches). */
export const ROLL_FORMULAS: readonly OkrColumn[] = [
  'quarter',
  'start',
  'current',
  'due',
  'confidence',
  'score',
  'status',
  'lastCheckIn',
];

/** When, which item and its value: all any job reads of the log (a KPI's ID tells a KPI reading). */
export const LOG_COLUMNS: readonly CheckInColumn[] = ['timestamp', 'id', 'value'];

/**
 * How far back a job reads the log: a quarter, which holds a trend of weekly check-ins (13) and every
 * check-in of the current quarter. An older check-in is remembered by the Last check-in cell it set.
 */
export const RECENT_LOG_DAYS = 92;

/** How far back the health check reads KPI History: four closes, enough for "out of range 3 readings". */
export const RECENT_HISTORY_DAYS = 366;

/**
 * What one job reads: formulas of some columns, and how far back in the log and in KPI History (if at all).
 * A job that may give new IDs also reads the IDs the document has used (its memory, or once every ID ever
 * written, when it has none yet); an edit never pays for that.
 */
export interface JobReads {
  readonly formulas?: FormulaColumns;
  readonly logDays?: number;
  readonly historyDays?: number;
  readonly usedIds?: boolean;
  /** Other teams' objectives, from the Team OKRs tab when Roll up teams made one. */
  readonly teamOkrs?: boolean;
}
