// What Start new quarter will do, computed from the tabs as read and before anything changes: which
// quarter closes (quarterChoice.ts), its grades, the archive's name, the KPI bounds that move, and what the OKRs tab keeps.
// A quarter already closed, or a close to resume, is recognised here so the dialog can say so.

import { checkInEntries, historyEntries } from '../checkIn/log';
import { isoDate, localDate } from '../dates';
import type { Objective } from '../okr/okrs';
import { nextQuarter, parseQuarter, quarterOf } from '../quarter';
import { planRefresh, type RefreshInput, type RefreshPlan } from '../workbook/refresh';
import { gradesOf, type Grades } from './grades';
import { closeDay } from './closeRun';
import { boundMoves, type BoundMove } from './kpiBounds';
import { kpiConfirms, type KpiConfirm } from './kpiConfirms';
import { isFinished, type CloseStep, type Journal } from './journal';
import { parentsLeftBehind, type ParentLeftBehind } from './parentsLeftBehind';
import { quarterRows, removedRows } from './roll';
import { archivedQuarters, chooseQuarter, latestClosed, namedQuarters, type QuarterChoice } from './quarterChoice';

export interface CloseInput extends RefreshInput {
  /** Every tab's name, to spot an archive that already exists. */
  readonly sheetNames: readonly string[];
  readonly journal?: Journal;
}

export interface ClosePlan {
  readonly quarter: string;
  readonly next: string;
  readonly archive: string;
  readonly grades: Grades;
  readonly boundMoves: BoundMove[];
  /** What each linked KPI did over the quarter (the KPI confirms). */
  readonly confirms: KpiConfirm[];
  /** Key results the live tab keeps with *keep unfinished key results*. */
  readonly kept: number;
  /**
   * Objectives that stay (on the OKRs tab, or imported from a team's spreadsheet) whose Parent names a row the
   * close removes, for each choice: met key results go with *keep*, the whole quarter with *start empty*.
   */
  readonly parentsLeftBehind: { readonly keep: ParentLeftBehind[]; readonly empty: ParentLeftBehind[] };
  /**
   * Set when the quarter closed has not ended (no ended quarter is open): the dialog says so plainly,
   * day `day` of `days`, ending on `end` (`2027-09-30`).
   */
  readonly early?: { readonly day: number; readonly days: number; readonly end: string };
  /** A close of this quarter that stopped part-way: confirming finishes it with its own choice. */
  readonly resume?: { readonly mode: Journal['mode']; readonly done: CloseStep[] };
  /** The scored tabs: the first step writes these patches. */
  readonly refresh: Extract<RefreshPlan, { ok: true }>;
}

export type CloseResult = { ok: false; message: string } | { ok: true; plan: ClosePlan };

function archiveName(okrTabName: string, quarter: string): string {
  return `${okrTabName} ${quarter}`;
}

/**
 * The objectives and key results of the quarter being closed; rows of other quarters (left over, or
 * planned ahead) are archived with the tab but the close leaves them as they are. A blank Quarter belongs.
 */
export function ofQuarter(objectives: readonly Objective[], label: string, fiscalStartMonth: number): Objective[] {
  const belongs = (text: string): boolean => {
    const reading = parseQuarter(text, fiscalStartMonth);
    return reading.kind === 'blank' || (reading.kind === 'value' && reading.value.label === label);
  };
  return objectives.flatMap((objective) => {
    const keyResults = objective.keyResults.filter((keyResult) => belongs(keyResult.quarter));
    if (keyResults.length === 0 && (objective.keyResults.length > 0 || !belongs(objective.quarter))) return [];
    // An objective that also holds other quarters' key results keeps its own row untouched.
    const { ownRow, ...rest } = objective;
    return [
      keyResults.length === objective.keyResults.length && ownRow !== undefined
        ? { ...rest, ownRow, keyResults }
        : { ...rest, keyResults },
    ];
  });
}

export function planClose(input: CloseInput, okrTabName: string): CloseResult {
  const read = planRefresh(input);
  if (!read.ok) return { ok: false, message: `Nothing was changed.\n\n${read.problems.join('\n\n')}` };
  const journal = input.journal !== undefined && !isFinished(input.journal) ? input.journal : undefined;
  let early: ClosePlan['early'];
  let quarter: string;
  if (journal !== undefined) quarter = journal.quarter;
  else {
    const chosen = choose(input, read.workbook.objectives, okrTabName);
    if (!chosen.ok) return chosen;
    quarter = chosen.choice.quarter.label;
    if (chosen.choice.kind === 'current')
      early = { day: chosen.choice.day, days: chosen.choice.days, end: isoDate(chosen.choice.quarter.end) };
  }
  // A blank Quarter with nothing else to go by belongs to the quarter being closed: it is scored, written and
  // archived as that quarter's, not as today's.
  const refresh = quarter === read.workbook.quarter.label ? read : planRefresh({ ...input, blankQuarter: quarter });
  if (!refresh.ok) return { ok: false, message: `Nothing was changed.\n\n${refresh.problems.join('\n\n')}` };
  const objectives = ofQuarter(refresh.workbook.objectives, quarter, input.fiscalStartMonth);
  const parsed = parseQuarter(quarter, input.fiscalStartMonth);
  const closing = parsed.kind === 'value' ? parsed.value : quarterOf(input.today, input.fiscalStartMonth);
  const grades = gradesOf(objectives);
  const moves = journal?.boundMoves ?? boundMoves(objectives, refresh.workbook.kpiByKey);
  const today = input.today;
  const confirms = kpiConfirms({
    objectives,
    kpis: refresh.workbook.kpiByKey,
    snapshots: input.kpiHistory === undefined ? [] : historyEntries(input.kpiHistory.values),
    checkIns: input.checkIns === undefined ? [] : checkInEntries(input.checkIns.values),
    quarter: closing,
    // A re-run judges from the day the close began: KPI History rows of that day on are its own.
    closeDay:
      journal === undefined ? localDate(today.getFullYear(), today.getMonth(), today.getDate()) : closeDay(journal),
    boundMoves: moves,
  });
  const next = journal?.next ?? nextQuarter(closing, input.fiscalStartMonth).label;
  const leftBehind = (leaving: ReturnType<typeof removedRows>): ParentLeftBehind[] =>
    parentsLeftBehind(refresh.workbook.objectives, refresh.workbook.imported, leaving, next);
  return {
    ok: true,
    plan: {
      quarter,
      next,
      archive: journal?.archive ?? archiveName(okrTabName, quarter),
      grades,
      boundMoves: moves,
      confirms,
      kept: grades.keyResults - grades.done,
      parentsLeftBehind: { keep: leftBehind(removedRows(objectives)), empty: leftBehind(quarterRows(objectives)) },
      ...(early === undefined ? {} : { early }),
      ...(journal === undefined ? {} : { resume: { mode: journal.mode, done: journal.done } }),
      refresh,
    },
  };
}

/** The quarter to close, or why there is none: the quarter under way is closed and no ended one is open. */
function choose(
  input: CloseInput,
  objectives: readonly Objective[],
  okrTabName: string,
): { ok: true; choice: Exclude<QuarterChoice, { kind: 'closed' }> } | { ok: false; message: string } {
  const { today, fiscalStartMonth } = input;
  const archived = archivedQuarters(input.sheetNames, okrTabName, fiscalStartMonth);
  const named = namedQuarters(objectives, fiscalStartMonth);
  const lastClosed = latestClosed(input.journal?.quarter, archived, fiscalStartMonth);
  const choice = chooseQuarter({
    named,
    archived,
    today,
    fiscalStartMonth,
    ...(lastClosed === undefined ? {} : { lastClosed }),
  });
  if (choice.kind !== 'closed') return { ok: true, choice };
  const ahead = named.filter((quarter) => quarter.start > today).sort((a, b) => a.start.getTime() - b.start.getTime());
  const [nextAhead] = ahead;
  if (nextAhead !== undefined && ahead.length === named.length) {
    return {
      ok: false,
      message:
        `The OKRs tab already holds ${nextAhead.label}, which starts on ${isoDate(nextAhead.start)}: ` +
        'the quarter before it is closed. Nothing was changed.',
    };
  }
  const { journal } = input;
  const last = journal === undefined ? undefined : parseQuarter(journal.quarter, fiscalStartMonth);
  if (journal !== undefined && last?.kind === 'value' && choice.quarter.start <= last.value.start) {
    return {
      ok: false,
      message:
        `${last.value.label} was closed on ${journal.date} and no later quarter has begun in the OKRs tab. ` +
        'Nothing was changed.',
    };
  }
  const label = choice.quarter.label;
  return {
    ok: false,
    message: `${label} is already closed: its archive tab "${archiveName(okrTabName, label)}" exists. Nothing was changed.`,
  };
}
