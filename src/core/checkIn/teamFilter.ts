// The check-in sidebar's team filter. A key result's team is its objective's Team; KPIs belong to no team (a
// KPI is the business's, not an objective's), so the team filter never hides one: they follow the owner alone.

// The sidebar imports this file: it holds no zod (the payload's schema is in teamChoice.ts).
import { ownerKey, sameOwner as sameName } from './state';

/** The filter that shows every team. */
export const ALL_TEAMS = '';

/**
 * The filter for key results whose objective names no Team. A Team cell is read trimmed, so no team can be
 * called a single space: the choice can never be mistaken for a team's name.
 */
export const NO_TEAM = ' ';

/** Every team named on the key results, once each (the first spelling of a name wins), alphabetically. */
export function teamsOf(keyResults: readonly { readonly team: string }[]): string[] {
  const names = new Map<string, string>();
  for (const { team } of keyResults) {
    const name = team.trim();
    if (name !== '' && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

/** "No team" is worth offering only beside real teams: with no team anywhere it would be "All teams" again. */
export function offersNoTeam(keyResults: readonly { readonly team: string }[]): boolean {
  return keyResults.some(({ team }) => team.trim() === '') && keyResults.some(({ team }) => team.trim() !== '');
}

/**
 * The team to filter by: the one the user chose while it is still on the tabs (by name, or by the fingerprint
 * a very long name is remembered by), "No team" while some key result has none; else every team.
 */
export function teamToShow(teams: readonly string[], noTeamOffered: boolean, chosen: string | null): string {
  if (chosen === null || chosen === ALL_TEAMS) return ALL_TEAMS;
  if (chosen === NO_TEAM) return noTeamOffered ? NO_TEAM : ALL_TEAMS;
  return teams.find((team) => sameName(team, chosen) || ownerKey(team) === chosen) ?? ALL_TEAMS;
}

/** Whether a key result of `team` is shown under the filter `chosen`. */
export function inTeam(team: string, chosen: string): boolean {
  if (chosen === ALL_TEAMS) return true;
  if (chosen === NO_TEAM) return team.trim() === '';
  return sameName(team, chosen);
}
