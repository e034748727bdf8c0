// Stable IDs (K1, O1, O1.2) that check-ins and links refer to. A new ID is always one past the highest
// already in use under its prefix, or ever used in the document (remembered in its properties), so an ID is
// never handed out twice: a new KPI never inherits a deleted one's check-ins.

export type IdAllocator = (prefix: string) => string;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The number an ID ends in after `prefix` (any case), as a BigInt: IDs are text, and K9007199254740993 stays exact. */
function numberAfter(prefix: string, id: string): bigint | undefined {
  const digits = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`, 'i').exec(id)?.[1];
  return digits === undefined ? undefined : BigInt(digits);
}

export function idAllocator(taken: Iterable<string>): IdAllocator {
  const ids = [...taken];
  const highest = new Map<string, bigint>();
  return (prefix) => {
    const key = prefix.toLowerCase();
    let top = highest.get(key);
    if (top === undefined) {
      top = 0n;
      for (const id of ids) {
        const number = numberAfter(prefix, id);
        if (number !== undefined && number > top) top = number;
      }
    }
    highest.set(key, top + 1n);
    return `${prefix}${top + 1n}`;
  };
}

/**
 * The highest ID of each prefix among these (`K60`, `O41`, `O3.5`): what the document remembers so a deleted
 * ID is never handed out again. A key result prefix (`O3.`) is kept only while its objective is in `objectives`
 * (an objective's ID is never reused, so a gone objective's key results cannot come back); others always.
 */
export function highestIds(ids: Iterable<string>, objectives: ReadonlySet<string>): string[] {
  const highest = new Map<string, { id: string; number: bigint }>();
  for (const id of ids) {
    const [, prefix, digits] = /^(.*?)(\d+)$/.exec(id.trim()) ?? [];
    if (prefix === undefined || digits === undefined || /\s/.test(id.trim())) continue;
    const objective = objectivePartOf(`${prefix}0`);
    if (objective !== undefined && !objectives.has(objective.toLowerCase())) continue;
    const number = BigInt(digits);
    const seen = highest.get(prefix.toLowerCase());
    if (seen === undefined || number > seen.number) highest.set(prefix.toLowerCase(), { id: id.trim(), number });
  }
  return [...highest.values()].map((entry) => entry.id).sort();
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

/** The document property the memory of used IDs is kept in; a long memory continues in `idsUsed.1`, `.2`… */
export const IDS_USED = 'idsUsed';

/** A property value holds about 9 KB: a chunk of 3,000 characters fits even if every one takes 3 bytes. */
const CHUNK = 3_000;
/** Properties hold about 500 KB in all: past this the memory keeps objective and KPI prefixes only. */
const MOST_CHUNKS = 40;

/** The memory of used IDs as document properties: one value, or several for a very large document. */
export function idMemoryProperties(ids: readonly string[]): Record<string, string> {
  const kept = ids.filter((id) => id.length <= 100);
  const joined = kept.join(' ');
  // Past the properties' room, key result prefixes (O3.) go: a gone objective's key results cannot come back.
  const text =
    joined.length <= CHUNK * MOST_CHUNKS ? joined : kept.filter((id) => objectivePartOf(id) === undefined).join(' ');
  const properties: Record<string, string> = {};
  for (let index = 0; index * CHUNK < Math.max(text.length, 1); index += 1) {
    properties[index === 0 ? IDS_USED : `${IDS_USED}.${String(index)}`] = text.slice(
      index * CHUNK,
      (index + 1) * CHUNK,
    );
  }
  return properties;
}

/** The memory read back from the document's properties; undefined when it has none yet. */
export function idMemoryOf(properties: Readonly<Record<string, string>>): string[] | undefined {
  const first = properties[IDS_USED];
  if (first === undefined) return undefined;
  let text = first;
  for (let index = 1; properties[`${IDS_USED}.${String(index)}`] !== undefined; index += 1) {
    text += properties[`${IDS_USED}.${String(index)}`] ?? '';
  }
  return text.split(' ').filter((id) => id !== '');
}
