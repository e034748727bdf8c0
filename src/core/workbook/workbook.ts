// One scored model of the workbook, built from the tabs as read: the KPIs with their range, reading, status
// and readings; the objectives with their key results, scores, pacing, check-in facts and links. Refresh
// writes it, an edit writes a slice of it, the check-in sidebar lists it, the health check and the quarter
// close reason over it. None of them parses a row again.

import type { Cell } from '../cells';
import { checkInEntries, historyEntries, newestById, readingsById, type Reading } from '../checkIn/log';
import { findHeader, type HeaderMatch, type KpiColumn, type OkrColumn, type TableKind } from './headers';
import { highestIds, idAllocator, objectivePartOf } from './ids';
import { flagKpis, kpiLookup, withEarlyWarning, type Kpi, type KpiLookup, type KpiRow } from '../kpi/kpis';
import { scoreOkrs, type KeyResult, type Objective, type OkrRow } from '../okr/okrs';
import { quarterOf, type Quarter } from '../quarter';
import { NO_OWNERS, ownerDirectory, type OwnerDirectory } from './owners';
import { TAB_TITLES } from './tabNames';
import type { ImportedObjective } from '../teams/importedOkrs';
import { readTeamOkrs } from '../teams/teamOkrs';

/**
 * One tab as read: its values (the top rows and the rows a job reads; see docs/decisions.md, "What each job
 * reads"), and the formulas of the columns the job looks at; a formula elsewhere reads as absent.
 */
export interface TableInput {
  readonly values: Cell[][];
  readonly formulas: string[][];
}

export interface WorkbookInput {
  readonly kpis?: TableInput;
  readonly okrs?: TableInput;
  /** The Check-ins log: its header rows, then the rows read (the recent end, in time order, or all of it). */
  readonly checkIns?: TableInput;
  /** KPI History: its header row, then the rows read. */
  readonly kpiHistory?: TableInput;
  /** The optional Owners tab (Name, Email), read only by the jobs that reach or recognise people. */
  readonly owners?: TableInput;
  /** The add-on's Team OKRs tab, as its IMPORTRANGE formulas show other teams' files (read by Refresh and the health check). */
  readonly teamOkrs?: TableInput;
  readonly today: Date;
  readonly fiscalStartMonth: number;
  /** IDs the document has used beyond these tabs (deleted rows, archives): a new ID is past all of them. */
  readonly usedIds?: readonly string[];
  /**
   * An edit's slice: the KPIs tab may be left unread when no row read follows a KPI (it is then scored without
   * KPIs), instead of being a missing tab.
   */
  readonly slice?: boolean;
  /** An edit's memory: the early warning each KPI row's Status note holds (0-based row → reason). */
  readonly rememberedWarnings?: ReadonlyMap<number, string>;
  /** The quarter a blank Quarter cell stands for when its row gives no other clue: today's, unless a close says. */
  readonly blankQuarter?: string;
  /**
   * Other teams' objectives already read (a test's, or a caller's that parsed them); else they come from
   * `teamOkrs`. They take part in alignment and roll-up.
   */
  readonly imported?: readonly ImportedObjective[];
}

export interface Workbook {
  readonly headers: { readonly kpis: HeaderMatch<KpiColumn>; readonly okrs: HeaderMatch<OkrColumn> };
  /** Every row of each tab below its header, in sheet order: what Refresh writes. */
  readonly rows: { readonly kpis: readonly KpiRow[]; readonly okrs: readonly OkrRow[] };
  readonly kpis: readonly Kpi[];
  /** The one lookup of a KPI cell's text (an ID or a name). */
  readonly kpiByKey: KpiLookup;
  readonly objectives: readonly Objective[];
  /** Every key result in sheet order, those under no objective included. */
  readonly keyResults: readonly KeyResult[];
  /** Newest check-in day by lower-cased ID, in the part of the log read. */
  readonly lastCheckIns: ReadonlyMap<string, Date>;
  /** Readings by lower-cased ID, oldest first: KPI History, then the check-ins read. */
  readonly readings: ReadonlyMap<string, readonly Reading[]>;
  readonly today: Date;
  readonly quarter: Quarter;
  readonly fiscalStartMonth: number;
  /** The highest ID of each prefix the document has used, new ones included: what it remembers next. */
  readonly idsUsed: readonly string[];
  /** Names to addresses from the Owners tab; empty when it was not read or is absent. */
  readonly people: OwnerDirectory;
  /** Other teams' objectives, from the `Team OKRs` tab; empty when it was not read or is absent. */
  readonly imported: readonly ImportedObjective[];
}

export type WorkbookResult =
  { readonly ok: true; readonly workbook: Workbook } | { readonly ok: false; readonly problems: string[] };

function headerProblem(kind: TableKind, missing: readonly string[]): string {
  return (
    `The ${TAB_TITLES[kind]} tab needs the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ` +
    'in a header row within its top 10 rows: add the header text (any order, synonyms allowed).'
  );
}

function missingTab(kind: TableKind): string {
  return `No ${TAB_TITLES[kind]} tab: add a tab named "${TAB_TITLES[kind]}" or run Extensions → KPI & OKR → Set up tabs.`;
}

function idsIn(table: TableInput, column: number | undefined, firstRow: number): string[] {
  if (column === undefined) return [];
  return table.values.slice(firstRow).map((row) => String(row[column] ?? '').trim());
}

const NO_KPIS: TableInput = { values: [], formulas: [] };
const NO_KPI_HEADER = { ok: true as const, header: { row: 0, columns: {}, width: 0 } as HeaderMatch<KpiColumn> };

/** Builds the model. Pure: the caller reads the tabs once and writes what it needs of the result once. */
export function buildWorkbook(input: WorkbookInput): WorkbookResult {
  const { okrs: okrTable } = input;
  const kpiTable = input.kpis ?? (input.slice === true ? NO_KPIS : undefined);
  if (kpiTable === undefined || okrTable === undefined) {
    return {
      ok: false,
      problems: (['kpis', 'okrs'] as const).filter((kind) => input[kind] === undefined).map(missingTab),
    };
  }
  const kpiHeader = kpiTable === NO_KPIS ? NO_KPI_HEADER : findHeader('kpis', kpiTable.values);
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
  // A flat table holds only key result IDs (O1.1…), so the objective numbers they carry count as taken too.
  const okrIds = idsIn(okrTable, okrHeader.header.columns.id, okrHeader.header.row + 1);
  const nextId = idAllocator([
    ...idsIn(kpiTable, kpiHeader.header.columns.id, kpiHeader.header.row + 1),
    ...okrIds,
    ...okrIds.map((id) => objectivePartOf(id) ?? ''),
    ...(input.usedIds ?? []),
  ]);
  const log = input.checkIns === undefined ? [] : checkInEntries(input.checkIns.values);
  const history = input.kpiHistory === undefined ? [] : historyEntries(input.kpiHistory.values);
  const lastCheckIns = newestById(log);
  const readings = readingsById([...history, ...log]);
  // The trend uses the readings this job read and nothing more (an edit reads none: see earlyWarning.ts).
  const kpiRows = flagKpis({ ...kpiTable, header: kpiHeader.header, today: input.today, nextId }).map((row) =>
    row.kind === 'kpi'
      ? withEarlyWarning(
          row,
          readings.get(row.id.toLowerCase()) ?? [],
          input.today,
          input.rememberedWarnings?.get(row.row),
        )
      : row,
  );
  const kpis = kpiRows.filter((row): row is Kpi => row.kind === 'kpi');
  const kpiByKey = kpiLookup(kpis);
  const imported =
    input.imported ??
    (input.teamOkrs === undefined
      ? []
      : readTeamOkrs(input.teamOkrs.values, input.today, input.fiscalStartMonth).objectives);
  const okrs = scoreOkrs({
    ...okrTable,
    header: okrHeader.header,
    kpis: kpiByKey,
    checkIns: lastCheckIns,
    today: input.today,
    fiscalStartMonth: input.fiscalStartMonth,
    nextId,
    ...(input.blankQuarter === undefined ? {} : { blankQuarter: input.blankQuarter }),
    imported,
  });
  const objectiveIds = new Set(okrs.objectives.map((objective) => objective.id.toLowerCase()));
  const idsOnTabs = [...kpis, ...okrs.objectives, ...okrs.keyResults].map((item) => item.id);
  const idsUsed = highestIds([...(input.usedIds ?? []), ...idsOnTabs], objectiveIds);
  return {
    ok: true,
    workbook: {
      headers: { kpis: kpiHeader.header, okrs: okrHeader.header },
      rows: { kpis: kpiRows, okrs: okrs.rows },
      kpis,
      kpiByKey,
      objectives: okrs.objectives,
      keyResults: okrs.keyResults,
      lastCheckIns,
      readings,
      today: input.today,
      quarter: quarterOf(input.today, input.fiscalStartMonth),
      fiscalStartMonth: input.fiscalStartMonth,
      idsUsed,
      people: input.owners === undefined ? NO_OWNERS : ownerDirectory(input.owners.values),
      imported,
    },
  };
}
