// Owners are people: an Owner cell holds a name ("Head of CS") or an address ("cs.head@example.com"), and
// the Owners tab maps names to addresses. Everything that needs to reach a person, or to recognise one,
// goes through here.

import type { OwnerDirectory } from '../workbook/owners';

// Deliberately plain: one @, something on both sides, a dot in the domain, no spaces. Sheets' own e-mail
// validation is as loose, and a stricter rule would refuse addresses MailApp accepts.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export type Address =
  | { readonly ok: true; readonly email: string }
  | { readonly ok: false; readonly why: 'no address' | 'invalid address'; readonly detail: string };

/** Where a reminder for this Owner cell goes: the cell itself when it is an address, else its Owners row. */
export function addressOf(owner: string, directory: OwnerDirectory): Address {
  const text = owner.trim();
  if (text.includes('@')) {
    return looksLikeEmail(text) ? { ok: true, email: text } : { ok: false, why: 'invalid address', detail: text };
  }
  const entry = directory.byName.get(text.toLowerCase());
  if (entry === undefined || entry.email === '') return { ok: false, why: 'no address', detail: text };
  return looksLikeEmail(entry.email)
    ? { ok: true, email: entry.email }
    : { ok: false, why: 'invalid address', detail: entry.email };
}

/** Someone the add-on is trying to recognise: an address, or a name they picked in the sidebar. */
export interface Person {
  readonly email: string;
  readonly name: string;
}

/** Whether an Owner cell names this person, by name or address, directly or through the Owners tab. */
export function isOwnedBy(owner: string, person: Person, directory: OwnerDirectory): boolean {
  const text = owner.trim();
  if (text === '') return false;
  if (person.name !== '' && same(text, person.name)) return true;
  if (person.email === '') return false;
  if (same(text, person.email)) return true;
  const entry = directory.byName.get(text.toLowerCase());
  return entry !== undefined && entry.email !== '' && same(entry.email, person.email);
}

/**
 * The sidebar's first guess of "me": the Owner whose cell is the user's address, else one whose name the
 * Owners tab gives that address; '' when none.
 */
export function ownerForEmail(owners: readonly string[], email: string, directory: OwnerDirectory): string {
  if (email.trim() === '') return '';
  return (
    owners.find((owner) => same(owner, email)) ??
    owners.find((owner) => isOwnedBy(owner, { email, name: '' }, directory)) ??
    ''
  );
}
