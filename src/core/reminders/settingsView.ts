// What the Reminders panel shows and what its buttons reply: plain JSON across google.script.run.

import { scheduleText, type DigestSchedule } from './schedule';

export interface DigestView {
  /** Someone switched the weekly digest on for this spreadsheet. */
  readonly on: boolean;
  /** It is the person looking: only they can change or remove it. */
  readonly mine: boolean;
  /** The address of whoever switched it on ('' when unknown). */
  readonly owner: string;
  readonly schedule: DigestSchedule;
  readonly timeZone: string;
}

export interface RemindersView {
  readonly digest: DigestView;
  /** The permissions the digest needs and the person has not granted, in the consent screen's words. */
  readonly missingPermissions: readonly string[];
  /** Where to grant them again ('' when nothing is missing or Google gave no link). */
  readonly authorizationUrl: string;
}

export type RemindersReply =
  | { readonly ok: true; readonly message: string; readonly view: RemindersView }
  | { readonly ok: false; readonly message: string; readonly view: RemindersView };

/** `someone else` when Google did not tell who: the panel still says the digest is taken. */
export function ownerName(owner: string): string {
  return owner === '' ? 'another editor' : owner;
}

export function onMessage(schedule: DigestSchedule, timeZone: string, email: string): string {
  return (
    `Weekly digest on: ${scheduleText(schedule)} (${timeZone}). It runs as you${email === '' ? '' : `, ${email}`}: ` +
    'mail goes out from your account and counts against your daily mail quota. Switch it off here any time.'
  );
}

export function takenMessage(owner: string): string {
  return (
    `${ownerName(owner)} already switched the weekly digest on for this spreadsheet, and it runs as them. ` +
    'Only they can change it or switch it off: ask them, then switch it on here. ' +
    'Should it stop running for two weeks, you can switch it on here yourself.'
  );
}

export function missingMessage(purposes: readonly string[]): string {
  return (
    `The weekly digest needs permission to ${purposes.join('; to ')}. You did not grant ` +
    `${purposes.length === 1 ? 'it' : 'them'}: use the link below (or run any menu item and allow every ` +
    'permission Google asks for), then switch the digest on again.'
  );
}

export function takeOverMessage(owner: string, lastRun: string): string {
  return (
    `The weekly digest ${ownerName(owner)} switched on has not run since ${lastRun.slice(0, 10)}, ` +
    'so it is yours now.'
  );
}
