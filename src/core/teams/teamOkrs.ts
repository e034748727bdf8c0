// Reads the Team OKRs tab back: for each team's band, whether its import shows data, and if so the team's
// objectives and key results, found by the same header synonyms and grouped by the same code as the local OKRs
// tab, so a team file with another column order or its own names for the columns maps all the same. Scores and
// statuses are the team's own, as its file shows them.

import { errorValue, readNumber, readText, type Cell } from '../cells';
import { findHeader, type HeaderMatch, type OkrColumn } from '../workbook/headers';
import { idAllocator } from '../workbook/ids';
import { scoreOkrs, type Objective } from '../okr/okrs';
import { objectiveScore } from '../okr/scoring';
import type { ImportedKeyResult, ImportedObjective } from './importedOkrs';
import { parseQuarter, quarterOf } from '../quarter';
import {
  BAND_WIDTH,
  IMPORTED_COLUMNS,
  IMPORTED_ROWS,
  IMPORT_ROW,
  STATUS_ROW,
  TITLE_ROW,
  columnLetter,
  importCellA1,
} from './teamOkrsLayout';
import { NOT_IMPORTED, type TeamState } from './teamStatus';
import { teamSource, type TeamSource } from './teamsTab';

export interface TeamImport {
  /** 0-based band on the tab, left to right. */
  readonly band: number;
  readonly team: TeamSource;
  readonly state: TeamState;
  /** The status line the band shows now. */
  readonly shownStatus: string;
}

export interface TeamOkrs {
  readonly teams: readonly TeamImport[];
  readonly objectives: readonly ImportedObjective[];
}

const NO_TEAMS: TeamOkrs = { teams: [], objectives: [] };

/**
 * A block that shows no data yet: an error in its anchor (#REF! before "Allow access", or a spill blocked by
 * something typed into the block, told apart by that typed cell) or Sheets' "Loading…".
 */
function anchorState(block: readonly (readonly Cell[])[], team: TeamSource, band: number): TeamState | undefined {
  const anchor = block[0]?.[0] ?? '';
  if (typeof anchor === 'string' && /^loading/i.test(anchor.trim())) return { kind: 'loading' };
  if (errorValue(anchor) === undefined) return undefined;
  // A spill that did not happen leaves the block blank: any other cell in it was typed there by a person.
  for (const [row, cells] of block.entries()) {
    const column = cells.findIndex((cell, index) => (row > 0 || index > 0) && readText(cell) !== '');
    if (column >= 0)
      return { kind: 'blocked', cell: `${columnLetter(band * BAND_WIDTH + column + 1)}${IMPORT_ROW + row + 1}` };
  }
  return { kind: 'notConnected', cell: importCellA1(band), tab: team.tab };
}

/**
 * The number a Score cell of the team's file shows; '' for blank, text, or a number outside 0–1: a score is 0–1,
 * so 1e308 or -5 is a typo there, and counted as a score it would swamp the roll-up's mean.
 */
function scoreIn(cells: readonly Cell[] | undefined, column: number | undefined): number | '' {
  if (cells === undefined || column === undefined) return '';
  const reading = readNumber(cells[column] ?? '');
  return reading.kind === 'value' && reading.value >= 0 && reading.value <= 1 ? reading.value : '';
}

/** The team's own Score and Status of a row, where its file has those columns; else what the add-on computes. */
function ownResult(
  block: readonly Cell[][],
  header: HeaderMatch<OkrColumn>,
  row: number | undefined,
  computed: { readonly score: number | ''; readonly status: string },
): { score: number | ''; status: string } {
  const { score, status } = header.columns;
  if (score === undefined && status === undefined) return { score: computed.score, status: computed.status };
  const cells = row === undefined ? undefined : block[row];
  return {
    score: scoreIn(cells, score),
    status: cells === undefined || status === undefined ? '' : readText(cells[status] ?? ''),
  };
}

function imported(
  objective: Objective,
  block: readonly Cell[][],
  header: HeaderMatch<OkrColumn>,
  team: TeamSource,
): ImportedObjective {
  const keyResults = objective.keyResults.map((keyResult): ImportedKeyResult => ({
    id: keyResult.id,
    text: keyResult.text,
    owner: keyResult.ownerOrObjective,
    ...ownResult(block, header, keyResult.row, keyResult),
    weight: keyResult.weight,
  }));
  const own =
    objective.ownRow === undefined
      ? { score: objective.score, status: objective.status }
      : ownResult(block, header, objective.ownRow, objective);
  return {
    id: objective.id,
    text: objective.text,
    owner: objective.owner,
    team: objective.team || team.team,
    parent: objective.parent,
    quarter: objective.quarter,
    // A flat layout has no objective row, and a team may not have refreshed one: the weighted mean of its key
    // results' own scores stands in, as its Refresh would write it.
    ...own,
    score: own.score === '' ? (meanOf(keyResults) ?? '') : own.score,
    keyResults,
    source: team.source,
  };
}

function meanOf(keyResults: readonly ImportedKeyResult[]): number | undefined {
  return objectiveScore(keyResults.flatMap(({ score, weight }) => (score === '' ? [] : [{ score, weight }])));
}

/** The quarter a Quarter cell names, by label ("Q4 2026" and "2026-Q4" alike); undefined when it names none. */
function quarterLabel(text: string, fiscalStartMonth: number): string | undefined {
  const reading = parseQuarter(text, fiscalStartMonth);
  return reading.kind === 'value' ? reading.value.label : undefined;
}

function band(values: readonly (readonly Cell[])[], index: number, today: Date, fiscalStartMonth: number) {
  const first = index * BAND_WIDTH;
  const title = values[TITLE_ROW] ?? [];
  const text = (column: number): string => readText(title[first + column] ?? '');
  if (text(0) === '' && text(1) === '') return undefined;
  const team = teamSource(index, text(0), text(1), text(2));
  const shownStatus = readText(values[STATUS_ROW]?.[first] ?? '');
  const done = (state: TeamState, objectives: ImportedObjective[] = []) => ({
    team: { band: index, team, state, shownStatus },
    objectives,
  });
  // Roll up teams wrote no formula for a row it refused; only its next run can change that, so the line stays
  // (it may say more than the title row can: a Teams cell holding an error value is text once copied here).
  if (shownStatus.startsWith(NOT_IMPORTED)) return done({ kind: 'refused', line: shownStatus });
  if (team.problem !== undefined) return done({ kind: 'invalid', problem: team.problem });
  // Only the rows and columns the import fills are the team's: a note typed below them is not one of its rows.
  const block = values
    .slice(IMPORT_ROW, IMPORT_ROW + IMPORTED_ROWS)
    .map((row) => row.slice(first, first + IMPORTED_COLUMNS));
  const notShowing = anchorState(block, team, index);
  const found = findHeader('okrs', block);
  // An error in the team's own A1 (a title formula that fails) looks like a blocked spill, but its header shows.
  if (notShowing !== undefined && !(notShowing.kind === 'blocked' && found.ok)) return done(notShowing);
  if (!found.ok) return done({ kind: 'noHeader', tab: team.tab, missing: found.missing });
  const { header } = found;
  const ids = header.columns.id === undefined ? [] : block.map((row) => readText(row[header.columns.id ?? 0] ?? ''));
  const table = scoreOkrs({
    values: block,
    formulas: [],
    header,
    kpis: new Map(),
    checkIns: new Map(),
    today,
    fiscalStartMonth,
    nextId: idAllocator(ids),
  });
  const current = quarterOf(today, fiscalStartMonth).label;
  const inQuarter = table.objectives.filter(
    (objective) => quarterLabel(objective.quarter, fiscalStartMonth) === current,
  );
  const objectives = inQuarter.map((objective) => imported(objective, block, header, team));
  const keyResults = objectives.reduce((sum, objective) => sum + objective.keyResults.length, 0);
  const lastRow = block[IMPORTED_ROWS - 1];
  const full = lastRow !== undefined && lastRow.some((cell) => readText(cell) !== '');
  const otherQuarters = table.objectives.length - inQuarter.length;
  return done({ kind: 'connected', objectives: objectives.length, keyResults, otherQuarters, full }, objectives);
}

/**
 * Every team's band on the Team OKRs tab (its values as read, one call), with what its import shows; a band
 * that shows no data (not connected, loading, a bad URL) yields no objectives and never stops the rest.
 */
export function readTeamOkrs(values: readonly (readonly Cell[])[], today: Date, fiscalStartMonth: number): TeamOkrs {
  const width = values[TITLE_ROW]?.length ?? 0;
  if (width === 0) return NO_TEAMS;
  const teams: TeamImport[] = [];
  const objectives: ImportedObjective[] = [];
  for (let index = 0; index * BAND_WIDTH < width; index += 1) {
    const read = band(values, index, today, fiscalStartMonth);
    if (read === undefined) continue;
    teams.push(read.team);
    objectives.push(...read.objectives);
  }
  return { teams, objectives };
}
