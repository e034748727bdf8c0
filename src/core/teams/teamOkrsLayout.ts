// Where things sit on the add-on-owned `Team OKRs` tab. One band of columns per team, side by side, so a team
// whose OKRs grow never pushes into the next one: row 1 names the team and its file, row 2 says whether the
// import works, and from row 3 an IMPORTRANGE formula brings the top rows of the team's OKRs tab. Sheets' own
// engine moves the data; the add-on only writes the formulas and reads what they show.

import type { TeamSource } from './teamsTab';

export const TEAM_OKRS_TITLE = 'Team OKRs';

/** Columns imported from each team's OKRs tab (A:Z): more than every column the add-on knows. */
export const IMPORTED_COLUMNS = 26;

/** Rows imported from each team's OKRs tab: a quarter's OKRs of one team, a title block above, and room. */
export const IMPORTED_ROWS = 500;

/** A team's band: the imported columns and one empty column between teams. */
export const BAND_WIDTH = IMPORTED_COLUMNS + 1;

/**
 * The most teams one roll-up brings in. Each band holds 27 × 502 cells, and Google caps a spreadsheet at 10
 * million cells and 18,278 columns: 100 bands (1.4 million cells) leave the company's own tabs ample room, where
 * several hundred would make Sheets refuse the tab's columns halfway through.
 */
export const MAX_TEAMS = 100;

/** 0-based rows of a band. */
export const TITLE_ROW = 0;
export const STATUS_ROW = 1;
export const IMPORT_ROW = 2;

/** Rows and columns the tab needs for `teams` bands, so no import is cut short by the tab's edge. */
export function teamOkrsSize(teams: number): { rows: number; columns: number } {
  return { rows: IMPORT_ROW + IMPORTED_ROWS, columns: Math.max(1, teams) * BAND_WIDTH };
}

/** 1-based column letters (1 → A, 27 → AA), for the cell a status line points at. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The A1 name of the cell holding band `band`'s IMPORTRANGE formula. */
export function importCellA1(band: number): string {
  return `${columnLetter(band * BAND_WIDTH + 1)}${IMPORT_ROW + 1}`;
}

function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `'Team OKRs'!A1:Z500`: the sheet name always quoted, so spaces and apostrophes in it are safe. */
export function importRangeText(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'!A1:${columnLetter(IMPORTED_COLUMNS)}${IMPORTED_ROWS}`;
}

export function importFormula(url: string, tab: string): string {
  return `=IMPORTRANGE(${formulaString(url)},${formulaString(importRangeText(tab))})`;
}

export interface TeamOkrsGrid {
  /** Rows 1 and 2 of every band, as text. */
  readonly top: string[][];
  /** Row 3: each importable band's formula, '' elsewhere. */
  readonly formulas: string[][];
}

/**
 * The top of the tab Roll up teams writes: each band's title (team and its file), its first status line, and its
 * formula. A team whose URL cannot be imported gets its problem as the status line and no formula.
 */
export function teamOkrsGrid(teams: readonly TeamSource[], status: (team: TeamSource, band: number) => string) {
  const { columns } = teamOkrsSize(teams.length);
  const top = [Array<string>(columns).fill(''), Array<string>(columns).fill('')];
  const formulas = [Array<string>(columns).fill('')];
  teams.forEach((team, band) => {
    const first = band * BAND_WIDTH;
    const [titles = [], statuses = []] = top;
    titles[first] = team.team;
    titles[first + 1] = team.source;
    titles[first + 2] = team.tab;
    statuses[first] = status(team, band);
    const [anchors = []] = formulas;
    if (team.url !== undefined && team.problem === undefined) anchors[first] = importFormula(team.url, team.tab);
  });
  return { top, formulas } satisfies TeamOkrsGrid;
}
