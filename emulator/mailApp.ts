// MailApp (§18): sendEmail in its four signatures and the recipient quota. Mail is recorded in the
// project's Outbox, sent as the effective user (in a trigger, its creator), never delivered.
import type { Shape } from './apiShape';
import type { Env } from './env';
import { nowOf } from './env';
import { exception, notEmulated, signatureMismatch } from './errors';
import type { SentMail } from './outbox';
import { emulate } from './proxy';
import { missingScopeMessage, SCOPES } from './scopes';

export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const NO_RECIPIENT = 'Failed to send email: no recipient';
export const TOO_MANY_RECIPIENTS = 'Limit exceeded: Email Recipients Per Message.';
const RECIPIENTS_PER_MESSAGE = 50;

type MailAppApi = Shape<Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>>;

interface Message {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  cc?: string;
  bcc?: string;
}

const MESSAGE_FIELDS = new Set(['to', 'subject', 'body']);
const OPTION_TYPES: Record<string, 'string' | 'boolean'> = {
  to: 'string',
  subject: 'string',
  body: 'string',
  htmlBody: 'string',
  name: 'string',
  replyTo: 'string',
  cc: 'string',
  bcc: 'string',
  noReply: 'boolean',
};

export function makeMailApp(env: Env): GoogleAppsScript.Mail.MailApp {
  return emulate('MailApp', new MailAppImpl(env), env);
}

/** 'a@x.org, b@y.org' → the addresses; blanks between commas are dropped. */
export function splitRecipients(list: string | undefined): string[] {
  if (list === undefined) return [];
  return list
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

/** A plain address: something@domain.tld, no spaces. Display-name forms ("Ann <a@x.org>") are not accepted here. */
export function isEmailAddress(address: string): boolean {
  return /^[^\s@,<>()"]+@[^\s@,<>()".]+(\.[^\s@,<>()".]+)+$/.test(address);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

class MailAppImpl implements MailAppApi {
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  #requireScope(call: string): void {
    const { scopes, mode, user, realm } = this.#env;
    const message = missingScopeMessage(scopes, mode, user, call, SCOPES.sendMail);
    if (message !== null) throw exception(realm, message);
  }

  /** The four documented forms, told apart by their arguments' types as Apps Script does. */
  #message(args: unknown[]): Message {
    const [a, b, c, d] = args;
    const strings = (n: number): boolean => args.slice(0, n).every((arg) => typeof arg === 'string');
    if (args.length === 1 && isObject(a)) return this.#options(a, args, { to: '', subject: '', body: '' }, true);
    if (args.length === 3 && strings(3)) return { to: a as string, subject: b as string, body: c as string };
    if (args.length === 4 && strings(4))
      return { to: a as string, replyTo: b as string, subject: c as string, body: d as string };
    if (args.length === 4 && strings(3) && isObject(d))
      return this.#options(d, args, { to: a as string, subject: b as string, body: c as string }, false);
    throw signatureMismatch(this.#env.realm, args, 'MailApp.sendEmail');
  }

  /** `to`, `subject` and `body` are fields of the message form only; the options object has none of them. */
  #options(options: Record<string, unknown>, args: unknown[], base: Message, messageForm: boolean): Message {
    const message: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(options)) {
      if (value === undefined || value === null) continue;
      if (!messageForm && MESSAGE_FIELDS.has(key)) continue;
      if (key === 'attachments' || key === 'inlineImages')
        throw notEmulated(this.#env.realm, `MailApp.sendEmail ${key}`);
      const type = OPTION_TYPES[key];
      if (type === undefined) continue; // Apps Script ignores options it does not know.
      if (typeof value !== type) throw signatureMismatch(this.#env.realm, args, 'MailApp.sendEmail');
      message[key] = value;
    }
    return message as unknown as Message;
  }

  sendEmail(...args: unknown[]): void {
    this.#requireScope('MailApp.sendEmail');
    const message = this.#message(args);
    const { realm, project, user } = this.#env;
    const to = splitRecipients(message.to);
    const cc = splitRecipients(message.cc);
    const bcc = splitRecipients(message.bcc);
    const everyone = [...to, ...cc, ...bcc];
    if (everyone.length === 0) throw exception(realm, NO_RECIPIENT);
    const invalid = everyone.find((address) => !isEmailAddress(address));
    if (invalid !== undefined) throw exception(realm, `Invalid email: ${invalid}`);
    if (everyone.length > RECIPIENTS_PER_MESSAGE) throw exception(realm, TOO_MANY_RECIPIENTS);
    const now = nowOf(this.#env);
    if (project.outbox.remaining(user, now) < everyone.length) throw exception(realm, QUOTA_EXCEEDED);
    const mail: SentMail = {
      to,
      cc,
      bcc,
      subject: message.subject,
      body: message.body,
      ...(message.htmlBody === undefined ? {} : { htmlBody: message.htmlBody }),
      ...(message.name === undefined ? {} : { name: message.name }),
      ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
      noReply: message.noReply ?? false,
      from: user,
      time: now,
    };
    project.outbox.record(mail, everyone.length);
  }

  /** Recipients the effective user may still mail today. */
  getRemainingDailyQuota(): number {
    this.#requireScope('MailApp.getRemainingDailyQuota');
    return this.#env.project.outbox.remaining(this.#env.user, nowOf(this.#env));
  }
}
