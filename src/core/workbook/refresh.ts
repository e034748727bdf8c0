import type { Cell } from '../cells';
import { columnPatches, type ColumnPatch, type ComputedColumn } from './columnPatches';
import type { KpiColumn, OkrColumn } from './headers';
import { earlyWarningNote, type KpiRow } from '../kpi/kpis';
import type { OkrRow } from '../okr/okrs';
import { refreshSummary } from './summary';
import { rollUpChainRows } from '../teams/rollUpChain';
import { mayHoldRollUpNote, rollUpNote } from '../teams/rollUpNote';
import { buildWorkbook, type TableInput, type Workbook, type WorkbookInput } from './workbook';

export type { TableInput } from './workbook';

/** The rows (0-based) an edit or a check-in changed on each tab. */
export interface RowFilter {
  readonly kpis: ReadonlySet<number>;
  readonly okrs: ReadonlySet<number>;
}

export interface RefreshInput extends WorkbookInput {
  /** onEdit: write only these rows of each tab; their objective rows and followers are added. */
  readonly onlyRows?: RowFilter;
}

export interface RefreshPatches {
  readonly kpis: ColumnPatch[];
  readonly okrs: ColumnPatch[];
}

export type RefreshPlan =
  | { readonly ok: false; readonly problems: string[] }
  | { readonly ok: true; readonly workbook: Workbook; readonly patches: RefreshPatches; readonly summary: string };

function width(table: TableInput | undefined): number {
  return table?.values[0]?.length ?? 0;
}

const KPI_COLUMNS = {
  id: { value: (row) => (row.kind === 'kpi' ? row.newId : undefined) },
  status: {
    value: (row) => (row.kind === 'kpi' ? row.status : ''),
    colour: (row) => (row.kind === 'kpi' ? row.colour : null),
    note: (row) => (row.kind === 'kpi' ? earlyWarningNote(row.earlyWarning) : ''),
    // Only a WARN Status carries an early warning's note, so only a WARN cell may need one cleared.
    mayHaveNote: (cell) => cell === 'WARN',
  },
} satisfies Partial<Record<KpiColumn, ComputedColumn<KpiRow>>>;

const OKR_COLUMNS = {
  id: { value: (row) => (row.kind === 'blank' ? undefined : row.newId) },
  quarter: { value: (row) => (row.kind === 'blank' ? undefined : row.newQuarter), addWhenMissing: false },
  score: {
    value: (row) => (row.kind === 'blank' ? '' : row.score),
    colour: (row) => (row.kind === 'blank' ? null : row.scoreColour),
  },
  status: {
    value: (row) => (row.kind === 'blank' ? '' : row.status),
    colour: (row) => (row.kind === 'blank' ? null : row.statusColour),
  },
  lastCheckIn: { value: (row) => (row.kind === 'blank' ? '' : row.lastCheckIn) },
} satisfies Partial<Record<OkrColumn, ComputedColumn<OkrRow>>>;

/**
 * What Refresh (or an edit's slice of it) writes: the computed columns of the model, never over a formula.
 * `memory` writes only what a later job reads back from the sheet and that lags the model: the IDs chosen for
 * blank ID cells (adding the ID column if missing) and Last check-in dates (see "What each job reads").
 */
export function refreshPatches(
  workbook: Workbook,
  tables: { readonly kpis?: TableInput; readonly okrs?: TableInput },
  onlyRows?: RowFilter,
  memory = false,
): RefreshPatches {
  const okrRows =
    onlyRows === undefined
      ? undefined
      : rollUpChainRows(withObjectiveRows(withFollowers(onlyRows, workbook), workbook), workbook);
  // A rolled-up key result's Status note names what it is rolled up from (see rollUpNote.ts).
  const okrColumns = {
    ...OKR_COLUMNS,
    status: { ...OKR_COLUMNS.status, note: rollUpNote, mayHaveNote: mayHoldRollUpNote(workbook) },
  };
  return {
    kpis: columnPatches({
      kind: 'kpis',
      header: workbook.headers.kpis,
      width: width(tables.kpis),
      formulas: tables.kpis?.formulas ?? [],
      results: workbook.rows.kpis,
      ...(onlyRows === undefined ? {} : { onlyRows: onlyRows.kpis }),
      columns: memory ? { id: KPI_COLUMNS.id } : KPI_COLUMNS,
      ...unchangedOf(tables.kpis, memory),
    }),
    okrs: columnPatches({
      kind: 'okrs',
      header: workbook.headers.okrs,
      width: width(tables.okrs),
      formulas: tables.okrs?.formulas ?? [],
      results: workbook.rows.okrs,
      ...(okrRows === undefined ? {} : { onlyRows: okrRows }),
      columns: memory ? { id: OKR_COLUMNS.id, lastCheckIn: OKR_COLUMNS.lastCheckIn } : okrColumns,
      ...unchangedOf(tables.okrs, memory),
    }),
  };
}

/** What already reads right is not written again: cell by cell for a memory, column by column otherwise. */
function unchangedOf(
  table: TableInput | undefined,
  memory: boolean,
): { current?: readonly (readonly Cell[])[]; skipUnchanged: 'cells' | 'columns' } {
  return { ...(table === undefined ? {} : { current: table.values }), skipUnchanged: memory ? 'cells' : 'columns' };
}

/** Everything a refresh (or an edit) writes, computed from the tabs as read. Pure. */
export function planRefresh(input: RefreshInput): RefreshPlan {
  const built = buildWorkbook(input);
  if (!built.ok) return built;
  const { workbook } = built;
  return {
    ok: true,
    workbook,
    patches: refreshPatches(workbook, input, input.onlyRows),
    summary: refreshSummary(workbook),
  };
}

/** A KPI reading just edited moves every key result whose blank Current follows that KPI. */
function withFollowers(onlyRows: RowFilter, workbook: Workbook): Set<number> {
  const edited = new Set(workbook.kpis.filter((kpi) => onlyRows.kpis.has(kpi.row)).map((kpi) => kpi.id.toLowerCase()));
  const rows = new Set(onlyRows.okrs);
  for (const keyResult of workbook.keyResults) {
    if (keyResult.followsKpi !== undefined && edited.has(keyResult.followsKpi)) rows.add(keyResult.row);
  }
  return rows;
}

/** An edited key result changes its objective's score, so the objective row is rewritten too. */
function withObjectiveRows(rows: ReadonlySet<number>, workbook: Workbook): Set<number> {
  const all = new Set(rows);
  for (const keyResult of workbook.keyResults) {
    if (rows.has(keyResult.row) && keyResult.objectiveRow !== undefined) all.add(keyResult.objectiveRow);
  }
  return all;
}
