// MailApp (contract §18): the four sendEmail forms, recorded mail, the recipient quota and the error texts.
import { describe, expect, it } from 'vitest';
import { createWorkbook, emulateServices, loadAddon, SCOPES } from '../../emulator/index';
import type { AuthModeName } from '../../emulator/index';
import { thrown } from './helpers';

const NOW = new Date('2026-11-16T08:00:00Z');
const LEAD = 'lead@example.com';

function mailer(authMode: AuthModeName = 'FULL', oauthScopes?: readonly string[]) {
  const workbook = createWorkbook({ sheets: { Sheet1: { values: [] } } });
  const services = emulateServices({
    workbook,
    authMode,
    now: NOW,
    user: LEAD,
    ...(oauthScopes === undefined ? {} : { oauthScopes }),
  });
  const outbox = services.state.project.outbox;
  return { MailApp: services.MailApp, outbox, services };
}

describe('MailApp.sendEmail: the documented signatures (contract §18 "signatures", "options")', () => {
  it('sendEmail(recipient, subject, body): comma-separated recipients, sent as the effective user', () => {
    const { MailApp, outbox } = mailer();
    MailApp.sendEmail('ann@example.com, bob@example.com', 'Check-in due', 'Two key results are due.');
    expect(outbox.sent).toEqual([
      {
        to: ['ann@example.com', 'bob@example.com'],
        cc: [],
        bcc: [],
        subject: 'Check-in due',
        body: 'Two key results are due.',
        noReply: false,
        from: LEAD,
        time: NOW.getTime(),
      },
    ]);
  });

  it('sendEmail(recipient, subject, body, options): htmlBody, name, replyTo, noReply, cc, bcc', () => {
    const { MailApp, outbox } = mailer();
    MailApp.sendEmail('ann@example.com', 'Check-in due', 'plain', {
      htmlBody: '<p>html</p>',
      name: 'KPI & OKR',
      replyTo: 'lead@example.com',
      noReply: true,
      cc: 'cc1@example.com,cc2@example.com',
      bcc: 'boss@example.com',
    });
    expect(outbox.sent[0]).toEqual({
      to: ['ann@example.com'],
      cc: ['cc1@example.com', 'cc2@example.com'],
      bcc: ['boss@example.com'],
      subject: 'Check-in due',
      body: 'plain',
      htmlBody: '<p>html</p>',
      name: 'KPI & OKR',
      replyTo: 'lead@example.com',
      noReply: true,
      from: LEAD,
      time: NOW.getTime(),
    });
  });

  it('the options object of the four-argument form cannot change the recipient, subject or body', () => {
    const { MailApp, outbox } = mailer();
    MailApp.sendEmail('ann@example.com', 'S', 'B', { to: 'eve@example.com', subject: 'X', body: 'Y', name: 'N' });
    expect(outbox.sent[0]).toMatchObject({ to: ['ann@example.com'], subject: 'S', body: 'B', name: 'N' });
  });

  it('sendEmail(to, replyTo, subject, body)', () => {
    const { MailApp, outbox } = mailer();
    MailApp.sendEmail('ann@example.com', 'lead@example.com', 'Subject', 'Body');
    expect(outbox.sent[0]).toMatchObject({
      to: ['ann@example.com'],
      replyTo: 'lead@example.com',
      subject: 'Subject',
      body: 'Body',
    });
  });

  it('sendEmail(message): to, subject, body plus the options in one object', () => {
    const { MailApp, outbox } = mailer();
    MailApp.sendEmail({ to: 'ann@example.com', subject: 'S', body: 'B', htmlBody: '<b>B</b>', name: 'KPI & OKR' });
    expect(outbox.sent[0]).toMatchObject({ to: ['ann@example.com'], subject: 'S', body: 'B', htmlBody: '<b>B</b>' });
  });

  it("arguments of the wrong types: 'The parameters (…) don't match the method signature for MailApp.sendEmail.'", () => {
    const { MailApp, outbox } = mailer();
    const untyped = MailApp as unknown as { sendEmail(...args: unknown[]): void };
    const send = (...args: unknown[]): void => untyped.sendEmail(...args);
    expect(thrown(() => send('ann@example.com', 'S')).message).toBe(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
    expect(thrown(() => send({ to: 'ann@example.com', subject: 'S', body: 'B', cc: 3 })).name).toBe('Exception');
    expect(outbox.sent).toEqual([]);
  });

  it('attachments are not emulated and say so', () => {
    const { MailApp } = mailer();
    expect(thrown(() => MailApp.sendEmail('ann@example.com', 'S', 'B', { attachments: [] })).message).toBe(
      'not emulated: MailApp.sendEmail attachments',
    );
  });
});

describe('MailApp: bad addresses (contract §18 "bad address")', () => {
  it("an empty recipient: 'Failed to send email: no recipient'", () => {
    const { MailApp, outbox } = mailer();
    const error = thrown(() => MailApp.sendEmail('', 'S', 'B'));
    expect([error.name, error.message]).toEqual(['Exception', 'Failed to send email: no recipient']);
    expect(thrown(() => MailApp.sendEmail(' , ', 'S', 'B')).message).toBe('Failed to send email: no recipient');
    expect(outbox.sent).toEqual([]);
  });

  it("a malformed address: 'Invalid email: <address>', and nothing is sent to the others", () => {
    const { MailApp, outbox } = mailer();
    expect(thrown(() => MailApp.sendEmail('ann@example.com, Bob Smith', 'S', 'B')).message).toBe(
      'Invalid email: Bob Smith',
    );
    expect(thrown(() => MailApp.sendEmail('ann@example.com', 'S', 'B', { cc: 'nobody@' })).message).toBe(
      'Invalid email: nobody@',
    );
    expect(outbox.sent).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it("more than 50 recipients in one message: 'Limit exceeded: Email Recipients Per Message.'", () => {
    const { MailApp } = mailer();
    const many = Array.from({ length: 51 }, (_, n) => `p${n}@example.com`).join(',');
    expect(thrown(() => MailApp.sendEmail(many, 'S', 'B')).message).toBe(
      'Limit exceeded: Email Recipients Per Message.',
    );
  });
});

describe('MailApp quota (contract §18 "getRemainingDailyQuota", "quotas", "quota-exceeded error")', () => {
  it('counts recipients, not messages (to, cc and bcc), from the consumer 100', () => {
    const { MailApp } = mailer();
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('a@example.com,b@example.com', 'S', 'B', { cc: 'c@example.com', bcc: 'd@example.com' });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
  });

  it("exhausted part-way: 'Service invoked too many times for one day: email.'; nothing of that message is sent", () => {
    const { MailApp, outbox } = mailer();
    outbox.setRemaining(LEAD, 3, NOW.getTime());
    MailApp.sendEmail('a@example.com,b@example.com', 'first', 'B');
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    const error = thrown(() => MailApp.sendEmail('c@example.com,d@example.com', 'second', 'B'));
    expect([error.name, error.message]).toEqual(['Exception', 'Service invoked too many times for one day: email.']);
    MailApp.sendEmail('c@example.com', 'third', 'B');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('e@example.com', 'fourth', 'B')).toThrow('too many times for one day: email.');
    expect(outbox.sent.map((mail) => mail.subject)).toEqual(['first', 'third']);
  });

  it('resets 24 hours after the first request; a Workspace limit may be set', () => {
    const { MailApp, outbox, services } = mailer();
    MailApp.sendEmail('a@example.com', 'S', 'B');
    services.state.clock.pinned = NOW.getTime() + 86_400_000 - 1;
    expect(MailApp.getRemainingDailyQuota()).toBe(99);
    services.state.clock.pinned = NOW.getTime() + 86_400_000;
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    outbox.dailyLimit = 1500;
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  it('each user has their own quota', () => {
    const workbook = createWorkbook({ sheets: { Sheet1: { values: [] } } });
    const code = `function send(to) { MailApp.sendEmail(to, 'S', 'B'); return MailApp.getRemainingDailyQuota(); }`;
    const addon = loadAddon({ code, workbook, now: NOW, user: LEAD });
    addon.mail.setRemainingDailyQuota(1);
    expect(addon.run('send', { args: ['a@example.com'] })).toBe(0);
    expect(() => addon.run('send', { args: ['a@example.com'] })).toThrow('Service invoked too many times');
    expect(addon.run('send', { args: ['a@example.com'], user: 'ann@example.com' })).toBe(99);
    expect(addon.mail.sent.map((mail) => mail.from)).toEqual([LEAD, 'ann@example.com']);
    expect(addon.mail.remainingDailyQuota('ann@example.com')).toBe(99);
  });
});

describe('MailApp: authorisation (contract §18 "scopes", "in an add-on\'s time-driven trigger")', () => {
  const SEND = 'https://www.googleapis.com/auth/script.send_mail';

  it(`without script.send_mail in the manifest: 'You do not have permission to call MailApp.sendEmail. Required permissions: ${SEND}'`, () => {
    const { MailApp, outbox } = mailer('FULL', [SCOPES.spreadsheetsCurrentOnly]);
    expect(thrown(() => MailApp.sendEmail('ann@example.com', 'S', 'B')).message).toBe(
      `You do not have permission to call MailApp.sendEmail. Required permissions: ${SEND}`,
    );
    expect(thrown(() => MailApp.getRemainingDailyQuota()).message).toBe(
      `You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: ${SEND}`,
    );
    expect(outbox.sent).toEqual([]);
  });

  it.each(['LIMITED', 'CUSTOM_FUNCTION'] as const)('not in a simple trigger or custom function (%s)', (mode) => {
    const { MailApp, outbox } = mailer(mode);
    expect(thrown(() => MailApp.sendEmail('ann@example.com', 'S', 'B')).message).toBe(
      `You do not have permission to call MailApp.sendEmail. Required permissions: ${SEND}`,
    );
    expect(outbox.sent).toEqual([]);
  });

  it('not before authorisation (NONE)', () => {
    const { MailApp } = mailer('NONE');
    expect(thrown(() => MailApp.sendEmail('ann@example.com', 'S', 'B')).message).toBe(
      'You do not have permission to call MailApp.sendEmail',
    );
  });

  it('a person who declined send_mail cannot send; the call is still counted', () => {
    const workbook = createWorkbook({ sheets: { Sheet1: { values: [] } } });
    const code = `function send() { MailApp.sendEmail('a@example.com', 'S', 'B'); }`;
    const addon = loadAddon({ code, workbook, now: NOW, user: LEAD });
    addon.consent.decline(SCOPES.sendMail);
    expect(() => addon.run('send')).toThrow('You do not have permission to call MailApp.sendEmail.');
    expect(addon.counter.count('MailApp.sendEmail')).toBe(1);
    expect(addon.mail.sent).toEqual([]);
  });

  it('in a clock trigger the mail goes out as the trigger’s creator and counts against their quota', () => {
    const workbook = createWorkbook({ sheets: { Sheet1: { values: [] } } });
    const code = String.raw`
      function enable() { return ScriptApp.newTrigger('digest').timeBased().everyDays(1).atHour(9).create().getUniqueId(); }
      function digest() { MailApp.sendEmail(Session.getEffectiveUser().getEmail(), 'Digest', 'B', { name: 'KPI & OKR' }); }`;
    const addon = loadAddon({ code, workbook, now: NOW, user: LEAD });
    const id = addon.run('enable', { user: 'ann@example.com' }) as string;
    addon.fireTrigger(id);
    expect(addon.mail.sent.map((mail) => [mail.from, mail.to])).toEqual([['ann@example.com', ['ann@example.com']]]);
    expect(addon.mail.remainingDailyQuota('ann@example.com')).toBe(99);
    expect(addon.mail.remainingDailyQuota(LEAD)).toBe(100);
  });
});
