// The team a user filters the check-in sidebar by, remembered per user (UserProperties) like the owner.

import { ownerKey } from '../core/checkIn/state';

const TEAM_CHOICE = 'checkInTeam';

/** The saved choice (ALL_TEAMS, NO_TEAM or a team's name or fingerprint), or null before the user ever chose. */
export function readTeamChoice(): string | null {
  return PropertiesService.getUserProperties().getProperty(TEAM_CHOICE);
}

/** A very long team name is remembered by its fingerprint, as an owner's is: a user property holds about 9 KB. */
export function saveTeamChoice(team: string): void {
  PropertiesService.getUserProperties().setProperty(TEAM_CHOICE, ownerKey(team));
}
