// The OKRs tab as the workbook model holds it: every row parsed once, grouped once into objectives holding
// their key results, each scored and paced. Every job (Refresh, an edit, check-ins, the health check, the
// quarter close) reads these; none parses the rows again.

import { readDate, readNumber, readNumberOrCheckbox, readText, type Cell, type CellReading } from '../cells';
import { STALE_SUFFIX, gradeColour, keyResultStatusColour } from '../colours';
import type { HeaderMatch, OkrColumn } from '../workbook/headers';
import { duplicateIds, objectivePartOf, type IdAllocator } from '../workbook/ids';
import type { KpiLookup } from '../kpi/kpis';
import { dueProblem, elapsedShare, futureCheckInProblem, isCheckInStale, paceStatus } from './pacing';
import { present } from '../present';
import { parseQuarter, quarterOf, type Quarter } from '../quarter';
import { quote, showsNothing } from '../quote';
import { keyResultRowSchema, parseRow, rowCells, type KeyResultRow as ParsedRow } from '../workbook/schemas';
import { objectiveScore, scoreFromValues } from './scoring';
import type { ImportedObjective } from '../teams/importedOkrs';
import { rollUp } from '../teams/rollUp';

/** What Refresh writes on a row: the same four facts for a key result and for an objective. */
export interface Scored {
  /** 0-based index of the row in the table's values (sheet row − 1). */
  readonly row: number;
  readonly id: string;
  /** Set when the row's ID cell was blank and the add-on chose one. */
  readonly newId?: string;
  readonly score: number | '';
  readonly status: string;
  readonly scoreColour: string;
  readonly statusColour: string;
  readonly lastCheckIn: Date | '';
  /**
   * The quarter to write into a blank Quarter cell (see `quarter`), so the row's quarter is pinned while it is
   * true and never moves with the calendar; absent when the cell is filled or the tab has no Quarter column.
   */
  readonly newQuarter?: string;
}

export interface KeyResult extends Scored {
  readonly kind: 'keyResult';
  readonly text: string;
  /** The Owner cell as typed; `ownerOrObjective` falls back to the objective's owner. */
  readonly owner: string;
  readonly ownerOrObjective: string;
  /**
   * The quarter it belongs to: its Quarter cell; when blank, its objective's, else the quarter holding the Due
   * typed in its row (a key result due on 31 December was worked on then, even if read on 2 January), else the
   * quarter a blank cell stands for (today's, or the one a close is closing).
   */
  readonly quarter: string;
  readonly start?: number;
  readonly target?: number;
  /** The Current cell as typed: a number, or TRUE/FALSE for a yes/no key result. */
  readonly current?: number | boolean;
  /** What the key result stands at: its Current, or the linked KPI's when Current is blank. */
  readonly shownCurrent?: number | boolean;
  readonly unit: string;
  readonly weight: number;
  /** Its Due, or its quarter's last day when blank; absent when the row cannot be scored. */
  readonly due?: Date;
  readonly confidence?: number;
  /** The KPI cell as typed (an ID or a name). */
  readonly kpi: string;
  /** Lower-cased ID of the KPI whose Current this key result follows (its own Current is blank). */
  readonly followsKpi?: string;
  /** A yes/no key result: its Current is a checkbox. */
  readonly checkbox: boolean;
  readonly currentIsFormula: boolean;
  /** The objective it belongs to; key results above the first objective belong to none. */
  readonly objectiveId?: string;
  /** Row of the objective this key result belongs to, when the objective has its own row. */
  readonly objectiveRow?: number;
  readonly objectiveText: string;
  /** Its objective's Team (a key result inherits it), else its own Team cell; '' where none is typed. */
  readonly team: string;
  /**
   * Set when its score is rolled up: the IDs of the objectives aligned to it (their Parent names it), whose
   * weighted mean it scores because it has no Current and no linked KPI of its own.
   */
  readonly rolledUpFrom?: readonly string[];
  /** Those of `rolledUpFrom` left out of the mean for want of a score (NO DATA, INVALID); absent when none. */
  readonly rolledUpWithout?: readonly string[];
}

export interface Objective extends Scored {
  readonly kind: 'objective';
  /** The objective's own row (grouped layout); flat layouts have none. */
  readonly ownRow?: number;
  /** First row that names the objective: its own row or its first key result's. */
  readonly firstRow: number;
  readonly text: string;
  readonly owner: string;
  readonly quarter: string;
  /** The Team cell of its own row, else of its first key result's; '' where none is typed. */
  readonly team: string;
  /** The Parent cell (the ID of the objective or key result it contributes to), as typed; '' where blank. */
  readonly parent: string;
  /** Its weight in the roll-up of the key result its Parent names: its own row's Weight cell, else 1. */
  readonly weight: number;
  readonly keyResults: readonly KeyResult[];
}

export type OkrRow =
  | KeyResult
  | (Objective & { readonly ownRow: number })
  | { readonly kind: 'blank'; readonly row: number; readonly id: string };

export interface OkrTableInput {
  readonly values: readonly Cell[][];
  readonly formulas: readonly string[][];
  readonly header: HeaderMatch<OkrColumn>;
  readonly kpis: KpiLookup;
  /** Newest check-in by lower-cased ID, from the part of the log read. */
  readonly checkIns: ReadonlyMap<string, Date>;
  readonly today: Date;
  readonly fiscalStartMonth: number;
  readonly nextId: IdAllocator;
  /** The quarter a blank Quarter cell with nothing else to go by stands for; today's when absent. */
  readonly blankQuarter?: string;
  /** Other teams' objectives: those aligned to a key result here take part in its roll-up. */
  readonly imported?: readonly ImportedObjective[];
}

export interface OkrTable {
  /** Every row below the header, in sheet order: what Refresh writes. */
  readonly rows: OkrRow[];
  readonly objectives: Objective[];
  /** Every key result in sheet order, those under no objective included. */
  readonly keyResults: KeyResult[];
}

interface RowCells {
  readonly row: number;
  readonly kind: 'objective' | 'keyResult' | 'blank';
  readonly cells: Record<OkrColumn, Cell>;
  readonly id: string;
  readonly objective: string;
  readonly quarterText: string;
}

interface Group {
  readonly key: string;
  readonly row?: number;
  readonly members: RowCells[];
}

function classify(row: number, cells: Record<OkrColumn, Cell>): RowCells {
  const keyResult = readText(cells.keyResult);
  const objective = readText(cells.objective);
  // An unticked checkbox alone is an empty template row: Sheets fills a checkbox column with FALSE.
  const hasNumbers =
    readText(cells.start) !== '' ||
    readText(cells.target) !== '' ||
    (cells.current !== false && readText(cells.current) !== '');
  const id = readText(cells.id);
  // An objective row whose text was cleared keeps its ID (O1, no `.n`) and owner: still an objective, INVALID.
  const namelessObjective =
    objective === '' && id !== '' && objectivePartOf(id) === undefined && readText(cells.owner) !== '';
  const kind =
    keyResult !== '' || hasNumbers ? 'keyResult' : objective !== '' || namelessObjective ? 'objective' : 'blank';
  return { row, kind, cells, id, objective, quarterText: readText(cells.quarter) };
}

/**
 * Groups rows into objectives. Grouped layout: an objective row owns the KR rows below it whose Objective
 * cell is blank. Flat layout: KR rows that repeat the same objective text (in the same quarter) share one.
 */
function groupObjectives(rows: readonly RowCells[]): { groups: Group[]; groupOf: Map<number, Group> } {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupOf = new Map<number, Group>();
  let current: Group | undefined;
  const start = (key: string, row?: number): Group => {
    const group: Group = { key, members: [], ...(row === undefined ? {} : { row }) };
    groups.push(group);
    byKey.set(key, group);
    return group;
  };
  for (const row of rows) {
    if (row.kind === 'blank') continue;
    if (row.objective !== '' || row.kind === 'objective') {
      const name = row.objective === '' ? `#${row.id.toLowerCase()}` : row.objective.toLowerCase();
      const key = `${row.quarterText.toLowerCase()}|${name}`;
      if (row.kind === 'objective') current = start(key, row.row);
      else if (current?.key !== key) current = byKey.get(key) ?? start(key);
    }
    if (row.kind === 'keyResult' && current !== undefined) {
      current.members.push(row);
      groupOf.set(row.row, current);
    }
  }
  return { groups, groupOf };
}

/**
 * IDs for rows whose ID cell is blank: an objective row gets O<n>; a key result gets <objective id>.<m>.
 * A flat-layout objective has no row, so its ID is read off its key results' IDs (O3.2 → O3).
 */
function assignIds(
  rows: readonly RowCells[],
  groups: readonly Group[],
  groupOf: ReadonlyMap<number, Group>,
  next: IdAllocator,
) {
  const idOfRow = new Map(rows.map((row) => [row.row, row.id]));
  const groupId = new Map<Group, string>();
  for (const group of groups) {
    const own = group.row === undefined ? '' : (idOfRow.get(group.row) ?? '');
    const fromMembers = group.members
      .map((member) => objectivePartOf(member.id))
      .find((prefix) => prefix !== undefined);
    groupId.set(group, own || fromMembers || next('O'));
  }
  let orphanPrefix: string | undefined;
  const keyResultId = new Map<number, string>();
  for (const row of rows) {
    if (row.kind !== 'keyResult' || row.id !== '') continue;
    const group = groupOf.get(row.row);
    const prefix = group === undefined ? (orphanPrefix ??= next('O')) : present(groupId.get(group), 'an objective ID');
    keyResultId.set(row.row, next(`${prefix}.`));
  }
  return { groupId, keyResultId };
}

function quarterFor(text: string, input: Pick<OkrTableInput, 'today' | 'fiscalStartMonth'>): CellReading<Quarter> {
  const reading = parseQuarter(text, input.fiscalStartMonth);
  return reading.kind === 'blank' ? { kind: 'value', value: quarterOf(input.today, input.fiscalStartMonth) } : reading;
}

function lenient<T>(reading: CellReading<T>): T | undefined {
  return reading.kind === 'value' ? reading.value : undefined;
}

/** The four facts Refresh writes on a row, and the IDs and quarter it fills, for a key result or an objective. */
function scored(facts: {
  row: number;
  id: string;
  newId: string | undefined;
  result: { readonly score: number | ''; readonly status: string };
  lastCheckIn: Date | undefined;
  newQuarter: string | undefined;
}): Scored {
  const { row, id, newId, result, lastCheckIn, newQuarter } = facts;
  return {
    row,
    id,
    ...optional('newId', newId),
    score: result.score,
    status: result.status,
    ...colours(result.score, result.status),
    lastCheckIn: lastCheckIn ?? '',
    ...optional('newQuarter', newQuarter),
  };
}

function colouredResult(result: { readonly score: number | ''; readonly status: string }) {
  return { score: result.score, status: result.status, ...colours(result.score, result.status) };
}

/** A score cell takes its grade colour; with no score it takes the status's grey or purple-grey. */
function colours(score: number | '', status: string): { scoreColour: string; statusColour: string } {
  const statusColour = keyResultStatusColour(status);
  return { scoreColour: score === '' ? statusColour : gradeColour(score), statusColour };
}

interface Outcome {
  readonly score: number | '';
  readonly status: string;
  readonly due?: Date;
  readonly followsKpi?: string;
  readonly shownCurrent?: number | boolean;
}

function invalid(why: string): Outcome {
  return { score: '', status: `INVALID: ${why}` };
}

function scoreKeyResult(
  parsed: ParsedRow,
  quarterText: string,
  input: OkrTableInput,
  lastCheckIn: Date | undefined,
): Outcome {
  const quarter = quarterFor(quarterText, input);
  if (quarter.kind !== 'value') return invalid(quarter.kind === 'invalid' ? quarter.why : 'Quarter: missing');
  const dateProblem =
    (parsed.due === undefined ? undefined : dueProblem(parsed.due, quarter.value)) ??
    (lastCheckIn === undefined ? undefined : futureCheckInProblem(lastCheckIn, input.today));
  if (dateProblem !== undefined) return invalid(dateProblem);
  let current: number | boolean | undefined = parsed.current;
  let followsKpi: string | undefined;
  if (current === undefined && parsed.kpi !== '') {
    const kpi = input.kpis.get(parsed.kpi.toLowerCase());
    if (kpi === undefined) return invalid(`linked KPI ${quote(parsed.kpi)} is not on the KPIs tab`);
    current = kpi.current;
    followsKpi = kpi.id.toLowerCase();
  }
  const following = {
    ...(followsKpi === undefined ? {} : { followsKpi }),
    ...(current === undefined ? {} : { shownCurrent: current }),
  };
  const due = parsed.due ?? quarter.value.end;
  if (current === undefined) return { score: '', status: 'NO DATA', due, ...following };
  const reading = scoreFromValues(parsed.start, parsed.target, current);
  if (reading.kind === 'invalid') return { ...invalid(reading.why), ...following };
  const score = reading.kind === 'value' ? reading.value : 0;
  const pace = paceStatus(score, elapsedShare(quarter.value.start, due, input.today), parsed.confidence);
  const stale = pace !== 'DONE' && lastCheckIn !== undefined && isCheckInStale(lastCheckIn, input.today);
  return { score, status: stale ? `${pace}${STALE_SUFFIX}` : pace, due, ...following };
}

function newest(dates: readonly (Date | '' | undefined)[]): Date | undefined {
  let latest: Date | undefined;
  for (const date of dates) if (typeof date === 'object' && (latest === undefined || date > latest)) latest = date;
  return latest;
}

/**
 * The newest check-in the model knows for a row: the newest in the part of the log read, or the date its
 * Last check-in cell already holds (written when that check-in was read), whichever is later. A row that
 * was only now given its ID has no memory: its cell may have been copied from another row.
 */
function lastCheckInOf(id: string, cell: Cell, input: OkrTableInput, hasOwnId: boolean): Date | undefined {
  const fromLog = input.checkIns.get(id.toLowerCase());
  const remembered = hasOwnId ? lenient(readDate(cell)) : undefined;
  return newest([fromLog, remembered]);
}

/** What is wrong with an objective's own row, whatever its key results: its status then, or undefined. */
function objectiveRowProblem(
  parsed: ReturnType<typeof parseRow<typeof keyResultRowSchema>> | undefined,
  text: string,
  quarterText: string,
  input: OkrTableInput,
): string | undefined {
  if (parsed !== undefined && !parsed.ok) return `INVALID: ${parsed.why}`;
  // Only an objective's own row can be nameless (a flat layout names it on every key result).
  if (parsed !== undefined && text === '')
    return "INVALID: Objective: blank: type the objective's text (its key results still belong to it)";
  const quarter = quarterFor(quarterText, input);
  if (quarter.kind !== 'value') return `INVALID: ${quarter.kind === 'invalid' ? quarter.why : ''}`;
  return undefined;
}

/** An objective's score and pace from its key results: their weighted mean, paced up to their latest Due. */
function objectiveFromMembers(
  quarterText: string,
  members: readonly KeyResult[],
  input: Pick<OkrTableInput, 'today' | 'fiscalStartMonth'>,
): { score: number | ''; status: string } {
  const quarter = quarterFor(quarterText, input);
  if (quarter.kind !== 'value') return { score: '', status: 'NO DATA' };
  const scored = members.filter((member): member is KeyResult & { score: number } => member.score !== '');
  const score = objectiveScore(scored.map((member) => ({ score: member.score, weight: member.weight })));
  if (score === undefined && scored.length > 0)
    return { score: '', status: 'INVALID: Weight: every key result weighs 0, so none counts' };
  if (score === undefined) return { score: '', status: 'NO DATA' };
  const lastDue = scored.reduce<Date>(
    (latest, member) => (member.due !== undefined && member.due > latest ? member.due : latest),
    quarter.value.start,
  );
  return { score, status: paceStatus(score, elapsedShare(quarter.value.start, lastDue, input.today)) };
}

/** The quarter a row belongs to (KeyResult.quarter): what it says, else what it says it is due in, else the default. */
function quarterFromRow(own: string, objective: string, due: Date | undefined, input: OkrTableInput): string {
  if (own !== '') return own;
  if (objective !== '') return objective;
  if (due !== undefined) return quarterOf(due, input.fiscalStartMonth).label;
  return input.blankQuarter ?? quarterOf(input.today, input.fiscalStartMonth).label;
}

/** A blank Quarter cell is pinned to the quarter the row belongs to now. */
function pinQuarter(own: string, quarter: string, input: OkrTableInput): string | undefined {
  return own !== '' || input.header.columns.quarter === undefined ? undefined : quarter;
}

/**
 * Why a key result row cannot be told apart by a person: no text of its own (a flat-layout row may go by its
 * objective's), or text that shows nothing (a zero-width space). Undefined when it has a name.
 */
function unnamedKeyResult(text: string, objective: string): string | undefined {
  if (text === '') return objective === '' ? 'Key Result: blank: name the outcome this row measures' : undefined;
  return showsNothing(text)
    ? `Key Result: ${quote(text)} shows nothing: name the outcome this row measures`
    : undefined;
}

function formulaIn(input: OkrTableInput, row: number, column: number | undefined): boolean {
  return column !== undefined && (input.formulas[row]?.[column] ?? '') !== '';
}

/** Scores every row of the OKRs tab. Pure: the caller reads the tab once and writes the results once. */
export function scoreOkrs(input: OkrTableInput): OkrTable {
  const { header, values } = input;
  const rows: RowCells[] = [];
  for (let row = header.row + 1; row < values.length; row += 1) {
    rows.push(classify(row, rowCells(values[row] ?? [], header.columns)));
  }
  const { groups, groupOf } = groupObjectives(rows);
  const duplicates = duplicateIds(rows.map((row) => ({ row: row.row, id: row.id })));
  const { groupId, keyResultId } = assignIds(rows, groups, groupOf, input.nextId);
  const groupRow = new Map(groups.flatMap((group) => (group.row === undefined ? [] : [[group.row, group] as const])));
  const ownCells = new Map(rows.map((row) => [row.row, row]));

  const keyResults = new Map<number, KeyResult>();
  for (const row of rows) {
    if (row.kind !== 'keyResult') continue;
    const group = groupOf.get(row.row);
    const groupCells = group?.row === undefined ? undefined : ownCells.get(group.row);
    const objectiveText = group === undefined ? '' : readText((groupCells ?? row).cells.objective) || row.objective;
    const objectiveOwner = readText(groupCells?.cells.owner ?? '');
    const newId = row.id === '' ? keyResultId.get(row.row) : undefined;
    const id = row.id || newId || '';
    const quarter = quarterFromRow(
      row.quarterText,
      groupCells?.quarterText ?? '',
      lenient(readDate(row.cells.due)),
      input,
    );
    const newQuarter = pinQuarter(row.quarterText, quarter, input);
    const parsed = parseRow(keyResultRowSchema, row.cells);
    const lastCheckIn = lastCheckInOf(id, row.cells.lastCheckIn, input, newId === undefined);
    const duplicate = duplicates.get(row.row);
    const unnamed = unnamedKeyResult(readText(row.cells.keyResult), row.objective);
    const outcome =
      duplicate !== undefined
        ? invalid(duplicate)
        : unnamed !== undefined
          ? invalid(unnamed)
          : parsed.ok
            ? scoreKeyResult(parsed.row, quarter, input, lastCheckIn)
            : invalid(parsed.why);
    const owner = readText(row.cells.owner);
    const current = lenient(readNumberOrCheckbox(row.cells.current));
    const confidence = lenient(readNumber(row.cells.confidence));
    const objectiveId = group === undefined ? undefined : groupId.get(group);
    const team = readText(groupCells?.cells.team ?? '') || readText(group?.members[0]?.cells.team ?? '');
    keyResults.set(row.row, {
      kind: 'keyResult',
      ...scored({ row: row.row, id, newId, result: outcome, lastCheckIn, newQuarter }),
      text: readText(row.cells.keyResult),
      owner,
      ownerOrObjective: owner || objectiveOwner,
      quarter,
      ...optional('start', lenient(readNumber(row.cells.start))),
      ...optional('target', lenient(readNumber(row.cells.target))),
      ...optional('current', current),
      ...optional('shownCurrent', outcome.shownCurrent ?? current),
      unit: readText(row.cells.unit),
      weight: lenient(readNumber(row.cells.weight)) ?? 1,
      ...optional('due', outcome.due),
      ...optional('confidence', confidence),
      kpi: readText(row.cells.kpi),
      ...optional('followsKpi', outcome.followsKpi),
      checkbox: typeof row.cells.current === 'boolean',
      currentIsFormula: formulaIn(input, row.row, header.columns.current),
      ...optional('objectiveId', objectiveId),
      ...optional('objectiveRow', group?.row),
      objectiveText,
      team: team || readText(row.cells.team),
    });
  }

  // Objectives whose own row says what is wrong keep it, whatever a roll-up does to their key results.
  const withOwnProblem = new Set<Objective>();
  const baseObjectives = groups.map((group): Objective => {
    const members = group.members.map((member) =>
      present(keyResults.get(member.row), `the key result of row ${member.row + 1}`),
    );
    const own = group.row === undefined ? undefined : ownCells.get(group.row);
    // A group without its own row was started by a key result, so it has one.
    const first = own ?? present(group.members[0], 'the first key result of an objective');
    const id = present(groupId.get(group), 'an objective ID');
    const newId = own !== undefined && own.id === '' ? id : undefined;
    const duplicate = own === undefined ? undefined : duplicates.get(own.row);
    const parsed = own === undefined ? undefined : parseRow(keyResultRowSchema, own.cells);
    // An objective belongs where it says, else where its first key result does.
    const quarterOfObjective = first.quarterText || members[0]?.quarter || quarterFromRow('', '', undefined, input);
    const problem =
      duplicate !== undefined
        ? `INVALID: ${duplicate}`
        : objectiveRowProblem(parsed, first.objective, quarterOfObjective, input);
    const result =
      problem !== undefined
        ? { score: '' as const, status: problem }
        : objectiveFromMembers(quarterOfObjective, members, input);
    const objective: Objective = {
      kind: 'objective',
      ...scored({
        row: first.row,
        id,
        newId,
        result,
        lastCheckIn: newest(members.map((member) => member.lastCheckIn)),
        newQuarter: own === undefined ? undefined : pinQuarter(own.quarterText, quarterOfObjective, input),
      }),
      ...optional('ownRow', group.row),
      firstRow: first.row,
      text: first.objective,
      owner: own === undefined ? '' : readText(own.cells.owner),
      quarter: quarterOfObjective,
      team: readText(first.cells.team) || readText(group.members[0]?.cells.team ?? ''),
      // A Parent typed on any row of the objective is its own (a flat layout repeats the objective on every
      // row), as an edit finds it: the objective's row first, then its key results in sheet order.
      parent: [first, ...group.members].map((row) => readText(row.cells.parent)).find((text) => text !== '') ?? '',
      weight: own === undefined ? 1 : (lenient(readNumber(own.cells.weight)) ?? 1),
      keyResults: members,
    };
    if (problem !== undefined) withOwnProblem.add(objective);
    return objective;
  });

  const rolled = rollUp({
    objectives: baseObjectives,
    orphans: [...keyResults.values()].filter((keyResult) => keyResult.objectiveId === undefined),
    imported: input.imported ?? [],
    today: input.today,
    fiscalStartMonth: input.fiscalStartMonth,
    rescore: (objective, members) => ({
      ...objective,
      ...(withOwnProblem.has(objective) ? {} : colouredResult(objectiveFromMembers(objective.quarter, members, input))),
      keyResults: members,
    }),
  });
  const objectives = [...rolled.objectives];
  for (const [row, keyResult] of keyResults) keyResults.set(row, rolled.keyResults.get(keyResult) ?? keyResult);

  const objectiveByRow = new Map(
    objectives.flatMap((objective) => (objective.ownRow === undefined ? [] : [[objective.ownRow, objective] as const])),
  );
  const tableRows = rows.map((row): OkrRow => {
    if (row.kind === 'keyResult') return present(keyResults.get(row.row), `the key result of row ${row.row + 1}`);
    const objective = objectiveByRow.get(row.row);
    if (row.kind === 'objective' && objective !== undefined && groupRow.has(row.row))
      return objective as Objective & { ownRow: number };
    return { kind: 'blank', row: row.row, id: row.id };
  });
  return { rows: tableRows, objectives, keyResults: [...keyResults.values()] };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}
