// The owner a user filters the check-in sidebar by, remembered per user (UserProperties), not per document.

import { ownerKey } from '../core/checkIn/state';

/** The user property holding the choice; the nudge reads it with the rest of the user's properties. */
export const OWNER_CHOICE = 'checkInOwner';

/** The saved choice ('' for All), or null before the user ever chose. */
export function readOwnerChoice(): string | null {
  return PropertiesService.getUserProperties().getProperty(OWNER_CHOICE);
}

export function saveOwnerChoice(owner: string): void {
  PropertiesService.getUserProperties().setProperty(OWNER_CHOICE, ownerKey(owner));
}
