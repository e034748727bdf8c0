// Objectives graded 0.9 or more quarter after quarter mean the targets were never a stretch: 0.7 is success,
// and a team that always lands near 1.0 is setting what it already knows it will reach.
import { QUARTER_LOG } from '../quarterClose/logRows';
import { type Rule } from './finding';

export const EASY_GRADE = 0.9;
/** How many closes in a row, the newest ones, must all be graded that high. */
export const EASY_CLOSES = 2;

/** A close where every graded objective reached EASY_GRADE (one with no graded objective says nothing). */
function easy(grades: readonly (number | null)[]): boolean {
  const graded = grades.filter((grade): grade is number => grade !== null);
  return graded.length > 0 && graded.every((grade) => grade >= EASY_GRADE);
}

export const easyTargets: Rule = (context) => {
  const closes = (context.closedQuarters ?? []).slice(-EASY_CLOSES);
  const newest = closes[closes.length - 1];
  if (newest === undefined || closes.length < EASY_CLOSES || !closes.every((close) => easy(close.grades))) return [];
  return [
    {
      rule: 'targets-too-easy',
      tab: QUARTER_LOG.title,
      row: newest.row + 1,
      what: `Every objective was graded ${EASY_GRADE} or more in each of the last ${EASY_CLOSES} closed quarters (${closes.map((close) => close.quarter).join(', ')}): the targets were too easy.`,
      fix: 'Set targets you are about 70% sure to reach: a stretch that lands at 0.6–0.7 is success.',
    },
  ];
};
