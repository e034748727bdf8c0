// The optional Owners tab: one row per person, their name as Owner cells write it and the address a
// reminder goes to. An Owner cell may hold either; this table is how a name finds its address.

import * as z from 'zod/mini';
import { readLabel, readText, type Cell } from '../cells';
import { normaliseHeader } from './headers';

export interface OwnerEntry {
  /** 0-based row in the tab's values. */
  readonly row: number;
  readonly name: string;
  /** '' when the row gives none. */
  readonly email: string;
}

/** Names (by nameKey) to their row; of a repeated name, the first row with an address wins. */
export interface OwnerDirectory {
  readonly entries: readonly OwnerEntry[];
  readonly byName: ReadonlyMap<string, OwnerEntry>;
}

export const OWNER_COLUMNS = {
  name: { title: 'Name', synonyms: ['Owner', 'Person', 'Who', 'Full name'] },
  email: { title: 'Email', synonyms: ['E-mail', 'Email address', 'Mail', 'Address', 'Work email'] },
} as const;

type OwnerColumn = keyof typeof OWNER_COLUMNS;

const HEADER_ROWS = 10;

const ownerRowSchema = z.object({
  name: z.transform((cell: Cell) => textOf(cell)),
  email: z.transform((cell: Cell) => textOf(cell)),
});

function textOf(cell: Cell): string {
  const reading = readLabel(cell);
  return reading.kind === 'value' ? reading.value.trim() : '';
}

/** The header row (within the top 10) that names both Name and Email, and where they are. */
function headerOf(values: readonly Cell[][]): { row: number; columns: Record<OwnerColumn, number> } | undefined {
  const wanted = new Map<string, OwnerColumn>();
  for (const key of Object.keys(OWNER_COLUMNS) as OwnerColumn[]) {
    const spec = OWNER_COLUMNS[key];
    for (const title of [spec.title, ...spec.synonyms]) wanted.set(normaliseHeader(title), key);
  }
  for (const [row, cells] of values.slice(0, HEADER_ROWS).entries()) {
    const columns: Partial<Record<OwnerColumn, number>> = {};
    cells.forEach((cell, index) => {
      const key = wanted.get(normaliseHeader(readText(cell)));
      if (key !== undefined && columns[key] === undefined) columns[key] = index;
    });
    if (columns.name !== undefined && columns.email !== undefined) {
      return { row, columns: { name: columns.name, email: columns.email } };
    }
  }
  return undefined;
}

/**
 * How a name is compared everywhere: case and spacing ignored, a pasted non-breaking space and a doubled
 * space inside the name too, since "Head  of CS" on a tab is the same person as "Head of CS" on Owners.
 */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

export const NO_OWNERS: OwnerDirectory = { entries: [], byName: new Map() };

/** The Owners tab as read; a tab without a Name and Email header maps nobody. */
export function ownerDirectory(values: readonly Cell[][] | undefined): OwnerDirectory {
  if (values === undefined) return NO_OWNERS;
  const header = headerOf(values);
  if (header === undefined) return NO_OWNERS;
  const entries: OwnerEntry[] = [];
  const byName = new Map<string, OwnerEntry>();
  values.slice(header.row + 1).forEach((cells, offset) => {
    const parsed = ownerRowSchema.safeParse({
      name: cells[header.columns.name] ?? '',
      email: cells[header.columns.email] ?? '',
    });
    if (!parsed.success || (parsed.data.name === '' && parsed.data.email === '')) return;
    const entry: OwnerEntry = { row: header.row + 1 + offset, ...parsed.data };
    entries.push(entry);
    const key = nameKey(parsed.data.name);
    // A repeated name: the first row with an address, so a blank row above the real one does not hide it.
    const earlier = byName.get(key);
    if (key !== '' && (earlier === undefined || (earlier.email === '' && entry.email !== ''))) byName.set(key, entry);
  });
  return { entries, byName };
}
