// The teams demo's other files: two teams that keep their OKRs in their own spreadsheets (Product and Support,
// from the teams example), with fixed ids so the company file's Teams tab finds them after every restart. The
// playground holds them in the add-on's thread, read-only: the company file imports them with IMPORTRANGE.
import type { CellValue } from '../cells';
import { createWorkbook, type Workbook } from '../workbook';
import { TEAM_OKR_ROWS } from './exampleRows';

const EXAMPLE_QUARTER = '2026-Q4';

export const TEAM_FILES = [
  { team: 'Product', id: 'demo-team-product-okrs', objective: 'T2' },
  { team: 'Support', id: 'demo-team-support-okrs', objective: 'T3' },
] as const;

const urlOf = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;

/** The company file's Teams tab: one row per team file. */
export function teamsTabRows(): CellValue[][] {
  return [['Team', 'Spreadsheet URL'], ...TEAM_FILES.map((file) => [file.team, urlOf(file.id)])];
}

/** Each team's file: the example's header and that team's objective and key results, in today's quarter. */
export function teamFiles(today: Date): Workbook[] {
  const quarter = `${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;
  const [header = [], ...rows] = TEAM_OKR_ROWS;
  return TEAM_FILES.map((file) => {
    const own = rows
      .filter(([id]) => String(id) === file.objective || String(id).startsWith(`${file.objective}.`))
      .map((row) => row.map((value) => (value === EXAMPLE_QUARTER ? quarter : value)));
    const workbook = createWorkbook({
      id: file.id,
      name: `${file.team} OKRs`,
      sheets: { OKRs: { values: [header, ...own] } },
    });
    // Handing out its URL is what lets an IMPORTRANGE find it.
    workbook.url();
    return workbook;
  });
}
