// Key results that read like tasks, go silent, finish suspiciously early or point at a KPI that is not there.
import { daysBetween } from '../dates';
import { parseQuarter, quarterProgress } from '../quarter';
import type { KeyResult } from '../okrBook';
import { okrFinding, type HealthBook, type Rule } from './finding';
import { quote } from '../quote';

const TASK_VERBS = ['launch', 'ship', 'build', 'create', 'implement', 'release', 'deploy', 'migrate', 'write',
  'finish', 'complete', 'develop', 'design', 'set up', 'setup', 'publish', 'deliver', 'organize', 'organise',
  'hold', 'run', 'hire', 'introduce', 'roll out'];

const SILENT_DAYS = 7;

function keyResults(book: HealthBook): KeyResult[] {
  return book.objectives.flatMap((objective) => objective.keyResults);
}

function inCurrentQuarter(book: HealthBook, keyResult: KeyResult): boolean {
  const quarter = parseQuarter(keyResult.quarter, book.fiscalStartMonth);
  return quarter.kind !== 'value' || quarter.value.label === book.quarter.label;
}

export function isTaskLike(text: string): boolean {
  const lower = text.trim().toLowerCase();
  return TASK_VERBS.some((verb) => lower === verb || lower.startsWith(`${verb} `));
}

/** `Launch the new onboarding` is work to do; the key result is what it changes. */
export const taskLikeKeyResult: Rule = (book) =>
  keyResults(book)
    .filter((keyResult) => isTaskLike(keyResult.text))
    .map((keyResult) => okrFinding(book, 'task-like-key-result', keyResult.row,
      `${keyResult.id} ${quote(keyResult.text)} reads like a task, not an outcome.`,
      'Name the number the work should move (e.g. "Raise activation from 20% to 35%") and keep the task as an initiative.'));

/** A key result of this quarter that nobody has checked in on for a week. */
export const silentKeyResult: Rule = (book) => {
  if (daysBetween(book.quarter.start, book.today) < SILENT_DAYS) return [];
  return keyResults(book)
    .filter((keyResult) => keyResult.score !== 1 && inCurrentQuarter(book, keyResult))
    .flatMap((keyResult) => {
      const last = book.checkIns.get(keyResult.id.toLowerCase());
      if (last !== undefined && daysBetween(last, book.today) <= SILENT_DAYS) return [];
      const what = last === undefined
        ? `${keyResult.id} ${quote(keyResult.text)} has never been checked in.`
        : `${keyResult.id} ${quote(keyResult.text)} was last checked in ${daysBetween(last, book.today)} days ago.`;
      return [okrFinding(book, 'no-recent-check-in', keyResult.row, what, 'Check in weekly (Extensions → KPI & OKR → Check in…): value, confidence, a note.')];
    });
};

/** 1.0 before the quarter is half over usually means the target was set too low. */
export const earlyPerfectScore: Rule = (book) => {
  if (quarterProgress(book.today, book.quarter) >= 0.5) return [];
  return keyResults(book)
    .filter((keyResult) => keyResult.score === 1 && inCurrentQuarter(book, keyResult))
    .map((keyResult) => okrFinding(book, 'early-perfect-score', keyResult.row,
      `${keyResult.id} ${quote(keyResult.text)} is at 1.0 before mid-quarter.`,
      'Raise the target to something you are not sure to reach (0.7 is success); sandbagged key results teach nothing.'));
};

/** A linked KPI must exist, or the key result follows nothing. */
export const unknownKpi: Rule = (book) =>
  keyResults(book)
    .filter((keyResult) => keyResult.kpi !== '' && !book.kpiIds.has(keyResult.kpi.toLowerCase()))
    .map((keyResult) => okrFinding(book, 'unknown-kpi', keyResult.row,
      `${keyResult.id} links KPI ${quote(keyResult.kpi)}, which is not on the ${book.kpiTab} tab.`,
      `Type the ID or exact name of a KPI from the ${book.kpiTab} tab, or clear the KPI cell.`));
