// Utilities and Logger: the small services every mode may use.
import { randomUUID } from 'node:crypto';
import type { Shape } from './apiShape';
import type { Env } from './env';
import { signatureMismatch } from './errors';
import { formatJavaDate } from './javaDateFormat';
import { emulate } from './proxy';
import { isDate } from './realm';

type UtilitiesApi = Shape<Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'sleep' | 'getUuid'>>;
type LoggerApi = Shape<Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>>;

export function makeUtilities(env: Env): GoogleAppsScript.Utilities.Utilities {
  return emulate('Utilities', new UtilitiesImpl(env), env) as unknown as GoogleAppsScript.Utilities.Utilities;
}

export function makeLogger(env: Env): GoogleAppsScript.Base.Logger {
  return emulate('Logger', new LoggerImpl(env), env);
}

class UtilitiesImpl implements UtilitiesApi {
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureMismatch(this.#env.realm, [date, timeZone, format], 'Utilities.formatDate');
    }
    return formatJavaDate(date.getTime(), timeZone, format);
  }

  /** Tests don't wait: sleeping is a no-op. */
  sleep(): void {}

  getUuid(): string {
    return randomUUID();
  }
}

class LoggerImpl implements LoggerApi {
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  /** Logger.log(format, ...values) substitutes %s like Apps Script; the line goes to addon.logs. */
  log(...args: unknown[]): this {
    const [first, ...rest] = args;
    let text = String(first);
    for (const value of rest)
      text = text.includes('%s') ? text.replace('%s', String(value)) : `${text} ${String(value)}`;
    this.#env.logs.push(text);
    return this;
  }

  getLog(): string {
    return this.#env.logs.join('\n');
  }

  clear(): void {
    this.#env.logs.length = 0;
  }
}
