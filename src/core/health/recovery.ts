// A KPI out of range with nobody on it is the strongest candidate for an OKR: the draft one click adds.
import type { Cell } from '../cells';
import { readingText } from '../kpi/readingText';
import type { HeaderMatch, OkrColumn } from '../workbook/headers';

export interface RecoveryDraft {
  readonly kpiId: string;
  readonly objective: string;
  readonly keyResult: string;
  readonly owner: string;
  readonly quarter: string;
  readonly start: number;
  readonly target: number;
  readonly unit: string;
}

export function recoveryDraft(
  kpi: { id: string; name: string; owner: string; unit: string; min?: number; max?: number },
  reading: number,
  quarter: string,
): RecoveryDraft {
  const { min, max } = kpi;
  // The bound the KPI broke: Min when the reading is below it, or when Min is its only bound (the latest
  // reading may be back in range while the last three were not); Max otherwise.
  const below = min !== undefined && (reading < min || max === undefined);
  const target = below ? min : max;
  if (target === undefined)
    throw new Error(`Internal error: ${kpi.id} has no range, so it cannot need a recovery OKR.`);
  return {
    kpiId: kpi.id,
    objective: `Bring ${kpi.name} back into range`,
    keyResult: `${below ? 'Raise' : 'Lower'} ${kpi.name} to ${below ? 'at least' : 'at most'} ${readingText(target, kpi.unit)}`,
    owner: kpi.owner,
    quarter,
    start: reading,
    target,
    unit: kpi.unit,
  };
}

/**
 * The rows to append: an objective row and its key result row where the tab groups key results under
 * objective rows, one row holding both in a flat tab. Columns the tab lacks are left out.
 */
export function recoveryRows(
  draft: RecoveryDraft,
  header: HeaderMatch<OkrColumn>,
  width: number,
  grouped: boolean,
): Cell[][] {
  const row = (cells: Partial<Record<OkrColumn, Cell>>): Cell[] => {
    const values: Cell[] = new Array<Cell>(width).fill('');
    for (const [key, value] of Object.entries(cells) as [OkrColumn, Cell][]) {
      const column = header.columns[key];
      if (column !== undefined) values[column] = value;
    }
    return values;
  };
  const keyResult = {
    quarter: draft.quarter,
    keyResult: draft.keyResult,
    owner: draft.owner,
    start: draft.start,
    target: draft.target,
    unit: draft.unit,
    kpi: draft.kpiId,
  };
  if (!grouped) return [row({ ...keyResult, objective: draft.objective })];
  return [row({ quarter: draft.quarter, objective: draft.objective, owner: draft.owner }), row(keyResult)];
}
