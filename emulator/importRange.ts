// IMPORTRANGE reads another spreadsheet the emulator holds. Every workbook model registers here by its id
// (held weakly, so a finished test's workbooks can be collected), and access is granted per pair of
// destination and source, as Sheets' "Allow access" does (contract §19).
import type { WorkbookModel } from './workbookModel';

const books = new Map<string, WeakRef<WorkbookModel>>();
const grants = new Set<string>();
/** Source id → the ids of the workbooks whose IMPORTRANGE formulas read it. */
const readers = new Map<string, Set<string>>();

export function registerBook(model: WorkbookModel): void {
  books.set(model.id, new WeakRef(model));
}

/** A spreadsheet URL (…/spreadsheets/d/<id>/edit) or a bare id, as IMPORTRANGE accepts both. */
export function findBook(urlOrId: string): WorkbookModel | undefined {
  const id = /\/spreadsheets\/d\/([^/?#]+)/.exec(urlOrId)?.[1] ?? urlOrId.trim();
  return books.get(id)?.deref();
}

/** Remembers that `destination` imports from `source`, so the source's edits reach it (contract §19). */
export function readsFrom(destination: WorkbookModel, source: WorkbookModel): void {
  let ids = readers.get(source.id);
  if (ids === undefined) {
    ids = new Set();
    readers.set(source.id, ids);
  }
  ids.add(destination.id);
}

/** The workbooks still held whose imports read `source`. */
export function readersOf(source: WorkbookModel): WorkbookModel[] {
  const ids = readers.get(source.id);
  if (ids === undefined) return [];
  const found: WorkbookModel[] = [];
  for (const id of ids) {
    const book = books.get(id)?.deref();
    if (book === undefined) ids.delete(id);
    else found.push(book);
  }
  return found;
}

export function allowImport(destination: WorkbookModel, source: WorkbookModel): void {
  grants.add(`${destination.id}\u0000${source.id}`);
}

export function importAllowed(destination: WorkbookModel, source: WorkbookModel): boolean {
  return destination === source || grants.has(`${destination.id}\u0000${source.id}`);
}

/** Sheets' texts for an IMPORTRANGE that cannot load (contract §19; the unknown-source text is inferred). */
export const IMPORT_NOT_CONNECTED = 'You need to connect these sheets.';
export const IMPORT_NOT_FOUND = "You don't have permissions to access that sheet.";
