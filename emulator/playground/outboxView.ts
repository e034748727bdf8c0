// What the page's Outbox shows: the mail the add-on sent and the person's clock triggers. Plain data, so
// the page (typechecked with the DOM lib only) can import it.

export interface OutboxMail {
  subject: string;
  to: string[];
  cc: string[];
  bcc: string[];
  from: string;
  /** The sender's display name, when the add-on set one. */
  name?: string;
  body: string;
  htmlBody?: string;
  /** When it was sent, ISO. */
  time: string;
}

export interface OutboxTrigger {
  handlerFunction: string;
  /** "Mondays at 09:00 (Europe/Berlin)". */
  schedule: string;
}

export interface OutboxView {
  /** Newest last, as sent. */
  mails: OutboxMail[];
  /** The playground user's clock triggers in this document: what "Run the weekly trigger now" fires. */
  triggers: OutboxTrigger[];
}
