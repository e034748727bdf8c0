// Who a digest run mails and who it cannot, decided before any mail goes out: owners are grouped by the
// address they resolve to (a name and an address of the same person get one mail), owners with no address
// or an invalid one are skipped with the reason, and anyone already mailed this week is not mailed again.

import type { OwnerDirectory } from '../workbook/owners';
import type { DueItem } from './due';
import { addressOf, peopleIn } from './people';

export interface DigestSend {
  readonly email: string;
  /** The Owner cells that led here, the first as the greeting names them. */
  readonly owners: readonly string[];
  readonly items: readonly DueItem[];
}

export interface Skipped {
  readonly who: string;
  readonly why: string;
}

export interface DigestPlan {
  readonly sends: readonly DigestSend[];
  readonly skipped: readonly Skipped[];
}

export function planDigest(
  groups: ReadonlyMap<string, readonly DueItem[]>,
  directory: OwnerDirectory,
  mailedThisWeek: ReadonlySet<string>,
): DigestPlan {
  const byEmail = new Map<string, { email: string; owners: string[]; items: DueItem[] }>();
  const skipped: Skipped[] = [];
  function plan(person: string, items: readonly DueItem[]): void {
    const address = addressOf(person, directory);
    if (!address.ok) {
      skipped.push({
        who: person,
        why:
          address.why === 'no address'
            ? 'no address: add them to the Owners tab'
            : `invalid address "${address.detail}"`,
      });
      return;
    }
    const key = address.email.toLowerCase();
    if (mailedThisWeek.has(key)) {
      skipped.push({ who: address.email, why: 'already mailed this week' });
      return;
    }
    const send = byEmail.get(key) ?? { email: address.email, owners: [], items: [] };
    send.owners.push(person);
    // One cell may name the same person twice ("Ann; ann@example.com"): each item once.
    send.items.push(...items.filter((item) => !send.items.includes(item)));
    byEmail.set(key, send);
  }
  // A cell naming two people ("Ann, Bob") reminds each of them.
  for (const [owner, items] of groups) {
    for (const person of peopleIn(owner, directory)) plan(person, items);
  }
  // One "already mailed" line per address, however many of its names were due.
  const unique = skipped.filter(
    (entry, index) => skipped.findIndex((other) => other.who === entry.who && other.why === entry.why) === index,
  );
  return { sends: [...byEmail.values()], skipped: unique };
}

/** One row of the Reminders log: when, who was mailed, who was skipped and why. */
export function logRow(when: Date, sent: readonly string[], skipped: readonly Skipped[]): [Date, string, string] {
  return [
    when,
    sent.length === 0 ? 'nobody' : sent.join(', '),
    skipped.map((entry) => `${entry.who}: ${entry.why}`).join('; '),
  ];
}

export const REMINDERS_LOG_HEADER = ['Date', 'Recipients', 'Skipped and why'] as const;
