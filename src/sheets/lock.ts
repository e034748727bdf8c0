const WAIT_MS = 10_000;

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
