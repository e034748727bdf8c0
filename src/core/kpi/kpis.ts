// The KPIs tab as the workbook model holds it: every row parsed once into a Kpi with its range, reading
// and status, and the one lookup by ID or name that key results, check-ins and the close all use.

import { isBlank, readText, type Cell } from '../cells';
import { DEFAULT_CADENCE, type Cadence } from './cadence';
import { earlyWarning, type TrendReading } from './earlyWarning';
import type { KpiType } from './kpiType';
import { kpiStatusColour } from '../colours';
import { futureDateProblem } from '../dates';
import { quote, showsNothing } from '../quote';
import { COMPUTED, type HeaderMatch, type KpiColumn } from '../workbook/headers';
import { duplicateIds, type IdAllocator } from '../workbook/ids';
import { isReadingStale, rangeFlag, rangeProblem, type RangeFlag } from './rangeFlag';
import { kpiRowSchema, parseRow, rowCells, type KpiRow as ParsedKpiRow } from '../workbook/schemas';

export interface Kpi {
  readonly kind: 'kpi';
  /** 0-based index of the row in the table's values (sheet row − 1). */
  readonly row: number;
  readonly id: string;
  /** Set when the row's ID cell was blank and the add-on chose one. */
  readonly newId?: string;
  readonly name: string;
  readonly owner: string;
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
  readonly current?: number;
  readonly cadence?: Cadence;
  readonly updated?: Date;
  /** Healthy but watched below this value (between Min and it). */
  readonly warnBelow?: number;
  /** Healthy but watched above this value (between it and Max). */
  readonly warnAbove?: number;
  /** The KPI audit's kind; blank when the row names none. */
  readonly type?: KpiType;
  readonly status: string;
  readonly colour: string | null;
  readonly flag?: RangeFlag;
  /** Why a KPI in range is WARN from its trend ("heading below Min by about 14 Dec"); see earlyWarning.ts. */
  readonly earlyWarning?: string;
  /** The Current cell holds a formula: a check-in is logged but never written over it. */
  readonly currentIsFormula: boolean;
  /**
   * Set when a cell of the row could not be read: none of its fields is known (a Min may be typed) and its
   * Status names the cell, so no rule may judge it by what is absent (`no range` for a typo in Type).
   */
  readonly unreadable?: true;
}

/** A row of the KPIs tab below its header: a KPI, or a blank row whose computed cells are cleared. */
export type KpiRow = Kpi | { readonly kind: 'blank'; readonly row: number; readonly id: string };

/** KPIs by lower-cased ID and by lower-cased name (the first of a repeated name), as a KPI cell names them. */
export type KpiLookup = ReadonlyMap<string, Kpi>;

export interface KpiTableInput {
  readonly values: readonly Cell[][];
  readonly formulas: readonly string[][];
  readonly header: HeaderMatch<KpiColumn>;
  readonly today: Date;
  readonly nextId: IdAllocator;
}

function judge(kpi: ParsedKpiRow, today: Date): { status: string; flag?: RangeFlag } {
  if (kpi.name === '') return { status: 'INVALID: KPI name is blank' };
  if (showsNothing(kpi.name)) return { status: `INVALID: KPI: ${quote(kpi.name)} shows nothing: type the KPI's name` };
  const future = kpi.updated === undefined ? undefined : futureDateProblem('Updated', kpi.updated, today);
  if (future !== undefined) return { status: `INVALID: ${future}` };
  const range = { min: kpi.min, max: kpi.max, warnBelow: kpi.warnBelow, warnAbove: kpi.warnAbove };
  if (kpi.current === undefined) {
    // A broken range (Min above Max, no bound, a misplaced watch line) is reported before any reading
    // arrives, not hidden as NO DATA.
    const problem = rangeProblem(range);
    return { status: problem === undefined ? 'NO DATA' : `INVALID: ${problem}` };
  }
  const flag = rangeFlag(kpi.current, range);
  if (flag.kind === 'invalid') return { status: `INVALID: ${flag.why}` };
  if (flag.kind === 'blank') return { status: 'NO DATA' };
  const stale = kpi.updated !== undefined && isReadingStale(kpi.updated, kpi.cadence, today);
  return { status: stale ? 'STALE' : flag.value, flag: flag.value };
}

function defined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}

/** Flags every row of the KPIs tab. Pure: the caller reads the tab once and writes the results once. */
export function flagKpis(input: KpiTableInput): KpiRow[] {
  const { header, values, today } = input;
  const inputColumns = (Object.keys(header.columns) as KpiColumn[]).filter((column) => !COMPUTED.kpis.includes(column));
  const currentColumn = header.columns.current;
  const rows = values.slice(header.row + 1).map((cells, offset) => {
    const row = header.row + 1 + offset;
    const mapped = rowCells(cells, header.columns);
    return { row, mapped, id: readText(mapped.id), blank: inputColumns.every((column) => isBlank(mapped[column])) };
  });
  const duplicates = duplicateIds(rows.filter((row) => !row.blank));
  return rows.map(({ row, mapped, id, blank }): KpiRow => {
    if (blank) return { kind: 'blank', row, id };
    const newId = id === '' ? input.nextId('K') : undefined;
    const duplicate = duplicates.get(row);
    const parsed = parseRow(kpiRowSchema, mapped);
    const fields = parsed.ok ? parsed.row : undefined;
    const judged =
      duplicate !== undefined
        ? { status: `INVALID: ${duplicate}` }
        : parsed.ok
          ? judge(parsed.row, today)
          : { status: `INVALID: ${parsed.why}` };
    return {
      kind: 'kpi',
      row,
      id: id || newId || '',
      ...defined('newId', newId),
      name: readText(mapped.name),
      owner: readText(mapped.owner),
      unit: readText(mapped.unit),
      ...defined('min', fields?.min),
      ...defined('max', fields?.max),
      ...defined('current', fields?.current),
      ...defined('cadence', fields?.cadence),
      ...defined('updated', fields?.updated),
      ...defined('warnBelow', fields?.warnBelow),
      ...defined('warnAbove', fields?.warnAbove),
      ...defined('type', fields?.type),
      status: judged.status,
      colour: kpiStatusColour(judged.status, judged.flag),
      ...defined('flag', judged.flag),
      currentIsFormula: currentColumn !== undefined && (input.formulas[row]?.[currentColumn] ?? '') !== '',
      ...(parsed.ok ? {} : { unreadable: true as const }),
    };
  });
}

/** The one way a KPI cell's text (an ID or a name) finds its KPI; an ID wins over another KPI's name. */
export function kpiLookup(kpis: readonly Kpi[]): KpiLookup {
  const lookup = new Map<string, Kpi>();
  for (const kpi of kpis) {
    if (kpi.name !== '' && !lookup.has(kpi.name.toLowerCase())) lookup.set(kpi.name.toLowerCase(), kpi);
  }
  for (const kpi of [...kpis].reverse()) if (kpi.id !== '') lookup.set(kpi.id.toLowerCase(), kpi);
  return lookup;
}

/**
 * The KPI with its early warning, when its readings head out of range before the next reading is due. Only a
 * fresh reading inside the range is judged: an ALERT is already the signal, a STALE reading has no trend to
 * trust, and an INVALID or NO DATA row has no reading. `remembered` is the warning an edit keeps from the Status
 * cell's note when it cannot redraw the trend (it read no log).
 */
export function withEarlyWarning(kpi: Kpi, readings: readonly TrendReading[], today: Date, remembered?: string): Kpi {
  if (kpi.current === undefined || (kpi.status !== 'OK' && kpi.status !== 'WARN')) return kpi;
  const reason =
    earlyWarning({
      ...defined('min', kpi.min),
      ...defined('max', kpi.max),
      cadence: kpi.cadence ?? DEFAULT_CADENCE,
      readings,
      current: kpi.current,
      ...defined('updated', kpi.updated),
      today,
    })?.reason ?? remembered;
  if (reason === undefined) return kpi;
  return { ...kpi, status: 'WARN', flag: 'WARN', colour: kpiStatusColour('WARN'), earlyWarning: reason };
}

const NOTE_PREFIX = 'Early warning: ';

/** The Status cell's note for an early warning ('' when there is none, which clears it). */
export function earlyWarningNote(reason: string | undefined): string {
  return reason === undefined ? '' : `${NOTE_PREFIX}${reason}.`;
}

/** The early warning a Status cell's note remembers (written by earlyWarningNote), or undefined. */
export function earlyWarningOfNote(note: string): string | undefined {
  if (!note.startsWith(NOTE_PREFIX)) return undefined;
  const reason = note.slice(NOTE_PREFIX.length).replace(/\.$/, '').trim();
  return reason === '' ? undefined : reason;
}
