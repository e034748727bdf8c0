// What Start new quarter will do, computed from the tabs as read and before anything changes: which
// quarter closes, its grades, the archive's name, the KPI bounds that move, and what the OKRs tab keeps.
// A quarter already closed, or a close to resume, is recognised here so the dialog can say so.

import { isoDate } from '../dates';
import type { Objective } from '../okr/okrs';
import { nextQuarter, parseQuarter, quarterOf, type Quarter } from '../quarter';
import { planRefresh, type RefreshInput, type RefreshPlan } from '../refresh';
import { gradesOf, type Grades } from './grades';
import { boundMoves, type BoundMove } from './kpiBounds';
import { isFinished, type CloseStep, type Journal } from './journal';

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
  /** Key results the live tab keeps with *keep unfinished key results*. */
  readonly kept: number;
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
 * The latest quarter a key result names that has begun (a blank Quarter is today's): the one to close.
 * When every quarter named is still ahead, the tab was rolled already and that earliest one is returned.
 */
function closingQuarter(objectives: readonly Objective[], today: Date, fiscalStartMonth: number): Quarter {
  let started: Quarter | undefined;
  let ahead: Quarter | undefined;
  for (const keyResult of objectives.flatMap((objective) => objective.keyResults)) {
    const reading = parseQuarter(keyResult.quarter, fiscalStartMonth);
    if (reading.kind === 'invalid') continue;
    const quarter = reading.kind === 'value' ? reading.value : quarterOf(today, fiscalStartMonth);
    if (quarter.start <= today) {
      if (started === undefined || quarter.start > started.start) started = quarter;
    } else if (ahead === undefined || quarter.start < ahead.start) ahead = quarter;
  }
  return started ?? ahead ?? quarterOf(today, fiscalStartMonth);
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
    return [keyResults.length === objective.keyResults.length && ownRow !== undefined ? { ...rest, ownRow, keyResults } : { ...rest, keyResults }];
  });
}

export function planClose(input: CloseInput, okrTabName: string): CloseResult {
  const refresh = planRefresh(input);
  if (!refresh.ok) return { ok: false, message: `Nothing was changed.\n\n${refresh.problems.join('\n\n')}` };
  const all = refresh.workbook.objectives;
  const journal = input.journal !== undefined && !isFinished(input.journal) ? input.journal : undefined;
  const quarter = journal?.quarter ?? closingQuarter(all, input.today, input.fiscalStartMonth).label;
  const objectives = ofQuarter(all, quarter, input.fiscalStartMonth);
  const parsed = parseQuarter(quarter, input.fiscalStartMonth);
  const closing = parsed.kind === 'value' ? parsed.value : quarterOf(input.today, input.fiscalStartMonth);
  const archive = journal?.archive ?? archiveName(okrTabName, quarter);
  if (journal === undefined) {
    if (closing.start > input.today) {
      return {
        ok: false,
        message: `The OKRs tab already holds ${quarter}, which starts on ${isoDate(closing.start)}: ` +
          'the quarter before it is closed. Nothing was changed.',
      };
    }
    const last = input.journal === undefined ? undefined : parseQuarter(input.journal.quarter, input.fiscalStartMonth);
    if (last?.kind === 'value' && closing.start <= last.value.start) {
      return {
        ok: false,
        message: `${last.value.label} was closed on ${input.journal!.date} and no later quarter has begun in the OKRs tab. ` +
          'Nothing was changed.',
      };
    }
    if (input.sheetNames.includes(archive)) {
      return { ok: false, message: `${quarter} is already closed: its archive tab "${archive}" exists. Nothing was changed.` };
    }
  }
  const grades = gradesOf(objectives);
  return {
    ok: true,
    plan: {
      quarter,
      next: journal?.next ?? nextQuarter(closing, input.fiscalStartMonth).label,
      archive,
      grades,
      boundMoves: journal?.boundMoves ?? boundMoves(objectives, refresh.workbook.kpiByKey),
      kept: grades.keyResults - grades.done,
      ...(journal === undefined ? {} : { resume: { mode: journal.mode, done: journal.done } }),
      refresh,
    },
  };
}
