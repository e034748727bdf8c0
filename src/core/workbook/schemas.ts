// Row schemas turn one table row of raw cells into a typed row. Each field reads its cell the way people
// type it and, when it can't, reports a message that names the column (`Target: "abc" is not a number`),
// so an INVALID status tells the user exactly which cell to fix. All fields are checked, not just the
// first bad one, so a row with two mistakes is fixed in one go.

import * as z from 'zod/mini';
import { readCadence, DEFAULT_CADENCE, type Cadence } from '../kpi/cadence';
import { readKpiType } from '../kpi/kpiType';
import { readDate, readLabel, readNumber, readNumberOrCheckbox, type Cell, type CellReading } from '../cells';
import { readConfidence } from '../okr/confidence';
import { COLUMNS } from './headers';

/**
 * A field whose cell reads as `T`; a failed reading becomes an issue prefixed with the column title.
 * Without `whenBlank` the cell is required and a blank one reads `<Title>: missing`.
 */
function cellField<T>(title: string, read: (cell: Cell) => CellReading<T>, whenBlank?: () => T) {
  return z.transform((input: Cell | undefined, ctx): T => {
    const reading = read(input ?? '');
    if (reading.kind === 'value') return reading.value;
    if (reading.kind === 'blank' && whenBlank) return whenBlank();
    const why = reading.kind === 'invalid' ? reading.why : 'missing';
    ctx.issues.push({ code: 'custom', message: `${title}: ${why}`, input });
    return z.NEVER;
  });
}

/** A text column: any text, but a formula error in it (`#REF!`) makes the row invalid, naming the column. */
function text(title: string) {
  return cellField(title, readLabel, () => '');
}

/** Optional in the output type too, so callers may build rows without every key. */
function optional<T>(title: string, read: (cell: Cell) => CellReading<T>) {
  return z.optional(cellField<T | undefined>(title, read, () => undefined));
}

/** Like `read`, but with a range or sign check on the value. */
function checked<T>(read: (cell: Cell) => CellReading<T>, problem: (value: T) => string | undefined) {
  return (cell: Cell): CellReading<T> => {
    const reading = read(cell);
    if (reading.kind !== 'value') return reading;
    const why = problem(reading.value);
    return why === undefined ? reading : { kind: 'invalid', why };
  };
}

const weight = checked(readNumber, (value) => (value < 0 ? `${value} is negative` : undefined));

const kpi = COLUMNS.kpis;
const okr = COLUMNS.okrs;

export const kpiRowSchema = z.object({
  id: text(kpi.id.title),
  name: text(kpi.name.title),
  owner: text(kpi.owner.title),
  unit: text(kpi.unit.title),
  min: optional(kpi.min.title, readNumber),
  max: optional(kpi.max.title, readNumber),
  current: optional(kpi.current.title, readNumber),
  cadence: cellField<Cadence>(kpi.cadence.title, readCadence, () => DEFAULT_CADENCE),
  updated: optional(kpi.updated.title, readDate),
  warnBelow: optional(kpi.warnBelow.title, readNumber),
  warnAbove: optional(kpi.warnAbove.title, readNumber),
  type: optional(kpi.type.title, readKpiType),
});

/** A row of the OKRs tab: an objective row, a key result row, or both at once (flat layout). */
export const keyResultRowSchema = z.object({
  id: text(okr.id.title),
  quarter: text(okr.quarter.title),
  objective: text(okr.objective.title),
  keyResult: text(okr.keyResult.title),
  owner: text(okr.owner.title),
  start: optional(okr.start.title, readNumber),
  target: optional(okr.target.title, readNumber),
  current: optional(okr.current.title, readNumberOrCheckbox),
  unit: text(okr.unit.title),
  weight: cellField<number>(okr.weight.title, weight, () => 1),
  due: optional(okr.due.title, readDate),
  confidence: optional(okr.confidence.title, readConfidence),
  kpi: text(okr.kpi.title),
  team: text(okr.team.title),
  parent: text(okr.parent.title),
});

export type KpiRow = z.infer<typeof kpiRowSchema>;
export type KeyResultRow = z.infer<typeof keyResultRowSchema>;

export type RowResult<T> = { ok: true; row: T } | { ok: false; why: string };

export function parseRow<S extends z.ZodMiniType>(schema: S, cells: Record<string, Cell>): RowResult<z.infer<S>> {
  const result = schema.safeParse(cells);
  if (result.success) return { ok: true, row: result.data };
  return { ok: false, why: result.error.issues.map((issue) => issue.message).join('; ') };
}

/**
 * The cells of one row keyed by column. Unmapped columns are absent unless `keys` lists them (then '');
 * the schemas read an absent column as blank either way.
 */
export function rowCells<C extends string>(
  row: Cell[],
  columns: Partial<Record<C, number>>,
  keys: readonly C[] = Object.keys(columns) as C[],
): Record<C, Cell> {
  const cells = {} as Record<C, Cell>;
  for (const key of keys) {
    const index = columns[key];
    cells[key] = index === undefined ? '' : (row[index] ?? '');
  }
  return cells;
}
