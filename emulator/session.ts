// Session: who is running and in which zone. Outside FULL the user's email is withheld ('').
import type { Shape } from './apiShape';
import { revealsUser } from './authMode';
import type { Env } from './env';
import { emulate } from './proxy';

type SessionApi = Shape<
  Pick<
    GoogleAppsScript.Base.Session,
    'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
  >
>;
type UserApi = Shape<Pick<GoogleAppsScript.Base.User, 'getEmail'>>;

export function makeSession(env: Env): GoogleAppsScript.Base.Session {
  return emulate('Session', new SessionImpl(env), env) as unknown as GoogleAppsScript.Base.Session;
}

export function makeUser(env: Env): GoogleAppsScript.Base.User {
  return emulate(
    'User',
    new UserImpl(revealsUser(env.mode) ? env.user : ''),
    env,
  ) as unknown as GoogleAppsScript.Base.User;
}

class UserImpl implements UserApi {
  readonly #email: string;

  constructor(email: string) {
    this.#email = email;
  }

  getEmail(): string {
    return this.#email;
  }
}

class SessionImpl implements SessionApi {
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this.#env);
  }

  /** The add-on runs as the user who opened it; the same identity rules apply. */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return makeUser(this.#env);
  }

  getScriptTimeZone(): string {
    return this.#env.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return 'en';
  }

  getTemporaryActiveUserKey(): string {
    return revealsUser(this.#env.mode) ? `temporary-key-${this.#env.user}` : '';
  }
}
