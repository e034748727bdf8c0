// SpreadsheetApp: the entry point to the one document the add-on runs in.
import type { Shape } from './apiShape';
import { makeDataValidationBuilder } from './dataValidation';
import type { Enums } from './enums';
import type { Env } from './env';
import { emulate } from './proxy';
import { makeRange } from './range';
import { makeSheet } from './sheet';
import { makeSpreadsheet } from './spreadsheet';
import { makeUi } from './ui';

type SpreadsheetAppApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getActiveRange' | 'getUi' | 'flush' | 'newDataValidation'
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

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return makeSpreadsheet(this.#env);
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return makeSpreadsheet(this.#env);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return makeSheet(this.#env, this.#env.model.getActiveSheet());
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    const { sheet, ...box } = this.#env.model.getSelection();
    return makeRange(this.#env, sheet, box);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return makeUi(this.#env);
  }

  /** Writes are applied immediately in memory; flush exists because scripts call it before releasing locks. */
  flush(): void {}

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return makeDataValidationBuilder(this.#env);
  }
}
