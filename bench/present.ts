/** A value the bench's own generated fixture always has: a missing one is a bench bug, so the run stops saying which. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`bench fixture has no ${what}`);
  return value;
}
