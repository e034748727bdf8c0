// What each job reads of a tab beyond its values. A formula matters only where the add-on writes (it is left
// alone) or asks whether a cell is a formula, so each job reads the formulas of those columns alone; the
// Check-ins log is read, below its header, in the columns some job uses. A tab's other columns cost nothing,
// and each column read is one call whatever the number of rows.

import type { CheckInColumn, KpiColumn, OkrColumn } from './headers';

export interface FormulaColumns {
  readonly kpis: readonly KpiColumn[];
  readonly okrs: readonly OkrColumn[];
}

/** Refresh and onEdit: the columns planRefresh writes (ID, Status; ID, Score, Status, Last check-in). */
export const REFRESH_FORMULAS: FormulaColumns = { kpis: ['id', 'status'], okrs: ['id', 'score', 'status', 'lastCheckIn'] };

/** A check-in also asks whether Current holds a formula, and writes Updated (KPI) or Confidence (key result). */
export const CHECK_IN_FORMULAS: FormulaColumns = {
  kpis: [...REFRESH_FORMULAS.kpis, 'current', 'updated'],
  okrs: [...REFRESH_FORMULAS.okrs, 'current', 'confidence'],
};

/** Quarter close's roll writes these columns of the kept rows of the OKRs tab (rollPatches). */
export const ROLL_FORMULAS: readonly OkrColumn[] = ['quarter', 'start', 'current', 'due', 'confidence', 'score', 'status', 'lastCheckIn'];

/** Last check-in dates (ID, Timestamp), the trends (Value) and KPI readings (Kind): all any job reads of the log. */
export const LOG_COLUMNS: readonly CheckInColumn[] = ['timestamp', 'id', 'kind', 'value'];
