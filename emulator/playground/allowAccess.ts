// "Allow access", as a person clicks it on an IMPORTRANGE cell that says "You need to connect these sheets."
// (contract §19): from then on this workbook may read that source, and its imports load. No script can do
// this, so it is a person's action in the playground, not an API of the emulated services.
import { parseA1 } from '../a1';
import type { Workbook } from '../index';
import { allowImport, findBook, IMPORT_NOT_FOUND } from '../importRange';
import { modelOf } from '../workbook';

/** The source the formula's first argument names: a quoted URL or id, or a cell of the same tab holding one. */
function sourceNamed(workbook: Workbook, sheet: string, formula: string): string {
  const argument = /IMPORTRANGE\s*\(\s*("(?:[^"]|"")*"|\$?[A-Z]+\$?\d+)/i.exec(formula)?.[1] ?? '';
  if (argument.startsWith('"')) return argument.slice(1, -1).replace(/""/g, '"');
  const ref = parseA1(argument.replace(/\$/g, ''));
  if (ref === null) throw new Error('This cell has no IMPORTRANGE to allow.');
  return String(workbook.read(sheet).values()[ref.row - 1]?.[ref.column - 1] ?? '');
}

export function allowAccess(workbook: Workbook, sheet: string, a1: string): void {
  const formula = workbook.read(sheet).cell(a1).formula;
  const source = findBook(sourceNamed(workbook, sheet, formula));
  if (source === undefined) throw new Error(IMPORT_NOT_FOUND);
  const model = modelOf(workbook);
  allowImport(model, source);
  model.formulas.reloadImports();
}
