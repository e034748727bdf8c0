// Owners are people: an Owner cell holds a name ("Head of CS") or an address ("cs.head@example.com"), and
// the Owners tab maps names to addresses. Everything that needs to reach a person, or to recognise one,
// goes through here.

import { nameKey, type OwnerDirectory } from '../workbook/owners';

// Deliberately plain: one @, something on both sides, a dot in the domain, no spaces. Sheets' own e-mail
// validation is as loose, and a stricter rule would refuse addresses MailApp accepts.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** The address in what people paste: `mailto:ann@x.com` and `Ann Lee <ann@x.com>` are both `ann@x.com`. */
export function addressIn(text: string): string {
  const trimmed = text.trim();
  const bracketed = /<([^<>]*)>$/.exec(trimmed)?.[1] ?? trimmed;
  return bracketed.trim().replace(/^mailto:/i, '');
}

function same(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

// Between two people in one cell: "Ann, Bob", "ann@x.com; bob@y.com", one per line.
const BETWEEN_PEOPLE = /[,;\n]+/;

/**
 * The people an Owner cell names: usually one, several when the cell lists them. A cell that is itself a
 * name on the Owners tab ("Smith, John") stays whole, so a comma inside a name never splits a person.
 */
export function peopleIn(owner: string, directory: OwnerDirectory): string[] {
  const whole = owner.replace(/\s+/g, ' ').trim();
  if (whole === '' || directory.byName.has(nameKey(whole))) return whole === '' ? [] : [whole];
  const people: string[] = [];
  for (const part of owner.split(BETWEEN_PEOPLE)) {
    const person = part.replace(/\s+/g, ' ').trim();
    if (person !== '' && !people.some((other) => same(other, person))) people.push(person);
  }
  return people;
}

export type Address =
  | { readonly ok: true; readonly email: string }
  | { readonly ok: false; readonly why: 'no address' | 'invalid address'; readonly detail: string };

/**
 * Where a reminder for one person (of peopleIn) goes: the text itself when it is an address, else its Owners
 * row; an `@` that is not an address (a chat handle, `@ann`) may still be a name on the Owners tab.
 */
export function addressOf(person: string, directory: OwnerDirectory): Address {
  const text = person.replace(/\s+/g, ' ').trim();
  const typed = addressIn(text);
  if (text.includes('@') && looksLikeEmail(typed)) return { ok: true, email: typed };
  const entry = directory.byName.get(nameKey(text));
  if (entry === undefined && text.includes('@')) return { ok: false, why: 'invalid address', detail: text };
  if (entry === undefined || entry.email === '') return { ok: false, why: 'no address', detail: text };
  const email = addressIn(entry.email);
  return looksLikeEmail(email) ? { ok: true, email } : { ok: false, why: 'invalid address', detail: entry.email };
}

/** Someone the add-on is trying to recognise: an address, or a name they picked in the sidebar. */
export interface Person {
  readonly email: string;
  readonly name: string;
}

function names(text: string, person: Person, directory: OwnerDirectory): boolean {
  if (person.name !== '' && same(text, person.name)) return true;
  if (person.email === '') return false;
  if (same(addressIn(text), person.email)) return true;
  const entry = directory.byName.get(nameKey(text));
  return entry !== undefined && entry.email !== '' && same(addressIn(entry.email), person.email);
}

/**
 * Whether an Owner cell names this person, by name or address, directly or through the Owners tab: the
 * whole cell (the sidebar offers it whole) or any one of the people it lists.
 */
export function isOwnedBy(owner: string, person: Person, directory: OwnerDirectory): boolean {
  if (owner.trim() === '') return false;
  return names(owner, person, directory) || peopleIn(owner, directory).some((one) => names(one, person, directory));
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
