// Stable IDs (K1, O1, O1.2) that check-ins and links refer to. A new ID is always one past the highest
// already in use under its prefix, so an ID a user can see is never handed out twice.

export type IdAllocator = (prefix: string) => string;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function idAllocator(taken: Iterable<string>): IdAllocator {
  const ids = [...taken];
  const highest = new Map<string, number>();
  return (prefix) => {
    const key = prefix.toLowerCase();
    let top = highest.get(key);
    if (top === undefined) {
      const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`, 'i');
      top = ids.reduce((max, id) => Math.max(max, Number(pattern.exec(id)?.[1] ?? 0)), 0);
    }
    highest.set(key, top + 1);
    return `${prefix}${top + 1}`;
  };
}

/** The objective a key result ID names (`O3.2` → `O3`), or undefined for an ID with no `.n` part. */
export function objectivePartOf(id: string): string | undefined {
  return /^(.+)\.\d+$/.exec(id)?.[1];
}

/** Rows whose ID repeats an earlier row's, with the message their status shows (rows are 0-based). */
export function duplicateIds(rows: readonly { row: number; id: string }[]): Map<number, string> {
  const firstRow = new Map<string, number>();
  const duplicates = new Map<number, string>();
  for (const { row, id } of rows) {
    if (id === '') continue;
    const first = firstRow.get(id.toLowerCase());
    if (first === undefined) firstRow.set(id.toLowerCase(), row);
    else duplicates.set(row, `duplicate ID ${id} (also on row ${first + 1})`);
  }
  return duplicates;
}
