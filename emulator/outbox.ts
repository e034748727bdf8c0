// Mail the script sent, and each user's daily recipient quota. Nothing leaves the machine: a test (or the
// playground's Outbox) reads what would have been sent.

export interface SentMail {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  /** The sender's display name, when the script set one. */
  readonly name?: string;
  readonly replyTo?: string;
  readonly noReply: boolean;
  /** The effective user: in a trigger, its creator. */
  readonly from: string;
  /** When it was sent, by the script's clock (ms). */
  readonly time: number;
}

/** Google's consumer figure; Workspace accounts get 1,500 (tests may set either). */
export const CONSUMER_DAILY_RECIPIENTS = 100;
const DAY = 86_400_000;

interface QuotaWindow {
  start: number;
  used: number;
}

export class Outbox {
  readonly sent: SentMail[] = [];
  /** Recipients a user may mail per day. */
  dailyLimit = CONSUMER_DAILY_RECIPIENTS;
  readonly #windows = new Map<string, QuotaWindow>();

  /** A quota resets 24 hours after the first request it counted. */
  #window(user: string, now: number): QuotaWindow {
    const current = this.#windows.get(user);
    if (current !== undefined && now - current.start < DAY) return current;
    const fresh = { start: now, used: 0 };
    this.#windows.set(user, fresh);
    return fresh;
  }

  remaining(user: string, now: number): number {
    return this.dailyLimit - this.#window(user, now).used;
  }

  /** A test's shortcut to a part-used quota. */
  setRemaining(user: string, remaining: number, now: number): void {
    this.#window(user, now).used = this.dailyLimit - remaining;
  }

  record(mail: SentMail, recipients: number): void {
    this.#window(mail.from, mail.time).used += recipients;
    this.sent.push(mail);
  }
}
