// SpreadsheetApp: the entry point to the one document the add-on runs in.
import type { Shape } from './apiShape';
import { makeDataValidationBuilder } from './dataValidation';
import type { Enums } from './enums';
import type { Env } from './env';
import { exception, notEmulated, signatureMismatch } from './errors';
import { emulate } from './proxy';
import { makeRange } from './range';
import { missingScopeMessage, SCOPES } from './scopes';
import { makeSheet } from './sheet';
import { makeSpreadsheet } from './spreadsheet';
import { makeUi } from './ui';

type SpreadsheetAppApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    | 'getActiveSpreadsheet'
    | 'getActive'
    | 'getActiveSheet'
    | 'getActiveRange'
    | 'getUi'
    | 'flush'
    | 'newDataValidation'
    | 'openById'
  >
>;

export function makeSpreadsheetApp(env: Env): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return emulate(
    'SpreadsheetApp',
    new SpreadsheetAppImpl(env),
    env,
  ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

class SpreadsheetAppImpl implements SpreadsheetAppApi {
  readonly #env: Env;
  readonly DataValidationCriteria: Enums['DataValidationCriteria'];

  constructor(env: Env) {
    this.#env = env;
    this.DataValidationCriteria = env.enums.DataValidationCriteria;
  }

  /** Null in a time-driven trigger, as users report for add-ons (a switch in LoadOptions). */
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.#noActiveDocument() ? null : makeSpreadsheet(this.#env);
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.#noActiveDocument() ? null : makeSpreadsheet(this.#env);
  }

  #noActiveDocument(): boolean {
    return this.#env.timeTrigger && !this.#env.activeSpreadsheetInTimeTrigger;
  }

  /** Opening a file by id needs the full spreadsheets scope; only this document exists here. */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const env = this.#env;
    if (typeof id !== 'string') throw signatureMismatch(env.realm, [id], 'SpreadsheetApp.openById');
    const denied = missingScopeMessage(env.scopes, env.mode, env.user, 'SpreadsheetApp.openById', SCOPES.spreadsheets);
    if (denied !== null) throw exception(env.realm, denied);
    if (id !== env.model.id) throw notEmulated(env.realm, 'SpreadsheetApp.openById(another file)');
    return makeSpreadsheet(env);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return makeSheet(this.#env, this.#env.model.getActiveSheet());
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    const { sheet, ...box } = this.#env.model.getSelection();
    return makeRange(this.#env, sheet, box);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    if (this.#env.timeTrigger)
      throw exception(this.#env.realm, 'Cannot call SpreadsheetApp.getUi() from this context.');
    return makeUi(this.#env);
  }

  /** Writes are applied immediately in memory; flush exists because scripts call it before releasing locks. */
  flush(): void {}

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return makeDataValidationBuilder(this.#env);
  }
}
