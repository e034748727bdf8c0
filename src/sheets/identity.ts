// Who the person opening the spreadsheet is, as far as a simple onOpen can tell. There the e-mail is
// withheld ('' in LIMITED), but the user's own properties can be read: the owner they picked in the
// check-in sidebar and the address the add-on saw when they last used it with full authorisation.

import type { Person } from '../core/reminders/people';
import { OWNER_CHOICE } from './ownerChoice';

/** The user's address as last seen in a FULL execution (a menu or the sidebar). */
const MY_EMAIL = 'reminderEmail';
/** The day the nudge last ran for this user in this document (user properties span all their documents). */
const NUDGED_PREFIX = 'reminderNudged:';

type Properties = Readonly<Record<string, string>>;

/** Kept only when it changed: the sidebar opens often and this is read far less. */
export function rememberMyEmail(email: string): void {
  if (email === '') return;
  const user = PropertiesService.getUserProperties();
  if (user.getProperty(MY_EMAIL) !== email) user.setProperty(MY_EMAIL, email);
}

/** The person as their properties and the session name them; empty fields when unknown. */
export function personOf(properties: Properties, sessionEmail: string): Person {
  const chosen = properties[OWNER_CHOICE] ?? '';
  // A long name is remembered by a fingerprint (#…:length), which names nobody on the tabs.
  return {
    email: sessionEmail !== '' ? sessionEmail : (properties[MY_EMAIL] ?? ''),
    name: chosen.startsWith('#') ? '' : chosen,
  };
}

export function nudgedKey(spreadsheetId: string): string {
  return `${NUDGED_PREFIX}${spreadsheetId}`;
}
