// Spreadsheet: the document. Tabs by name and position, insert/delete, the active tab, toasts.
import { parseA1 } from './a1';
import { idOf, urlOf } from './importRange';
import type { Shape } from './apiShape';
import type { Env } from './env';
import { exception, notEmulated, signatureMismatch } from './errors';
import { emulate, implOf } from './proxy';
import { makeRange } from './range';
import { boxFromA1 } from './rangeBounds';
import { realmArray } from './realm';
import { DUPLICATE_NAME, makeSheet, SheetImpl } from './sheet';
import { scriptText } from './scriptText';

type SpreadsheetApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.Spreadsheet,
    | 'getId'
    | 'getName'
    | 'getUrl'
    | 'getSheetByName'
    | 'getSheets'
    | 'getNumSheets'
    | 'insertSheet'
    | 'deleteSheet'
    | 'getActiveSheet'
    | 'setActiveSheet'
    | 'getActiveRange'
    | 'getRange'
    | 'toast'
    | 'getSpreadsheetTimeZone'
    | 'getSpreadsheetLocale'
    | 'moveActiveSheet'
  >
>;

export function makeSpreadsheet(env: Env): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return emulate('Spreadsheet', new SpreadsheetImpl(env), env) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export class SpreadsheetImpl implements SpreadsheetApi {
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  getId(): string {
    return idOf(this.#env.model);
  }

  getName(): string {
    return this.#env.model.name;
  }

  getUrl(): string {
    return urlOf(this.#env.model);
  }

  /** Exact and case-sensitive; null when absent. */
  getSheetByName(name: unknown): GoogleAppsScript.Spreadsheet.Sheet | null {
    const sheet = this.#env.model.find(String(name));
    return sheet === undefined ? null : makeSheet(this.#env, sheet);
  }

  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    return realmArray(
      this.#env.realm,
      this.#env.model.sheets.map((sheet) => makeSheet(this.#env, sheet)),
    );
  }

  getNumSheets(): number {
    return this.#env.model.sheets.length;
  }

  /** Overloads (), (index), (name), (name, index); options objects (templates) are not emulated. */
  insertSheet(...args: unknown[]): GoogleAppsScript.Spreadsheet.Sheet {
    const model = this.#env.model;
    if (args.some((arg) => arg !== null && typeof arg === 'object'))
      throw notEmulated(this.#env.realm, 'Spreadsheet.insertSheet(options)');
    const [first, second] = args;
    const name = typeof first === 'string' ? first : model.nextAutoName();
    const index = typeof first === 'number' ? first : typeof second === 'number' ? second : model.sheets.length;
    if (
      (first !== undefined && typeof first !== 'string' && typeof first !== 'number') ||
      index < 0 ||
      index > model.sheets.length
    ) {
      throw signatureMismatch(this.#env.realm, args, 'SpreadsheetApp.Spreadsheet.insertSheet');
    }
    if (model.find(name) !== undefined) throw exception(this.#env.realm, DUPLICATE_NAME(name));
    const sheet = model.addSheet(name, Math.floor(index));
    model.setActiveSheet(sheet);
    return makeSheet(this.#env, sheet);
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const impl = implOf(sheet, SheetImpl);
    if (impl === undefined) throw signatureMismatch(this.#env.realm, [sheet], 'SpreadsheetApp.Spreadsheet.deleteSheet');
    if (this.#env.model.sheets.length <= 1)
      throw exception(this.#env.realm, "You can't remove all the sheets in a document.");
    this.#env.model.removeSheet(impl.model);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return makeSheet(this.#env, this.#env.model.getActiveSheet());
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const impl = implOf(sheet, SheetImpl);
    if (impl === undefined)
      throw signatureMismatch(this.#env.realm, [sheet], 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    this.#env.model.setActiveSheet(impl.model);
    return sheet;
  }

  /** 1-based position among all tabs; out of 1..getNumSheets() throws (the wording is not documented). */
  moveActiveSheet(pos: number): void {
    const model = this.#env.model;
    if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 1 || pos > model.sheets.length) {
      throw exception(this.#env.realm, 'Those sheets are out of bounds.');
    }
    const active = model.getActiveSheet();
    model.sheets.splice(model.sheets.indexOf(active), 1);
    model.sheets.splice(pos - 1, 0, active);
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    const { sheet, ...box } = this.#env.model.getSelection();
    return makeRange(this.#env, sheet, box);
  }

  /** A1 (optionally "'Tab'!A1:B2"); unqualified references are on the active sheet. */
  getRange(a1Notation: unknown): GoogleAppsScript.Spreadsheet.Range {
    const ref = parseA1(String(a1Notation));
    const sheet = ref?.sheetName == null ? this.#env.model.getActiveSheet() : this.#env.model.find(ref.sheetName);
    if (ref === null || sheet === undefined) throw exception(this.#env.realm, 'Range not found');
    const cells = String(a1Notation).slice(String(a1Notation).lastIndexOf('!') + 1);
    return makeRange(this.#env, sheet, boxFromA1(this.#env.realm, sheet, cells));
  }

  toast(msg: unknown, title?: unknown, timeoutSeconds?: number | null): void {
    this.#env.ui.toasts.push({
      message: String(msg),
      ...(title === undefined || title === null ? {} : { title: scriptText(title) }),
      ...(typeof timeoutSeconds === 'number' ? { timeoutSeconds } : {}),
    });
  }

  getSpreadsheetTimeZone(): string {
    return this.#env.model.timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.#env.model.locale;
  }
}
