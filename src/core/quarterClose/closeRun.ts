// The rules of a close run that the journal carries from one run to the next: what a new close records,
// the day every row it writes carries, where the closed quarter ended, and the summary it ends with.
// src/sheets/closeQuarter.ts only reads, writes and journals the steps.

import { isoDate, localDate } from '../dates';
import type { Objective } from '../okr/okrs';
import { parseQuarter } from '../quarter';
import { gradesOf } from './grades';
import type { CloseMode, Journal } from './journal';
import type { KpiConfirm } from './kpiConfirms';
import type { LiveRoll } from './liveRoll';
import type { CloseSummary } from './logRows';
import type { ClosePlan } from './plan';

/** The journal of a close about to start: what it closes, the choice made, and the bound moves decided now. */
export function startJournal(plan: ClosePlan, mode: CloseMode, today: Date): Journal {
  return {
    quarter: plan.quarter,
    next: plan.next,
    archive: plan.archive,
    mode,
    date: isoDate(today),
    done: [],
    boundMoves: plan.boundMoves,
  };
}

/** The journal's day (`2026-11-23`) as a local date: every row the close writes carries it. */
export function closeDay(journal: Journal): Date {
  // The add-on wrote it with isoDate; a part missing from a damaged journal reads as an invalid date.
  const [year = NaN, month = NaN, day = NaN] = journal.date.split('-').map(Number);
  return localDate(year, month - 1, day);
}

/** The closed quarter's last day: a kept key result's Due on or before it is cleared by the roll. */
export function closedEnd(journal: Journal, fiscalStartMonth: number): Date {
  const closed = parseQuarter(journal.quarter, fiscalStartMonth);
  return closed.kind === 'value' ? closed.value.end : closeDay(journal);
}

/** What the close reports and logs, from the closed quarter's objectives as archived. */
export function closeSummary(
  journal: Journal,
  objectives: readonly Objective[],
  confirms: readonly KpiConfirm[],
): CloseSummary {
  const grades = gradesOf(objectives);
  return {
    quarter: journal.quarter,
    next: journal.next,
    archive: journal.archive,
    grades,
    boundMoves: journal.boundMoves,
    confirms,
    kept: journal.mode === 'keep' ? grades.keyResults - grades.done : 0,
  };
}

/** What a re-run's roll left alone because people worked on the tab after the close stopped; '' if nothing. */
export function rollNote(roll: Pick<LiveRoll, 'left' | 'missing'>): string {
  const parts: string[] = [];
  if (roll.left.length > 0) {
    parts.push(`Typed in since the close stopped, so left as it is: ${roll.left.join(', ')}.`);
  }
  if (roll.missing.length > 0) {
    parts.push(
      `Not rolled, as the OKRs tab no longer holds them as closed (deleted, renamed or doubled): ${roll.missing.join(', ')}.`,
    );
  }
  return parts.join('\n');
}

/** The close resumed with the choice it started with, whatever the dialog sent: say so. */
export function modeNote(journal: Journal, asked: CloseMode): string {
  if (journal.mode === asked) return '';
  const started = journal.mode === 'keep' ? 'keep unfinished key results' : 'start empty';
  return `This close started with "${started}" and part of it was done, so it finished that way.`;
}
