import { readText, type Cell } from './cells';
import { STALE_SUFFIX, gradeColour, keyResultStatusColour } from './colours';
import type { HeaderMatch, OkrColumn } from './headers';
import { duplicateIds, idAllocator, objectivePartOf } from './ids';
import { dueProblem, elapsedShare, futureCheckInProblem, isCheckInStale, paceStatus } from './pacing';
import { parseQuarter, quarterOf, type Quarter } from './quarter';
import { quote } from './quote';
import { keyResultRowSchema, parseRow, rowCells, type KeyResultRow } from './schemas';
import { objectiveScore, scoreFromValues } from './scoring';
import type { KpiLookup } from './kpiTable';
import type { CheckInLookup } from './checkIns';

export interface OkrRowResult {
  /** 0-based index of the row in the table's values (sheet row − 1). */
  readonly row: number;
  readonly kind: 'objective' | 'keyResult' | 'blank';
  readonly id: string;
  /** Set when the row's ID cell was blank and the add-on chose one. */
  readonly newId?: string;
  readonly score: number | '';
  readonly status: string;
  readonly lastCheckIn: Date | '';
  readonly scoreColour: string | null;
  readonly statusColour: string | null;
  /** Row of the objective this key result belongs to, when the objective has its own row. */
  readonly objectiveRow?: number;
  /** ID of the objective this key result belongs to (grouped or flat layout). */
  readonly objectiveId?: string;
  /** Lower-cased ID of the KPI whose Current this key result follows (its own Current is blank). */
  readonly followsKpi?: string;
}

export interface OkrTableInput {
  readonly values: Cell[][];
  readonly header: HeaderMatch<OkrColumn>;
  readonly kpis: KpiLookup;
  readonly checkIns: CheckInLookup;
  readonly today: Date;
  readonly fiscalStartMonth: number;
}

interface ParsedRow {
  readonly row: number;
  readonly kind: OkrRowResult['kind'];
  readonly parsed: { ok: true; row: KeyResultRow } | { ok: false; why: string };
  readonly id: string;
  readonly objective: string;
  readonly keyResult: string;
  readonly quarterText: string;
}

interface Objective {
  readonly key: string;
  readonly row?: number;
  readonly members: number[];
}

function classify(row: number, cells: Record<OkrColumn, Cell>): ParsedRow {
  const keyResult = readText(cells.keyResult);
  const objective = readText(cells.objective);
  // An unticked checkbox alone is an empty template row: Sheets fills a checkbox column with FALSE.
  const hasNumbers = readText(cells.start) !== '' || readText(cells.target) !== '' ||
    (cells.current !== false && readText(cells.current) !== '');
  const kind = keyResult !== '' || hasNumbers ? 'keyResult' : objective !== '' ? 'objective' : 'blank';
  return {
    row,
    kind,
    parsed: parseRow(keyResultRowSchema, cells),
    id: readText(cells.id),
    objective,
    keyResult,
    quarterText: readText(cells.quarter),
  };
}

/**
 * Groups rows into objectives. Grouped layout: an objective row owns the KR rows below it whose Objective
 * cell is blank. Flat layout: KR rows that repeat the same objective text (in the same quarter) share one.
 */
function groupObjectives(rows: readonly ParsedRow[]): { objectives: Objective[]; objectiveOf: Map<number, Objective> } {
  const objectives: Objective[] = [];
  const byKey = new Map<string, Objective>();
  const objectiveOf = new Map<number, Objective>();
  let current: Objective | undefined;
  const start = (key: string, row?: number): Objective => {
    const objective: Objective = { key, members: [], ...(row === undefined ? {} : { row }) };
    objectives.push(objective);
    byKey.set(key, objective);
    return objective;
  };
  for (const row of rows) {
    if (row.kind === 'blank') continue;
    if (row.objective !== '') {
      const key = `${row.quarterText.toLowerCase()}|${row.objective.toLowerCase()}`;
      if (row.kind === 'objective') current = start(key, row.row);
      else if (current?.key !== key) current = byKey.get(key) ?? start(key);
    }
    if (row.kind === 'keyResult' && current !== undefined) {
      current.members.push(row.row);
      objectiveOf.set(row.row, current);
    }
  }
  return { objectives, objectiveOf };
}

function quarterFor(row: ParsedRow, input: OkrTableInput): { ok: true; quarter: Quarter } | { ok: false; why: string } {
  const reading = parseQuarter(row.quarterText, input.fiscalStartMonth);
  if (reading.kind === 'invalid') return { ok: false, why: reading.why };
  return { ok: true, quarter: reading.kind === 'value' ? reading.value : quarterOf(input.today, input.fiscalStartMonth) };
}

interface KeyResultOutcome {
  readonly score: number | '';
  readonly status: string;
  readonly weight: number;
  readonly due?: Date;
  readonly followsKpi?: string;
}

function invalid(why: string): KeyResultOutcome {
  return { score: '', status: `INVALID: ${why}`, weight: 0 };
}

function scoreKeyResult(row: ParsedRow, input: OkrTableInput, lastCheckIn: Date | undefined): KeyResultOutcome {
  if (!row.parsed.ok) return invalid(row.parsed.why);
  const keyResult = row.parsed.row;
  const quarter = quarterFor(row, input);
  if (!quarter.ok) return invalid(quarter.why);
  const dateProblem = (keyResult.due === undefined ? undefined : dueProblem(keyResult.due, quarter.quarter))
    ?? (lastCheckIn === undefined ? undefined : futureCheckInProblem(lastCheckIn, input.today));
  if (dateProblem !== undefined) return invalid(dateProblem);
  let current: number | boolean | undefined = keyResult.current;
  let followsKpi: string | undefined;
  if (current === undefined && keyResult.kpi !== '') {
    const kpi = input.kpis.get(keyResult.kpi.toLowerCase());
    if (kpi === undefined) return invalid(`linked KPI ${quote(keyResult.kpi)} is not on the KPIs tab`);
    current = kpi.current;
    followsKpi = kpi.id.toLowerCase();
  }
  const following = followsKpi === undefined ? {} : { followsKpi };
  const due = keyResult.due ?? quarter.quarter.end;
  if (current === undefined) return { score: '', status: 'NO DATA', weight: 0, due, ...following };
  const reading = scoreFromValues(keyResult.start, keyResult.target, current);
  if (reading.kind === 'invalid') return { ...invalid(reading.why), ...following };
  const score = reading.kind === 'value' ? reading.value : 0;
  const pace = paceStatus(score, elapsedShare(quarter.quarter.start, due, input.today), keyResult.confidence);
  const stale = pace !== 'DONE' && lastCheckIn !== undefined && isCheckInStale(lastCheckIn, input.today);
  return { score, status: stale ? `${pace}${STALE_SUFFIX}` : pace, weight: keyResult.weight, due, ...following };
}

function scoreObjective(
  row: ParsedRow,
  members: readonly KeyResultOutcome[],
  input: OkrTableInput,
): { score: number | ''; status: string } {
  if (!row.parsed.ok) return { score: '', status: `INVALID: ${row.parsed.why}` };
  const quarter = quarterFor(row, input);
  if (!quarter.ok) return { score: '', status: `INVALID: ${quarter.why}` };
  const scored = members.filter((member): member is KeyResultOutcome & { score: number } => member.score !== '');
  const score = objectiveScore(scored.map((member) => ({ score: member.score, weight: member.weight })));
  if (score === undefined) return { score: '', status: 'NO DATA' };
  const lastDue = scored.reduce<Date>(
    (latest, member) => (member.due !== undefined && member.due > latest ? member.due : latest),
    quarter.quarter.start,
  );
  return { score, status: paceStatus(score, elapsedShare(quarter.quarter.start, lastDue, input.today)) };
}

function newest(dates: readonly (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>((latest, date) => (date !== undefined && (latest === undefined || date > latest) ? date : latest), undefined);
}

/**
 * IDs for rows whose ID cell is blank: an objective row gets O<n>; a key result gets <objective id>.<m>.
 * A flat-layout objective has no row, so its ID is read off its key results' IDs (O3.2 → O3).
 */
function assignIds(
  rows: readonly ParsedRow[],
  objectives: readonly Objective[],
  objectiveOf: ReadonlyMap<number, Objective>,
): { objectiveIdOf: Map<Objective, string>; keyResultIdOf: Map<number, string> } {
  // A flat table holds only KR IDs (O1.1…), so the objective numbers they carry count as taken too.
  const next = idAllocator(rows.flatMap((row) => [row.id, objectivePartOf(row.id) ?? '']));
  const idOfRow = new Map(rows.map((row) => [row.row, row.id]));
  const objectiveIdOf = new Map<Objective, string>();
  for (const objective of objectives) {
    const own = objective.row === undefined ? '' : idOfRow.get(objective.row) ?? '';
    const fromMembers = objective.members
      .map((member) => objectivePartOf(idOfRow.get(member) ?? ''))
      .find((prefix) => prefix !== undefined);
    objectiveIdOf.set(objective, own || fromMembers || next('O'));
  }
  let orphanPrefix: string | undefined;
  const keyResultIdOf = new Map<number, string>();
  for (const row of rows) {
    if (row.kind !== 'keyResult' || row.id !== '') continue;
    const objective = objectiveOf.get(row.row);
    const prefix = objective === undefined ? (orphanPrefix ??= next('O')) : objectiveIdOf.get(objective)!;
    keyResultIdOf.set(row.row, next(`${prefix}.`));
  }
  return { objectiveIdOf, keyResultIdOf };
}

/** Scores every row of the OKRs tab. Pure: the caller reads the tab once and writes the results once. */
export function scoreOkrTable(input: OkrTableInput): OkrRowResult[] {
  const { header, values } = input;
  const rows: ParsedRow[] = [];
  for (let row = header.row + 1; row < values.length; row += 1) {
    rows.push(classify(row, rowCells(values[row] ?? [], header.columns)));
  }
  const { objectives, objectiveOf } = groupObjectives(rows);
  const duplicates = duplicateIds(rows.map((row) => ({ row: row.row, id: row.id })));
  const { objectiveIdOf, keyResultIdOf } = assignIds(rows, objectives, objectiveOf);

  const outcomes = new Map<number, KeyResultOutcome>();
  const lastCheckIns = new Map<number, Date | undefined>();
  for (const row of rows) {
    if (row.kind !== 'keyResult') continue;
    const id = row.id || keyResultIdOf.get(row.row) || '';
    const lastCheckIn = input.checkIns.get(id.toLowerCase());
    lastCheckIns.set(row.row, lastCheckIn);
    const duplicate = duplicates.get(row.row);
    outcomes.set(row.row, duplicate !== undefined ? invalid(duplicate) : scoreKeyResult(row, input, lastCheckIn));
  }

  const objectiveByRow = new Map<number, Objective>();
  for (const objective of objectives) if (objective.row !== undefined) objectiveByRow.set(objective.row, objective);
  return rows.map((row): OkrRowResult => {
    if (row.kind === 'blank') {
      return { row: row.row, kind: 'blank', id: row.id, score: '', status: '', lastCheckIn: '', scoreColour: null, statusColour: null };
    }
    const newId = row.id === '' ? (row.kind === 'objective' ? objectiveIdOf.get(objectiveByRow.get(row.row)!) : keyResultIdOf.get(row.row)) : undefined;
    const id = row.id || newId || '';
    const idPart = newId === undefined ? {} : { newId };
    if (row.kind === 'objective') {
      const objective = objectiveByRow.get(row.row)!;
      const duplicate = duplicates.get(row.row);
      const result = duplicate !== undefined
        ? { score: '' as const, status: `INVALID: ${duplicate}` }
        : scoreObjective(row, objective.members.map((member) => outcomes.get(member)!), input);
      const lastCheckIn = newest(objective.members.map((member) => lastCheckIns.get(member))) ?? '';
      return {
        row: row.row, ...idPart, kind: 'objective', id, score: result.score, status: result.status, lastCheckIn,
        scoreColour: colourForScore(result.score, result.status), statusColour: keyResultStatusColour(result.status),
      };
    }
    const outcome = outcomes.get(row.row)!;
    const objective = objectiveOf.get(row.row);
    const objectiveRow = objective?.row;
    const objectiveId = objective === undefined ? undefined : objectiveIdOf.get(objective);
    return {
      row: row.row, ...idPart, kind: 'keyResult', id, score: outcome.score, status: outcome.status,
      lastCheckIn: lastCheckIns.get(row.row) ?? '',
      scoreColour: colourForScore(outcome.score, outcome.status), statusColour: keyResultStatusColour(outcome.status),
      ...(objectiveRow === undefined ? {} : { objectiveRow }),
      ...(objectiveId === undefined ? {} : { objectiveId }),
      ...(outcome.followsKpi === undefined ? {} : { followsKpi: outcome.followsKpi }),
    };
  });
}

/** A score cell takes its grade colour; with no score it takes the status's grey or purple-grey. */
function colourForScore(score: number | '', status: string): string {
  return score === '' ? keyResultStatusColour(status) : gradeColour(score);
}
