import type { Cell } from './cells';
import { lastCheckIns, type CheckInLookup } from './checkIns';
import { columnPatches, type ColumnPatch } from './columnPatches';
import { findHeader, type HeaderMatch, type KpiColumn, type OkrColumn, type TableKind } from './headers';
import { flagKpiTable, kpiLookup, type KpiRowResult } from './kpiTable';
import { scoreOkrTable, type OkrRowResult } from './okrTable';
import { refreshSummary } from './summary';
import { TAB_TITLES } from './tabNames';

/**
 * One tab as read, from A1 to the last cell with content: its values, and the formulas of the columns the
 * job looks at (src/core/tableReads.ts); a formula elsewhere reads as absent.
 */
export interface TableInput {
  readonly values: Cell[][];
  readonly formulas: string[][];
}

export interface RefreshInput {
  readonly kpis?: TableInput;
  readonly okrs?: TableInput;
  readonly checkIns?: TableInput;
  readonly today: Date;
  readonly fiscalStartMonth: number;
  /** onEdit: write only these rows (0-based) of each tab; their objective rows and followers are added. */
  readonly onlyRows?: { readonly kpis: ReadonlySet<number>; readonly okrs: ReadonlySet<number> };
}

export type RefreshPlan =
  | { readonly ok: false; readonly problems: string[] }
  | {
      readonly ok: true;
      readonly patches: { readonly kpis: ColumnPatch[]; readonly okrs: ColumnPatch[] };
      readonly kpis: KpiRowResult[];
      readonly okrs: OkrRowResult[];
      /** The header rows the plan found, so callers reading the same tables need not search again. */
      readonly headers: { readonly kpis: HeaderMatch<KpiColumn>; readonly okrs: HeaderMatch<OkrColumn> };
      readonly summary: string;
    };

function headerProblem(kind: TableKind, missing: readonly string[]): string {
  return `The ${TAB_TITLES[kind]} tab needs the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ` +
    'in a header row within its top 10 rows: add the header text (any order, synonyms allowed).';
}

function missingTab(kind: TableKind): string {
  return `No ${TAB_TITLES[kind]} tab: add a tab named "${TAB_TITLES[kind]}" or run Extensions → KPI & OKR → Set up tabs.`;
}

function checkInLookup(table: TableInput | undefined): CheckInLookup {
  if (table === undefined) return new Map();
  const header = findHeader('checkIns', table.values);
  return header.ok ? lastCheckIns(table.values, header.header) : new Map();
}

function width(table: TableInput): number {
  return table.values[0]?.length ?? 0;
}

/** Everything a refresh (or an edit) writes, computed from the tabs as read. Pure. */
export function planRefresh(input: RefreshInput): RefreshPlan {
  const { kpis: kpiTable, okrs: okrTable } = input;
  if (kpiTable === undefined || okrTable === undefined) {
    return { ok: false, problems: (['kpis', 'okrs'] as const).filter((kind) => input[kind] === undefined).map(missingTab) };
  }
  const kpiHeader = findHeader('kpis', kpiTable.values);
  const okrHeader = findHeader('okrs', okrTable.values);
  if (!kpiHeader.ok || !okrHeader.ok) {
    return {
      ok: false,
      problems: [
        ...(kpiHeader.ok ? [] : [headerProblem('kpis', kpiHeader.missing)]),
        ...(okrHeader.ok ? [] : [headerProblem('okrs', okrHeader.missing)]),
      ],
    };
  }
  const kpis = flagKpiTable({ values: kpiTable.values, header: kpiHeader.header, today: input.today });
  const okrs = scoreOkrTable({
    values: okrTable.values,
    header: okrHeader.header,
    kpis: kpiLookup(kpis),
    checkIns: checkInLookup(input.checkIns),
    today: input.today,
    fiscalStartMonth: input.fiscalStartMonth,
  });
  const okrRows = input.onlyRows === undefined
    ? undefined
    : withObjectiveRows(withFollowers(input.onlyRows, kpis, okrs), okrs);
  const patches = {
    kpis: columnPatches({
      kind: 'kpis',
      header: kpiHeader.header,
      width: width(kpiTable),
      formulas: kpiTable.formulas,
      results: kpis,
      ...(input.onlyRows === undefined ? {} : { onlyRows: input.onlyRows.kpis }),
      columns: {
        id: { value: (kpi) => kpi.newId },
        status: { value: (kpi) => kpi.status, colour: (kpi) => kpi.colour },
      },
    }),
    okrs: columnPatches({
      kind: 'okrs',
      header: okrHeader.header,
      width: width(okrTable),
      formulas: okrTable.formulas,
      results: okrs,
      ...(okrRows === undefined ? {} : { onlyRows: okrRows }),
      columns: {
        id: { value: (row) => row.newId },
        score: { value: (row) => row.score, colour: (row) => row.scoreColour },
        status: { value: (row) => row.status, colour: (row) => row.statusColour },
        lastCheckIn: { value: (row) => row.lastCheckIn },
      },
    }),
  };
  const headers = { kpis: kpiHeader.header, okrs: okrHeader.header };
  return { ok: true, patches, kpis, okrs, headers, summary: refreshSummary(okrs, kpis) };
}

/** A KPI reading just edited moves every key result whose blank Current follows that KPI. */
function withFollowers(
  onlyRows: NonNullable<RefreshInput['onlyRows']>,
  kpis: readonly KpiRowResult[],
  okrs: readonly OkrRowResult[],
): Set<number> {
  const edited = new Set(kpis.filter((kpi) => onlyRows.kpis.has(kpi.row)).map((kpi) => kpi.id.toLowerCase()));
  const rows = new Set(onlyRows.okrs);
  for (const result of okrs) if (result.followsKpi !== undefined && edited.has(result.followsKpi)) rows.add(result.row);
  return rows;
}

/** An edited key result changes its objective's score, so the objective row is rewritten too. */
function withObjectiveRows(rows: ReadonlySet<number>, okrs: readonly OkrRowResult[]): Set<number> {
  const all = new Set(rows);
  for (const result of okrs) {
    if (rows.has(result.row) && result.objectiveRow !== undefined) all.add(result.objectiveRow);
  }
  return all;
}
