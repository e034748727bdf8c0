// IMPORTRANGE reads another spreadsheet the emulator holds. A workbook model registers here by its id once its
// URL or id is handed out (the only way a formula can name it) or it takes part in an import; access is granted
// per pair of destination and source, as Sheets' "Allow access" does (contract §19). Registration is held
// weakly but not at a workbook's birth: a new WeakRef keeps its target alive to the end of the running job, so
// registering every workbook would keep all those a synchronous run creates (a benchmark's) until it ends.
import type { WorkbookModel } from './workbookModel';

const books = new Map<string, WeakRef<WorkbookModel>>();
const grants = new Set<string>();
/** Source id → the ids of the workbooks whose IMPORTRANGE formulas read it. */
const readers = new Map<string, Set<string>>();

function registerBook(model: WorkbookModel): void {
  if (books.get(model.id)?.deref() !== model) books.set(model.id, new WeakRef(model));
}

/** The spreadsheet's URL, as Spreadsheet.getUrl() gives it; from now on IMPORTRANGE can find it. */
export function urlOf(model: WorkbookModel): string {
  registerBook(model);
  return `https://docs.google.com/spreadsheets/d/${model.id}/edit`;
}

/** The spreadsheet's id, as Spreadsheet.getId() gives it; from now on IMPORTRANGE can find it. */
export function idOf(model: WorkbookModel): string {
  registerBook(model);
  return model.id;
}

/** A spreadsheet URL (…/spreadsheets/d/<id>/edit) or a bare id, as IMPORTRANGE accepts both. */
export function findBook(urlOrId: string): WorkbookModel | undefined {
  const id = /\/spreadsheets\/d\/([^/?#]+)/.exec(urlOrId)?.[1] ?? urlOrId.trim();
  return books.get(id)?.deref();
}

/** Remembers that `destination` imports from `source`, so the source's edits reach it (contract §19). */
export function readsFrom(destination: WorkbookModel, source: WorkbookModel): void {
  registerBook(destination);
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
  registerBook(destination);
  registerBook(source);
  grants.add(`${destination.id}\u0000${source.id}`);
}

export function importAllowed(destination: WorkbookModel, source: WorkbookModel): boolean {
  return destination === source || grants.has(`${destination.id}\u0000${source.id}`);
}

/** Sheets' texts for an IMPORTRANGE that cannot load (contract §19; the unknown-source text is inferred). */
export const IMPORT_NOT_CONNECTED = 'You need to connect these sheets.';
export const IMPORT_NOT_FOUND = "You don't have permissions to access that sheet.";
