// A value the code itself put there (a map filled for every group, a list known to be long enough). Were it
// missing, that would be a bug here, not bad data in a sheet: it stops with a message naming what, rather
// than carrying on with undefined.

/** `value`, or an Error naming `what` when it is undefined. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Internal error: ${what} is missing.`);
  return value;
}
