// The status line of a team's band on the Team OKRs tab: whether its import works and, when it does not, what
// the person looking at the tab does about it. A script cannot click "Allow access" (no API does), so the line
// tells the person where to click.

import { TEAMS_TITLE } from './teamsTab';

export type TeamState =
  | { readonly kind: 'connected'; readonly objectives: number; readonly keyResults: number }
  | { readonly kind: 'notConnected'; readonly cell: string; readonly tab: string }
  | { readonly kind: 'loading' }
  | { readonly kind: 'noHeader'; readonly tab: string; readonly missing: readonly string[] }
  | { readonly kind: 'invalid'; readonly problem: string };

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
      return state.objectives === 0
        ? 'Connected: no objectives on its OKRs tab yet.'
        : `Connected: ${count(state.objectives, 'objective', 'objectives')}, ${count(state.keyResults, 'key result', 'key results')}.`;
    case 'notConnected':
      return (
        `Not connected: select cell ${state.cell} and click "Allow access" (Sheets asks once per file). ` +
        `If it says "You don't have permissions to access that sheet", ask the file's owner to share it with you; ` +
        `check too that the URL is right and that the file has a tab named "${state.tab}". ` +
        'Then run Refresh scores & colours.'
      );
    case 'loading':
      return 'Loading: Sheets is still fetching this file. Run Refresh scores & colours in a minute.';
    case 'noHeader':
      return (
        `Connected, but the "${state.tab}" tab of this file has no header with ${state.missing.join(', ')} ` +
        'in its top 10 rows: it may be another tab; name the right one in the OKRs tab column of the Teams tab.'
      );
    case 'invalid':
      return `Not imported: ${state.problem} on the ${TEAMS_TITLE} tab, then run Roll up teams.`;
  }
}
