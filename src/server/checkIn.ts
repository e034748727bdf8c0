import { itemName } from '../core/checkIn/list';
import { plainOrQuoted } from '../core/quote';
import { checkInPayloadSchema, ownerChoiceSchema, payloadProblem } from '../core/checkIn/payload';
import type { CheckInReply, CheckInState } from '../core/checkIn/state';
import { savedMessage } from '../core/checkIn/savedMessage';
import { readCheckInState } from '../sheets/checkInView';
import { rememberMyEmail } from '../sheets/identity';
import { saveOwnerChoice } from '../sheets/ownerChoice';
import { saveTeamChoice } from '../sheets/teamChoice';
import { teamChoiceSchema } from '../core/checkIn/teamChoice';
import { ALL_TEAMS, NO_TEAM } from '../core/checkIn/teamFilter';
import { showSidebarPanel } from '../sheets/panel';
import { saveCheckIn } from '../sheets/saveCheckIn';

function email(): string {
  return Session.getActiveUser().getEmail();
}

function currentState(): CheckInState {
  const address = email();
  // Remembered for the check-in nudge: onOpen runs where the address is withheld.
  rememberMyEmail(address);
  return readCheckInState(SpreadsheetApp.getActiveSpreadsheet(), new Date(), address);
}

/** Menu: Check in… */
export function showCheckIn(): void {
  showSidebarPanel('checkIn', 'KPI & OKR check-in');
}

/** Sidebar: the items to check in on, filtered by the user's owner. */
export function getCheckInState(): CheckInState {
  return currentState();
}

/** Sidebar: remembers the owner to filter by ('' for All) and returns the list for that owner. */
export function chooseCheckInOwner(owner: unknown): CheckInReply {
  const parsed = ownerChoiceSchema.safeParse(owner);
  if (!parsed.success) return payloadProblem(parsed.error, ['owner'] as const, owner);
  saveOwnerChoice(parsed.data);
  const state = currentState();
  return {
    ok: true,
    message: state.owner === '' ? 'Showing everyone.' : `Showing ${plainOrQuoted(state.owner)}.`,
    state,
  };
}

function showingTeam(team: string): string {
  if (team === ALL_TEAMS) return 'Showing every team.';
  if (team === NO_TEAM) return 'Showing key results with no team.';
  return `Showing the ${plainOrQuoted(team)} team.`;
}

/** Sidebar: remembers the team to filter by ('' for All teams, ' ' for No team) and returns that list. */
export function chooseCheckInTeam(team: unknown): CheckInReply {
  const parsed = teamChoiceSchema.safeParse(team);
  if (!parsed.success) return payloadProblem(parsed.error, ['team'] as const, team);
  saveTeamChoice(parsed.data);
  const state = currentState();
  return { ok: true, message: showingTeam(state.team), state };
}

/** Sidebar: saves one check-in and returns the refreshed list, or a message for the field at fault. */
export function submitCheckIn(payload: unknown): CheckInReply {
  const parsed = checkInPayloadSchema.safeParse(payload);
  if (!parsed.success) return payloadProblem(parsed.error, ['id', 'value', 'confidence', 'note'] as const, payload);
  const saved = saveCheckIn(SpreadsheetApp.getActiveSpreadsheet(), parsed.data, new Date(), email());
  // An item no longer found by its ID is gone from the tabs: the fresh list lets the sidebar drop it at once.
  if (!saved.ok) return saved.field === 'id' ? { ...saved, state: currentState() } : saved;
  const { item } = saved;
  return {
    ok: true,
    message: savedMessage(
      { id: item.id, name: itemName(item), unit: item.unit, currentIsFormula: item.currentIsFormula },
      saved.value,
    ),
    state: saved.state,
  };
}
