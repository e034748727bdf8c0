// The history dimension's team with teams and alignment: the same OKRs tab with Team and Parent columns, a
// company objective whose key result has no Current and no KPI, and four squads' objectives aligned to that key
// result through Parent, so it scores as their roll-up. An edit on one of those squads' key results re-scores
// its objective, the company key result it rolls up into and the company objective: the chain an edit reads.
import type { CellValue } from '../emulator/index';
import type { HistoryWorkbook } from '../test/fixtures/history';
import { present } from './present';

export const COMPANY_OBJECTIVE = 'C1';
export const COMPANY_KEY_RESULT = 'C1.1';
/** The squads' objectives aligned to the company key result: O17 to O20, four key results each, side by side. */
export const ALIGNED_OBJECTIVES = ['O17', 'O18', 'O19', 'O20'] as const;
/** The key result the edit touches: O20's first, a count with no KPI, in an aligned objective. */
export const TEAM_KEY_RESULT = 'O20.1';

const squadOf = (objective: number): string => `Squad ${Math.ceil(objective / 4)}`;

export function teamHistoryWorkbook(book: HistoryWorkbook): HistoryWorkbook {
  const okrs = present(book.sheets.OKRs, 'OKRs tab').values;
  const header = [...present(okrs[0], 'OKRs header'), 'Team', 'Parent'];
  const column = (title: string): number => header.indexOf(title);
  const blank = (): CellValue[] => header.map(() => '');
  const companyObjective = blank();
  companyObjective[column('ID')] = COMPANY_OBJECTIVE;
  companyObjective[column('Quarter')] = book.quarter;
  companyObjective[column('Objective')] = 'Every squad lands its quarter';
  companyObjective[column('Owner')] = 'CEO';
  companyObjective[column('Team')] = 'Company';
  const companyKeyResult = blank();
  companyKeyResult[column('ID')] = COMPANY_KEY_RESULT;
  companyKeyResult[column('Quarter')] = book.quarter;
  companyKeyResult[column('Key Result')] = 'Squad 5 delivers their objectives';
  companyKeyResult[column('Owner')] = 'CEO';
  companyKeyResult[column('Start')] = 0;
  companyKeyResult[column('Target')] = 1;
  let team = '';
  const rows = okrs.slice(1).map((row) => {
    const id = String(row[column('ID')]);
    const isObjective = row[column('Objective')] !== '';
    if (isObjective) team = squadOf(Number(id.slice(1)));
    const parent = isObjective && (ALIGNED_OBJECTIVES as readonly string[]).includes(id) ? COMPANY_KEY_RESULT : '';
    return [...row, isObjective ? team : '', parent];
  });
  return {
    ...book,
    sheets: {
      ...book.sheets,
      OKRs: { ...book.sheets.OKRs, values: [header, companyObjective, companyKeyResult, ...rows] },
    },
  };
}
