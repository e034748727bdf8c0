// A draft from the KPI-or-OKR panel as a new row: a KPI at the end of the KPIs tab, or a key result right
// after the last key result of the chosen objective. IDs, scores and colours then come from a refresh.

import { readNumber, readText, type Cell } from '../cells';
import type { DraftRowPayload, FieldProblem } from './payload';
import { quote, showsNothing } from '../quote';
import type { CheckInState } from './state';
import type { TableInput, Workbook } from '../workbook/workbook';
import { TAB_TITLES } from '../workbook/tabNames';

export type DraftField = 'name' | 'owner' | 'unit' | 'low' | 'high' | 'objectiveId';

interface DraftRow {
  readonly ok: true;
  readonly tab: 'kpis' | 'okrs';
  /** 0-based row the new row takes; `insert` when the rows from there down move one down first. */
  readonly row: number;
  readonly insert: boolean;
  /** Cells by 0-based column. */
  readonly cells: ReadonlyMap<number, Cell>;
}

function number(
  text: string,
  title: string,
  field: 'low' | 'high',
): { ok: true; value?: number } | FieldProblem<DraftField> {
  const reading = readNumber(text);
  if (reading.kind === 'invalid')
    return { ok: false, field, message: `${title}: ${quote(text.trim())} is not a number, like 45%, $1,200 or 12.5.` };
  return reading.kind === 'blank' ? { ok: true } : { ok: true, value: reading.value };
}

/** With unit % a bare 45 means 45%, stored as the share 0.45 as a percent-formatted cell stores it. */
function asShare(text: string, unit: string, value: number | undefined): number | undefined {
  return value !== undefined && unit === '%' && !text.includes('%') ? value / 100 : value;
}

export function planDraftRow(input: {
  workbook: Workbook;
  kpis: TableInput;
  okrs: TableInput;
  draft: DraftRowPayload;
}): DraftRow | FieldProblem<DraftField> {
  const { workbook, draft } = input;
  // A name of nothing but invisible characters would add a row nobody can tell apart.
  if (showsNothing(draft.name)) return { ok: false, field: 'name', message: 'Give the draft a name.' };
  const isKpi = draft.kind === 'KPI';
  const lowTitle = isKpi ? 'Min' : 'Start';
  const highTitle = isKpi ? 'Max' : 'Target';
  const low = number(draft.low, lowTitle, 'low');
  if (!low.ok) return low;
  const high = number(draft.high, highTitle, 'high');
  if (!high.ok) return high;
  const lowValue = asShare(draft.low, draft.unit, low.value);
  const highValue = asShare(draft.high, draft.unit, high.value);
  const cells = new Map<number, Cell>();
  const put = (column: number | undefined, value: Cell | undefined): void => {
    if (column !== undefined && value !== undefined) cells.set(column, value);
  };
  if (isKpi) {
    if (lowValue === undefined && highValue === undefined)
      return { ok: false, field: 'low', message: 'A KPI needs a healthy range: give a Min, a Max or both.' };
    if (lowValue !== undefined && highValue !== undefined && lowValue > highValue)
      return { ok: false, field: 'high', message: 'Max must be at least Min.' };
    const columns = workbook.headers.kpis.columns;
    put(columns.name, draft.name);
    put(columns.owner, draft.owner);
    put(columns.unit, draft.unit);
    put(columns.min, lowValue);
    put(columns.max, highValue);
    return { ok: true, tab: 'kpis', row: input.kpis.values.length, insert: false, cells };
  }
  if (lowValue === undefined)
    return { ok: false, field: 'low', message: 'A key result needs a Start: where the number is today.' };
  if (highValue === undefined)
    return { ok: false, field: 'high', message: 'A key result needs a Target: the value that means 1.0.' };
  if (lowValue === highValue) return { ok: false, field: 'high', message: 'The Target must differ from the Start.' };
  const objective = workbook.objectives.find(
    (candidate) => candidate.id.toLowerCase() === (draft.objectiveId ?? '').trim().toLowerCase(),
  );
  if (objective === undefined) {
    return {
      ok: false,
      field: 'objectiveId',
      message: `Choose an objective on the ${TAB_TITLES.okrs} tab for the key result.`,
    };
  }
  const anchor = objective.keyResults.reduce((last, kr) => Math.max(last, kr.row), objective.ownRow ?? -1);
  const columns = workbook.headers.okrs.columns;
  const anchorCells = input.okrs.values[anchor] ?? [];
  const quarter = columns.quarter === undefined ? '' : readText(anchorCells[columns.quarter] ?? '');
  put(columns.quarter, quarter === '' ? undefined : quarter);
  // Grouped layout: a blank Objective cell puts the row under the objective above; flat: repeat it.
  put(columns.objective, objective.ownRow === undefined ? objective.text : undefined);
  put(columns.keyResult, draft.name);
  put(columns.owner, draft.owner);
  put(columns.unit, draft.unit);
  put(columns.start, lowValue);
  put(columns.target, highValue);
  return { ok: true, tab: 'okrs', row: anchor + 1, insert: true, cells };
}

/** What adding a draft returns to the sidebar: the new row's ID in the message, and the refreshed list. */
export type DraftReply =
  { readonly ok: true; readonly message: string; readonly state: CheckInState } | FieldProblem<DraftField>;
