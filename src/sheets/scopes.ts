// Which of the digest's permissions the person granted. With granular consent someone may untick some of
// the scopes the add-on asks for, so the digest asks before it can be switched on, and before each run.

const AUTH = 'https://www.googleapis.com/auth/';

/** What the weekly digest needs beyond the add-on's own: its trigger, sending mail, and opening this file by ID. */
export const DIGEST_SCOPES = [`${AUTH}script.scriptapp`, `${AUTH}script.send_mail`, `${AUTH}spreadsheets`] as const;

export type DigestScope = (typeof DIGEST_SCOPES)[number];

/** What each is for, with the consent screen's words for it. */
export const SCOPE_PURPOSES: Readonly<Record<DigestScope, string>> = {
  [`${AUTH}script.scriptapp`]:
    'run the weekly digest on a schedule (“Allow this application to run when you are not present”)',
  [`${AUTH}script.send_mail`]: 'send the digest as you (“Send email as you”)',
  [`${AUTH}spreadsheets`]:
    'open this spreadsheet when the digest runs without it open (“See, edit, create and delete your spreadsheets”)',
};

/**
 * getAuthorizationInfo with a list of scopes and getAuthorizedScopes are newer than the type definitions;
 * the runtime has them (the granular-consent API).
 */
interface ScopedAuthorization {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    scopes: string[],
  ): {
    getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
    /** null when nothing is missing. */
    getAuthorizationUrl(): string | null;
    getAuthorizedScopes?: () => string[];
  };
}

export interface ScopeCheck {
  readonly missing: readonly DigestScope[];
  /** Google's link that asks the person again; '' when none is needed or given. */
  readonly url: string;
}

export function digestScopeCheck(): ScopeCheck {
  const info = (ScriptApp as unknown as ScopedAuthorization).getAuthorizationInfo(ScriptApp.AuthMode.FULL, [
    ...DIGEST_SCOPES,
  ]);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return { missing: [], url: '' };
  const granted = info.getAuthorizedScopes?.() ?? [];
  const missing = DIGEST_SCOPES.filter((scope) => !granted.includes(scope));
  return { missing: missing.length === 0 ? [...DIGEST_SCOPES] : missing, url: info.getAuthorizationUrl() ?? '' };
}
