// The owner a user filters the check-in sidebar by, remembered per user (UserProperties), not per document.

import { ownerKey } from '../core/checkIn/state';

const OWNER = 'checkInOwner';

/** The saved choice ('' for All), or null before the user ever chose. */
export function readOwnerChoice(): string | null {
  return PropertiesService.getUserProperties().getProperty(OWNER);
}

export function saveOwnerChoice(owner: string): void {
  PropertiesService.getUserProperties().setProperty(OWNER, ownerKey(owner));
}
