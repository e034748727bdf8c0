const WAIT_MS = 10_000;

/** What a user is told when the lock stayed busy; `nothing` is what did not happen (changed, saved, added). */
export function busy(nothing: string): string {
  return `Someone else is saving to this spreadsheet. Nothing was ${nothing}: try again in a moment.`;
}

/** Runs `write` under the document lock so two editors' writes never interleave; false if it stayed busy. */
export function withDocumentLock(write: () => void): boolean {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) return false;
  try {
    write();
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
  return true;
}
