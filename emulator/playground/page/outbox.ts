// The Outbox: the mail the add-on would have sent (nothing leaves the machine), each readable as plain
// text or as its HTML, and a button that fires the person's clock triggers now, so the weekly digest can
// be tried without waiting for Monday.
import { el } from '../../../src/ui/dom';
import type { OutboxMail, OutboxView } from '../outboxView';
import type { JobResult } from '../protocol';
import { showToast } from './toasts';

const STYLE = `
.outbox-button { margin-left: auto; font: inherit; padding: 4px 12px; border: 1px solid #dadce0; border-radius: 16px; background: #fff; cursor: pointer; }
.outbox-button:hover { background: #f1f3f4; }
.outbox { position: fixed; top: 0; right: 0; bottom: 0; width: 440px; z-index: 40; display: flex; flex-direction: column; background: #fff; border-left: 1px solid #dadce0; box-shadow: -2px 0 8px rgba(0,0,0,0.15); }
.outbox[hidden] { display: none; }
.outbox .panel-title { display: flex; justify-content: space-between; align-items: center; padding: 10px 14px; font-size: 16px; border-bottom: 1px solid #dadce0; }
.outbox .panel-title button { border: 0; background: none; font-size: 20px; cursor: pointer; }
.outbox-controls { padding: 10px 14px; border-bottom: 1px solid #eee; display: grid; gap: 6px; }
.outbox-run { justify-self: start; font: inherit; padding: 6px 14px; border: 0; border-radius: 4px; background: #1a73e8; color: #fff; cursor: pointer; }
.outbox-run:disabled { background: #dadce0; color: #80868b; cursor: default; }
.outbox-triggers { color: #5f6368; font-size: 12px; }
.outbox-list { flex: 1; overflow: auto; margin: 0; padding: 0; list-style: none; }
.outbox-empty { padding: 14px; color: #5f6368; }
.mail { border-bottom: 1px solid #eee; }
.mail-head { display: block; width: 100%; text-align: left; font: inherit; padding: 10px 14px; border: 0; background: none; cursor: pointer; }
.mail-head:hover { background: #f8f9fa; }
.mail-subject { display: block; font-weight: 600; }
.mail-meta { display: block; color: #5f6368; font-size: 12px; }
.mail-body { padding: 0 14px 12px; }
.mail-views { display: flex; gap: 4px; margin-bottom: 6px; }
.mail-views button { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid #dadce0; border-radius: 12px; background: #fff; cursor: pointer; }
.mail-views button[aria-pressed="true"] { background: #e8f0fe; border-color: #1a73e8; }
.mail-text { white-space: pre-wrap; font: 12px/1.5 monospace; margin: 0; padding: 8px; background: #f8f9fa; border-radius: 4px; }
.mail-html { width: 100%; height: 320px; border: 1px solid #dadce0; border-radius: 4px; }
`;

type Shown = 'text' | 'html';

export interface Outbox {
  /** The header's "Outbox (n)" button. */
  readonly button: HTMLButtonElement;
  show(view: OutboxView): void;
}

async function runTriggers(): Promise<JobResult> {
  const response = await fetch('/triggers', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  return (await response.json()) as JobResult;
}

function recipients(mail: OutboxMail): string {
  const parts = [`To: ${mail.to.join(', ')}`];
  if (mail.cc.length > 0) parts.push(`Cc: ${mail.cc.join(', ')}`);
  if (mail.bcc.length > 0) parts.push(`Bcc: ${mail.bcc.join(', ')}`);
  return parts.join(' · ');
}

function sender(mail: OutboxMail): string {
  const from = mail.name === undefined ? mail.from : `${mail.name} <${mail.from}>`;
  return `From: ${from} · ${mail.time.slice(0, 16).replace('T', ' ')} UTC`;
}

export function createOutbox(): Outbox {
  document.head.append(el('style', { textContent: STYLE }));
  const button = el('button', { className: 'outbox-button', textContent: 'Outbox (0)', title: 'Mail the add-on sent' });
  const close = el('button', { title: 'Close', textContent: '×' });
  const run = el('button', { className: 'outbox-run', textContent: 'Run the weekly trigger now' });
  const triggerLine = el('div', { className: 'outbox-triggers' });
  const list = el('ul', { className: 'outbox-list' });
  const drawer = el(
    'aside',
    { className: 'outbox', hidden: true, ariaLabel: 'Outbox' },
    el('div', { className: 'panel-title' }, el('span', { textContent: 'Outbox' }), close),
    el('div', { className: 'outbox-controls' }, run, triggerLine),
    list,
  );
  document.body.append(drawer);
  /** Which mails are open, and in which view: kept across redraws (mails only ever get appended). */
  const open = new Map<number, Shown>();
  let latest: OutboxView = { mails: [], triggers: [] };

  button.addEventListener('click', () => {
    drawer.hidden = !drawer.hidden;
  });
  close.addEventListener('click', () => {
    drawer.hidden = true;
  });
  run.addEventListener('click', () => {
    const before = latest.mails.length;
    run.disabled = true;
    void runTriggers().then((result) => {
      run.disabled = latest.triggers.length === 0;
      if (!result.ok) {
        showToast({ title: 'Trigger', message: result.message ?? 'failed', timeoutSeconds: 10 }, 'error');
        return;
      }
      // The page redraws from the server's 'changed' event; this only says what happened.
      void fetch('/state')
        .then((response) => response.json() as Promise<{ view: { outbox: OutboxView } }>)
        .then(({ view }) => {
          const sent = view.outbox.mails.length - before;
          showToast({ title: 'Trigger ran', message: sent === 0 ? 'No mail sent.' : `${sent} mail(s) sent.` });
        });
    });
  });

  function mailItem(mail: OutboxMail, index: number): HTMLElement {
    const head = el(
      'button',
      { className: 'mail-head' },
      el('span', { className: 'mail-subject', textContent: mail.subject || '(no subject)' }),
      el('span', { className: 'mail-meta', textContent: recipients(mail) }),
      el('span', { className: 'mail-meta', textContent: sender(mail) }),
    );
    head.addEventListener('click', () => {
      if (open.has(index)) open.delete(index);
      else open.set(index, mail.htmlBody === undefined ? 'text' : 'html');
      draw();
    });
    const shown = open.get(index);
    if (shown === undefined) return el('li', { className: 'mail' }, head);
    const viewButton = (kind: Shown, label: string): HTMLButtonElement => {
      const toggle = el('button', { textContent: label });
      toggle.setAttribute('aria-pressed', String(kind === shown));
      toggle.addEventListener('click', () => {
        open.set(index, kind);
        draw();
      });
      return toggle;
    };
    let body: HTMLElement;
    if (shown === 'html' && mail.htmlBody !== undefined) {
      // A sandbox without scripts: the add-on's HTML is shown as a mail client would, and cannot run code.
      const frame = el('iframe', { className: 'mail-html', title: mail.subject });
      frame.setAttribute('sandbox', '');
      frame.srcdoc = mail.htmlBody;
      body = frame;
    } else body = el('pre', { className: 'mail-text', textContent: mail.body });
    return el(
      'li',
      { className: 'mail open' },
      head,
      el(
        'div',
        { className: 'mail-body' },
        el(
          'div',
          { className: 'mail-views' },
          viewButton('text', 'Plain text'),
          mail.htmlBody === undefined ? null : viewButton('html', 'HTML'),
        ),
        body,
      ),
    );
  }

  function draw(): void {
    const { mails, triggers } = latest;
    button.textContent = `Outbox (${mails.length})`;
    run.disabled = triggers.length === 0;
    triggerLine.textContent =
      triggers.length === 0
        ? 'You have no clock trigger in this spreadsheet yet: switch the weekly digest on first.'
        : triggers.map((trigger) => `${trigger.handlerFunction}: ${trigger.schedule}`).join('; ');
    // Newest first, as a mail client lists them.
    const items = mails.map((mail, index) => mailItem(mail, index)).reverse();
    list.replaceChildren(
      ...(items.length === 0 ? [el('li', { className: 'outbox-empty', textContent: 'No mail sent yet.' })] : items),
    );
  }

  return {
    button,
    show(view: OutboxView): void {
      latest = view;
      draw();
    },
  };
}
