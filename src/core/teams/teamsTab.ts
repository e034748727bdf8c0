// The `Teams` tab: one row per team that keeps its OKRs in its own spreadsheet (Team, Spreadsheet URL, and
// optionally the name of that file's OKRs tab). Found by header like the other tabs, so a title above it, other
// column orders and the usual synonyms work.

import { errorValue, readText, type Cell } from '../cells';
import { plainOrQuoted, quote } from '../quote';
import { HEADER_SEARCH_ROWS, normaliseHeader } from '../workbook/headers';

export const TEAMS_TITLE = 'Teams';

export type TeamsColumn = 'team' | 'source' | 'tab';

export const TEAMS_COLUMNS: Readonly<Record<TeamsColumn, { title: string; synonyms: readonly string[] }>> = {
  team: { title: 'Team', synonyms: ['Department', 'Group', 'Team name'] },
  source: {
    title: 'Spreadsheet URL',
    synonyms: ['Spreadsheet', 'URL', 'Link', 'File', 'Spreadsheet ID', 'Sheet URL', 'Source'],
  },
  tab: { title: 'OKRs tab', synonyms: ['Tab', 'Sheet', 'Tab name'] },
};

/** The OKRs tab a team's file is read from when the Teams tab names none (Set up's name for it). */
export const DEFAULT_SOURCE_TAB = 'OKRs';

export interface TeamSource {
  /** 0-based row on the Teams tab. */
  readonly row: number;
  readonly team: string;
  /** The Spreadsheet URL cell as typed. */
  readonly source: string;
  /** The file's URL as IMPORTRANGE takes it; absent when the cell holds no Google Sheets URL or id. */
  readonly url?: string;
  readonly tab: string;
  /** Why the row cannot be imported (a bad URL, no team name); absent when it can. */
  readonly problem?: string;
}

export type TeamsTab =
  { readonly ok: true; readonly teams: readonly TeamSource[] } | { readonly ok: false; readonly problem: string };

const SHEETS_URL = /https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/;
// Google's ids are 44 characters of this alphabet; anything much shorter is a typo, not an id.
const BARE_ID = /^[A-Za-z0-9_-]{20,}$/;
const MAX_ID_LENGTH = 200;

/**
 * The spreadsheet's id in a Google Sheets URL or a bare id; undefined for anything else. The URL may sit in other
 * text ("see https://docs.google.com/…", a line break after it): a person pastes what the browser or a chat gave.
 */
export function spreadsheetIdOf(text: string): string | undefined {
  const trimmed = text.trim();
  const id = SHEETS_URL.exec(trimmed)?.[1] ?? (BARE_ID.test(trimmed) ? trimmed : undefined);
  // Far longer than any id: 50,000 letters pasted by mistake, whose IMPORTRANGE formula would not fit a cell.
  return id !== undefined && id.length <= MAX_ID_LENGTH ? id : undefined;
}

function columnsOf(row: readonly Cell[]): Partial<Record<TeamsColumn, number>> {
  const columns: Partial<Record<TeamsColumn, number>> = {};
  row.forEach((cell, index) => {
    const text = normaliseHeader(readText(cell));
    for (const [key, spec] of Object.entries(TEAMS_COLUMNS) as [TeamsColumn, (typeof TEAMS_COLUMNS)[TeamsColumn]][]) {
      const names = [spec.title, ...spec.synonyms].map(normaliseHeader);
      if (text !== '' && names.includes(text) && columns[key] === undefined) columns[key] = index;
    }
  });
  return columns;
}

// Invisible and control characters, and the blanks quote() names, which a URL shown as typed would hide.
// eslint-disable-next-line no-control-regex -- finding control characters in a pasted URL is the point.
const HIDDEN = /[\u0000-\u001f\u007f-\u00a0\u00ad\p{Cf}\u2028\u2029\u202f\u3000]/u;

/**
 * A URL cell as a message shows it: whole (in `marks`) when it is a URL's length and every character shows, so
 * the person finds the address they pasted; else quoted short, invisible characters by name.
 */
function shownSource(source: string, marks: string): string {
  return source.length <= 300 && !HIDDEN.test(source) ? `${marks}${source}${marks}` : quote(source);
}

/** The longest name Sheets gives a tab: a longer one names no tab, and would not fit IMPORTRANGE's range text. */
export const MAX_TAB_NAME = 100;

/**
 * One team as the Teams tab (or the title line of its Team OKRs band) gives it, checked for an importable URL.
 * Messages quote what was typed short (a cell may hold 50,000 characters, the status line must fit one).
 */
export function teamSource(row: number, team: string, source: string, tab: string): TeamSource {
  const id = spreadsheetIdOf(source);
  const base = { row, team, source, tab: tab || DEFAULT_SOURCE_TAB };
  if (source === '')
    return { ...base, problem: `no Spreadsheet URL for ${plainOrQuoted(team)}: paste the team file's URL` };
  // A nameless team would show its objectives under no team, and its band could not be told from the next.
  if (team === '') return { ...base, problem: `no Team name for ${shownSource(source, '')}: type the team's name` };
  if (id === undefined)
    return {
      ...base,
      problem: `${shownSource(source, '"')} is not a Google Sheets URL: paste the address of the team's spreadsheet (https://docs.google.com/spreadsheets/d/…)`,
    };
  if (base.tab.length > MAX_TAB_NAME)
    return {
      ...base,
      problem: `the ${TEAMS_COLUMNS.tab.title} name ${quote(base.tab)} is longer than a tab's name can be (${MAX_TAB_NAME} characters): type the name of the team file's OKRs tab`,
    };
  // Only the file's id is kept: IMPORTRANGE wants the file, not the account path (/u/1/) or the tab (#gid=).
  return { ...base, url: SHEETS_URL.test(source.trim()) ? `https://docs.google.com/spreadsheets/d/${id}` : id };
}

/** What a person calls a team in a message: its name, or its URL cell when the name is blank. */
export function teamLabel(team: Pick<TeamSource, 'team' | 'source'>): string {
  return team.team === '' ? shownSource(team.source, '') : plainOrQuoted(team.team);
}

function sameTeamName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The teams with the rows that would import objectives twice refused: this spreadsheet itself (its objectives are
 * already here), a file listed on an earlier row, a team name an earlier row has (ignoring case and spaces, as the
 * sidebar's filter does). The first row of a repeat wins; the others say which row they repeat.
 */
export function refuseRepeats(teams: readonly TeamSource[], ownId: string): TeamSource[] {
  const kept: TeamSource[] = [];
  return teams.map((team) => {
    if (team.problem !== undefined || team.url === undefined) return team;
    const id = spreadsheetIdOf(team.url);
    const refused = (problem: string): TeamSource => ({ ...team, problem });
    const name = plainOrQuoted(team.team);
    if (id === ownId)
      return refused(
        `${name} is this spreadsheet itself (its objectives are already here, and would count twice): remove row ${team.row + 1}`,
      );
    const sameFile = kept.find((other) => other.url !== undefined && spreadsheetIdOf(other.url) === id);
    if (sameFile !== undefined)
      return refused(
        `${name} is the same file as ${plainOrQuoted(sameFile.team)} (row ${sameFile.row + 1}): remove one of the two rows`,
      );
    const sameName = kept.find((other) => sameTeamName(other.team, team.team));
    if (sameName !== undefined)
      return refused(
        `row ${sameName.row + 1} already has a team named ${plainOrQuoted(sameName.team)}: give each row its own team name`,
      );
    kept.push(team);
    return team;
  });
}

/**
 * The teams the tab lists, each with its URL or the reason it cannot be imported; blank rows are skipped. A URL
 * cell that shows a label (`=HYPERLINK(url, "Product OKRs")`) gives its formula's URL.
 */
export function readTeamsTab(
  values: readonly (readonly Cell[])[],
  formulas: readonly (readonly string[])[] = [],
): TeamsTab {
  const headerRow = values.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
    const columns = columnsOf(row);
    return columns.team !== undefined && columns.source !== undefined;
  });
  const header = headerRow < 0 ? undefined : columnsOf(values[headerRow] ?? []);
  if (header?.team === undefined || header.source === undefined)
    return {
      ok: false,
      problem: `The ${TEAMS_TITLE} tab needs a header row with ${TEAMS_COLUMNS.team.title} and ${TEAMS_COLUMNS.source.title} in its top ${HEADER_SEARCH_ROWS} rows.`,
    };
  const columns = {
    team: header.team,
    source: header.source,
    ...(header.tab === undefined ? {} : { tab: header.tab }),
  };
  const teams = values.flatMap((cells, row) => {
    if (row <= headerRow) return [];
    if (readText(cells[columns.team] ?? '') === '' && readText(cells[columns.source] ?? '') === '') return [];
    const text = (column: number | undefined): string => (column === undefined ? '' : readText(cells[column] ?? ''));
    const shown = text(columns.source);
    const formula = formulas[row]?.[columns.source] ?? '';
    const linked = spreadsheetIdOf(shown) === undefined && SHEETS_URL.exec(formula)?.[0];
    const source = teamSource(row, text(columns.team), linked || shown, text(columns.tab));
    // A broken formula's error is no team name, URL or tab: the row says which cell, as an INVALID status does.
    const broken = (['team', 'source', 'tab'] as const).flatMap((key) => {
      const column = columns[key];
      const error = column === undefined ? undefined : errorValue(cells[column] ?? '');
      return error && !(key === 'source' && linked) ? [`${TEAMS_COLUMNS[key].title}: error value ${error}`] : [];
    });
    return [broken.length === 0 ? source : { ...source, problem: broken.join('; ') }];
  });
  return { ok: true, teams };
}
