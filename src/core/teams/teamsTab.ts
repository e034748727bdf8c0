// The `Teams` tab: one row per team that keeps its OKRs in its own spreadsheet (Team, Spreadsheet URL, and
// optionally the name of that file's OKRs tab). Found by header like the other tabs, so a title above it, other
// column orders and the usual synonyms work.

import { readText, type Cell } from '../cells';
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

const SHEETS_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/;
// Google's ids are 44 characters of this alphabet; anything much shorter is a typo, not an id.
const BARE_ID = /^[A-Za-z0-9_-]{20,}$/;

/** The spreadsheet's id in a Google Sheets URL or a bare id; undefined for anything else. */
export function spreadsheetIdOf(text: string): string | undefined {
  const trimmed = text.trim();
  return SHEETS_URL.exec(trimmed)?.[1] ?? (BARE_ID.test(trimmed) ? trimmed : undefined);
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

/** One team as the Teams tab (or the title line of its Team OKRs band) gives it, checked for an importable URL. */
export function teamSource(row: number, team: string, source: string, tab: string): TeamSource {
  const id = spreadsheetIdOf(source);
  const base = { row, team: team || source, source, tab: tab || DEFAULT_SOURCE_TAB };
  if (source === '') return { ...base, problem: `no Spreadsheet URL for ${team}: paste the team file's URL` };
  if (id === undefined)
    return {
      ...base,
      problem: `"${source}" is not a Google Sheets URL: paste the address of the team's spreadsheet (https://docs.google.com/spreadsheets/d/…)`,
    };
  // Only the file's id is kept: IMPORTRANGE wants the file, not the account path (/u/1/) or the tab (#gid=).
  return { ...base, url: SHEETS_URL.test(source.trim()) ? `https://docs.google.com/spreadsheets/d/${id}` : id };
}

/** The teams the tab lists, each with its URL or the reason it cannot be imported; blank rows are skipped. */
export function readTeamsTab(values: readonly (readonly Cell[])[]): TeamsTab {
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
    return [teamSource(row, text(columns.team), text(columns.source), text(columns.tab))];
  });
  return { ok: true, teams };
}
