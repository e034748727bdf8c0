// The status line of a team's band on the Team OKRs tab: whether its import works and, when it does not, what
// the person looking at the tab does about it. A script cannot click "Allow access" (no API does), so the line
// tells the person where to click.

import { quote } from '../quote';
import { IMPORTED_ROWS } from './teamOkrsLayout';
import { TEAMS_TITLE } from './teamsTab';

export type TeamState =
  | {
      readonly kind: 'connected';
      readonly objectives: number;
      readonly keyResults: number;
      /** Objectives of another quarter than the one being looked at, left out. */
      readonly otherQuarters: number;
      /** The team's tab fills every imported row: rows below them may exist and are not imported. */
      readonly full: boolean;
    }
  | { readonly kind: 'notConnected'; readonly cell: string; readonly tab: string }
  | { readonly kind: 'loading' }
  /** The import cannot spill: a person typed into its block (Sheets shows #REF!, "would overwrite data"). */
  | { readonly kind: 'blocked'; readonly cell: string }
  | { readonly kind: 'noHeader'; readonly tab: string; readonly missing: readonly string[] }
  | { readonly kind: 'invalid'; readonly problem: string }
  /** A row Roll up teams refused (a repeat, this file itself): no formula, and its line stays until the next roll-up. */
  | { readonly kind: 'refused'; readonly line: string };

/** How every status line of a band Roll up teams wrote no formula for begins. */
export const NOT_IMPORTED = 'Not imported: ';

const LINE_STARTS = ['Connected', 'Not connected', 'Loading', 'Blocked', NOT_IMPORTED.trim()];

/**
 * Whether a tab's A2 reads like a status line Roll up teams or Refresh wrote: a tab called Team OKRs whose A2
 * does not is a person's own, and Roll up teams must not clear it.
 */
export function isStatusLine(text: string): boolean {
  return LINE_STARTS.some((start) => text.startsWith(start));
}

/**
 * Row 2 of the tab with every band's status line as it should read now, or undefined when each already does:
 * Refresh then writes nothing there.
 */
export function statusRow(
  teams: readonly { readonly band: number; readonly state: TeamState; readonly shownStatus: string }[],
  bandWidth: number,
): string[] | undefined {
  if (teams.every((team) => team.shownStatus === statusLine(team.state))) return undefined;
  const last = Math.max(...teams.map((team) => team.band));
  const row = Array<string>((last + 1) * bandWidth).fill('');
  for (const team of teams) row[team.band * bandWidth] = statusLine(team.state);
  return row;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function statusLine(state: TeamState): string {
  switch (state.kind) {
    case 'connected':
      return [
        state.objectives === 0 && state.otherQuarters === 0
          ? 'Connected: no objectives on its OKRs tab yet.'
          : `Connected: ${count(state.objectives, 'objective', 'objectives')}, ${count(state.keyResults, 'key result', 'key results')}.`,
        ...(state.otherQuarters === 0
          ? []
          : [
              `${count(state.otherQuarters, 'objective', 'objectives')} of other quarters left out (only this quarter's roll up).`,
            ]),
        ...(state.full
          ? [
              `Its tab fills all ${IMPORTED_ROWS} imported rows: any row below row ${IMPORTED_ROWS} is not imported; ` +
                'move past quarters to another tab of that file.',
            ]
          : []),
      ].join(' ');
    case 'notConnected':
      return (
        `Not connected: select cell ${state.cell} and click "Allow access" (Sheets asks once per file). ` +
        `If it says "You don't have permissions to access that sheet", ask the file's owner to share it with you; ` +
        `check too that the URL is right and that the file has a tab named ${quote(state.tab)}. ` +
        'Then run Refresh scores & colours.'
      );
    case 'loading':
      return 'Loading: Sheets is still fetching this file. Run Refresh scores & colours in a minute.';
    case 'blocked':
      return (
        `Blocked: something was typed into this team's block (cell ${state.cell}), so the import cannot show ` +
        '(Sheets says it would overwrite data). Run Roll up teams: it clears this tab and writes it afresh; ' +
        "make changes in the Teams tab or the team's own file."
      );
    case 'noHeader':
      return (
        `Connected, but the ${quote(state.tab)} tab of this file has no header with ${state.missing.join(', ')} ` +
        'in its top 10 rows: it may be another tab; name the right one in the OKRs tab column of the Teams tab.'
      );
    case 'invalid':
      return `${NOT_IMPORTED}${state.problem} on the ${TEAMS_TITLE} tab, then run Roll up teams.`;
    case 'refused':
      return state.line;
  }
}
