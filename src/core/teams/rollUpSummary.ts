// The toast after Roll up teams: how many teams' objectives came in, and which teams still need a person's
// action (Allow access, a URL fixed), named so the status line to read is easy to find.

import type { TeamImport } from './teamOkrs';
import { teamLabel } from './teamsTab';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function names(teams: readonly TeamImport[]): string {
  return teams.map((team) => teamLabel(team.team)).join(', ');
}

export function rollUpSummary(teams: readonly TeamImport[], tab: string): string {
  const connected = teams.filter((team) => team.state.kind === 'connected');
  const objectives = connected.reduce(
    (sum, team) => sum + (team.state.kind === 'connected' ? team.state.objectives : 0),
    0,
  );
  const waiting = teams.filter((team) => team.state.kind === 'notConnected' || team.state.kind === 'loading');
  const broken = teams.filter(
    (team) => team.state.kind === 'invalid' || team.state.kind === 'refused' || team.state.kind === 'noHeader',
  );
  const blocked = teams.filter((team) => team.state.kind === 'blocked');
  const parts = [
    `${plural(connected.length, 'team', 'teams')} connected (${plural(objectives, 'objective', 'objectives')})`,
    ...(waiting.length === 0 ? [] : [`Allow access needed for ${names(waiting)}`]),
    ...(broken.length === 0 ? [] : [`to fix on the Teams tab: ${names(broken)}`]),
    ...(blocked.length === 0 ? [] : [`typed over on the tab: ${names(blocked)}`]),
  ];
  return `${tab}: ${parts.join(' · ')}. Its status lines say what to do.`;
}
