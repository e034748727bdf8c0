// The globals Apps Script puts in a script's scope, built for one execution (one realm, one auth mode).
import type { AuthModeName } from './authMode';
import type { AddonState, Env, StateOptions } from './env';
import { createEnv, createState } from './env';
import { makeCharts } from './charts';
import { makeHtmlService } from './html';
import { makeLockService } from './lock';
import { makeMailApp } from './mailApp';
import { makePropertiesService } from './properties';
import type { Realm } from './realm';
import { hostRealm } from './realm';
import { makeScriptApp } from './scriptApp';
import { makeSession } from './session';
import { makeSpreadsheetApp } from './spreadsheetApp';
import { makeLogger, makeUtilities } from './utilities';
import type { Workbook } from './workbook';
import { modelOf } from './workbook';

export interface Services {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly Charts: GoogleAppsScript.Charts.Charts;
}

export function createServices(env: Env): Services {
  return {
    SpreadsheetApp: makeSpreadsheetApp(env),
    HtmlService: makeHtmlService(env),
    PropertiesService: makePropertiesService(env),
    LockService: makeLockService(env),
    Session: makeSession(env),
    Utilities: makeUtilities(env),
    ScriptApp: makeScriptApp(env),
    Logger: makeLogger(env),
    MailApp: makeMailApp(env),
    Charts: makeCharts(env),
  };
}

export interface EmulatedServices extends Services {
  readonly state: AddonState;
  readonly env: Env;
}

/**
 * The services without a vm, for testing the emulator itself or calling it from host code: values come
 * back in the host realm. Pass `state` to share properties, UI log and counter between modes.
 */
export function emulateServices(
  options: {
    workbook: Workbook;
    authMode?: AuthModeName;
    realm?: Realm;
    state?: AddonState;
  } & StateOptions,
): EmulatedServices {
  const state = options.state ?? createState(modelOf(options.workbook), options);
  const env = createEnv(state, options.realm ?? hostRealm, options.authMode ?? 'FULL');
  return { ...createServices(env), state, env };
}
