import { isBlank, readText, type Cell } from './cells';
import { kpiStatusColour } from './colours';
import { futureDateProblem } from './dates';
import { COMPUTED, type HeaderMatch, type KpiColumn } from './headers';
import { duplicateIds, idAllocator } from './ids';
import { isReadingStale, rangeFlag, rangeProblem, type RangeFlag } from './rangeFlag';
import { kpiRowSchema, parseRow, rowCells, type KpiRow } from './schemas';

export interface KpiRowResult {
  /** 0-based index of the row in the table's values (sheet row − 1). */
  readonly row: number;
  readonly kind: 'kpi' | 'blank';
  readonly id: string;
  /** Set when the row's ID cell was blank and the add-on chose one. */
  readonly newId?: string;
  readonly name: string;
  readonly status: string;
  readonly colour: string | null;
  readonly flag?: RangeFlag;
  readonly current?: number;
}

/** KPIs by lower-cased ID and by lower-cased name, for key results that link one. */
export type KpiLookup = ReadonlyMap<string, { readonly id: string; readonly current?: number }>;

export interface KpiTableInput {
  readonly values: Cell[][];
  readonly header: HeaderMatch<KpiColumn>;
  readonly today: Date;
}

function judge(kpi: KpiRow, today: Date): { status: string; flag?: RangeFlag } {
  if (kpi.name === '') return { status: 'INVALID: KPI name is blank' };
  const future = kpi.updated === undefined ? undefined : futureDateProblem('Updated', kpi.updated, today);
  if (future !== undefined) return { status: `INVALID: ${future}` };
  if (kpi.current === undefined) {
    // A broken range (Min above Max, no bound) is reported before any reading arrives, not hidden as NO DATA.
    const problem = rangeProblem(kpi.min, kpi.max);
    return { status: problem === undefined ? 'NO DATA' : `INVALID: ${problem}` };
  }
  const flag = rangeFlag(kpi.current, kpi.min, kpi.max);
  if (flag.kind === 'invalid') return { status: `INVALID: ${flag.why}` };
  if (flag.kind === 'blank') return { status: 'NO DATA' };
  const stale = kpi.updated !== undefined && isReadingStale(kpi.updated, kpi.cadence, today);
  return { status: stale ? 'STALE' : flag.value, flag: flag.value };
}

/** Flags every row of the KPIs tab. Pure: the caller reads the tab once and writes the results once. */
export function flagKpiTable(input: KpiTableInput): KpiRowResult[] {
  const { header, values, today } = input;
  const inputColumns = (Object.keys(header.columns) as KpiColumn[]).filter((column) => !COMPUTED.kpis.includes(column));
  const rows = values.slice(header.row + 1).map((cells, offset) => {
    const row = header.row + 1 + offset;
    const mapped = rowCells(cells, header.columns);
    return { row, mapped, id: readText(mapped.id), blank: inputColumns.every((column) => isBlank(mapped[column])) };
  });
  const duplicates = duplicateIds(rows.filter((row) => !row.blank));
  const next = idAllocator(rows.map((row) => row.id));
  return rows.map(({ row, mapped, id, blank }): KpiRowResult => {
    const name = readText(mapped.name);
    if (blank) return { row, kind: 'blank', id, name, status: '', colour: null };
    const newId = id === '' ? next('K') : undefined;
    const base = { row, kind: 'kpi' as const, id: id || newId || '', name, ...(newId === undefined ? {} : { newId }) };
    const duplicate = duplicates.get(row);
    const parsed = parseRow(kpiRowSchema, mapped);
    const judged = duplicate !== undefined
      ? { status: `INVALID: ${duplicate}` }
      : parsed.ok ? judge(parsed.row, today) : { status: `INVALID: ${parsed.why}` };
    const current = parsed.ok ? parsed.row.current : undefined;
    return {
      ...base,
      status: judged.status,
      colour: kpiStatusColour(judged.status, judged.flag),
      ...(judged.flag === undefined ? {} : { flag: judged.flag }),
      ...(current === undefined ? {} : { current }),
    };
  });
}

export function kpiLookup(results: readonly KpiRowResult[]): KpiLookup {
  const lookup = new Map<string, { id: string; current?: number }>();
  for (const kpi of results) {
    if (kpi.kind !== 'kpi') continue;
    const entry = { id: kpi.id, ...(kpi.current === undefined ? {} : { current: kpi.current }) };
    if (kpi.name !== '' && !lookup.has(kpi.name.toLowerCase())) lookup.set(kpi.name.toLowerCase(), entry);
    if (kpi.id !== '') lookup.set(kpi.id.toLowerCase(), entry);
  }
  return lookup;
}
