// What each ScriptApp.AuthMode lets a script call (contract §6 "what each mode allows"). The emulator
// checks every call against the mode of the current execution, so a trigger that works only because a
// test ran it in FULL is caught.

export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

const UI_SCOPE = 'https://www.googleapis.com/auth/script.container.ui';

/** Before authorisation an add-on may only build its menu; Logger and Utilities touch no user data. */
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Session.getActiveUserLocale',
  'Session.getScriptTimeZone',
  'Session.getActiveUser',
  'Session.getEffectiveUser',
  'User.getEmail',
]);
/** ScriptApp and AuthorizationInfo check their own scopes, so onOpen can ask whether authorisation is needed. */
const FREE_IN_NONE = new Set(['Menu', 'Logger', 'Utilities', 'ScriptApp', 'AuthorizationInfo']);

const UI_SURFACES = new Set(['alert', 'prompt', 'showSidebar', 'showModalDialog', 'showModelessDialog']);

const DOCUMENT_CLASSES = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Protection']);
/** Spreadsheet calls that change the document or its UI; custom functions may not make them. */
const WRITE_PREFIXES = [
  'set',
  'insert',
  'delete',
  'append',
  'clear',
  'toast',
  'protect',
  'copyTo',
  'hide',
  'show',
  'activate',
  'autoResize',
  'check',
  'uncheck',
  'remove',
  'update',
];

/** The message Apps Script throws for this call in this mode, or null when the call is allowed. */
export function deniedMessage(mode: AuthModeName, className: string, method: string): string | null {
  const key = `${className}.${method}`;
  switch (mode) {
    case 'FULL':
      return null;
    case 'NONE':
      return ALLOWED_IN_NONE.has(key) || FREE_IN_NONE.has(className)
        ? null
        : `You do not have permission to call ${key}`;
    case 'LIMITED':
      return className === 'Ui' && UI_SURFACES.has(method)
        ? `You do not have permission to call ${key}. Required permissions: ${UI_SCOPE}`
        : null;
    case 'CUSTOM_FUNCTION':
      if (key === 'SpreadsheetApp.getUi') return 'Cannot call SpreadsheetApp.getUi() from this context.';
      if (DOCUMENT_CLASSES.has(className) && WRITE_PREFIXES.some((prefix) => method.startsWith(prefix))) {
        return `You do not have permission to call ${method}`;
      }
      return null;
  }
}

/** Outside FULL the user's identity is withheld: locale only. */
export function revealsUser(mode: AuthModeName): boolean {
  return mode === 'FULL';
}
