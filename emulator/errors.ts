// Apps Script service failures are Error objects named 'Exception' (logs show "Exception: <message>"),
// created in the caller's realm so `e instanceof Error` holds inside the script.
import type { Realm } from './realm';

export function exception(realm: Realm, message: string): Error {
  const error = new realm.Error(message);
  error.name = 'Exception';
  return error;
}

/** A test author's signal that the emulator lacks something, never an Apps Script behaviour. */
export function notEmulated(realm: Realm, what: string): Error {
  return new realm.Error(`not emulated: ${what}`);
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  return 'Object';
}

/** The V8 runtime's wording for a call whose argument types match no overload. */
export function signatureMismatch(realm: Realm, args: readonly unknown[], method: string): Error {
  return exception(
    realm,
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
  );
}
