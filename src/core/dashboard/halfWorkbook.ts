// A document with only a KPIs tab or only an OKRs tab still gets the half of the dashboard it can show. The
// model refuses a missing tab (every other job needs both), so the missing one is handed to it as a tab with
// its header and no rows: the same code path scores the half that exists, and nothing parses a row twice.

import type { TableInput, WorkbookInput } from '../workbook/workbook';

/** The fewest headers each tab needs (see headers.ts): enough for the model to find an empty table. */
const EMPTY_TABLES = {
  kpis: { values: [['KPI', 'Min', 'Max']], formulas: [['', '', '']] },
  okrs: { values: [['Objective', 'Key Result', 'Target', 'Current']], formulas: [['', '', '', '']] },
} satisfies Record<'kpis' | 'okrs', TableInput>;

export interface DashboardHalves {
  readonly kpis: boolean;
  readonly okrs: boolean;
}

/** Which halves the document can show: the tabs it has. */
export function halvesOf(input: WorkbookInput): DashboardHalves {
  return { kpis: input.kpis !== undefined, okrs: input.okrs !== undefined };
}

/** The input with an empty table for the one missing tab; unchanged when both or neither are there. */
export function withEmptyHalf(input: WorkbookInput): WorkbookInput {
  if (input.kpis === undefined && input.okrs !== undefined) return { ...input, kpis: EMPTY_TABLES.kpis };
  if (input.okrs === undefined && input.kpis !== undefined) return { ...input, okrs: EMPTY_TABLES.okrs };
  return input;
}
