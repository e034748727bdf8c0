// OAuth scopes: what the manifest asks for, and what each person granted. With granular consent a person
// may decline some of the scopes an add-on asks for, so the check is per user, not per project.
import type { AuthModeName } from './authMode';

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  spreadsheets: `${AUTH}spreadsheets`,
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  containerUi: `${AUTH}script.container.ui`,
  scriptApp: `${AUTH}script.scriptapp`,
  sendMail: `${AUTH}script.send_mail`,
  userInfoEmail: `${AUTH}userinfo.email`,
} as const;

/** A project that declares no manifest asks for everything the emulator checks, so older tests keep working. */
export const EVERY_CHECKED_SCOPE: readonly string[] = Object.values(SCOPES);

export class ScopeGrants {
  /** The manifest's oauthScopes. */
  readonly requested: readonly string[];
  readonly #declined = new Map<string, Set<string>>();

  constructor(requested: readonly string[] = EVERY_CHECKED_SCOPE) {
    this.requested = [...requested];
  }

  /** A person unticks this scope on the consent screen (granular consent). */
  decline(user: string, scope: string): void {
    const declined = this.#declined.get(user) ?? new Set<string>();
    declined.add(scope);
    this.#declined.set(user, declined);
  }

  /** They authorise it after all, e.g. on the next prompt. */
  grant(user: string, scope: string): void {
    this.#declined.get(user)?.delete(scope);
  }

  granted(user: string, scope: string): boolean {
    return this.requested.includes(scope) && !(this.#declined.get(user)?.has(scope) ?? false);
  }

  grantedScopes(user: string): string[] {
    return this.requested.filter((scope) => this.granted(user, scope));
  }
}

/**
 * Apps Script's message for a call that needs authorisation the execution lacks: a simple trigger or
 * custom function (not FULL), a scope missing from the manifest, or one the person declined (§6, §17).
 */
export function missingScopeMessage(
  grants: ScopeGrants,
  mode: AuthModeName,
  user: string,
  call: string,
  scope: string,
): string | null {
  if (mode === 'FULL' && grants.granted(user, scope)) return null;
  return `You do not have permission to call ${call}. Required permissions: ${scope}`;
}
