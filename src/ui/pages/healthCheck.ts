// Health check sidebar: the findings, each with a link that selects its row and, for a neglected KPI,
// a button that adds the drafted recovery OKR.
import { el } from '../dom';
import { callServer, errorText, type ServerReply } from '../server';

type Finding = Extract<ServerReply<'getHealthFindings'>, { ok: true }>['findings'][number];

/** The button that adds a finding's drafted recovery OKR; `note` says how that went. */
function recoveryButton(kpiId: string, note: HTMLElement): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'action' }, 'Add recovery OKR');
  button.onclick = () => {
    button.disabled = true;
    callServer('addRecoveryOkr', { kpiId })
      .then((reply) => {
        note.className = 'success';
        note.textContent = reply.message;
      })
      .catch((error: unknown) => {
        button.disabled = false;
        note.className = 'error';
        note.textContent = errorText(error);
      });
  };
  return button;
}

export function renderHealthCheck(root: HTMLElement): void {
  const status = el('p', { className: 'secondary' }, 'Checking your KPIs and OKRs…');
  const list = el('div', { className: 'block' });
  const again = el('button', { type: 'button', onclick: () => load() }, 'Check again');
  root.append(status, list, el('div', { className: 'block' }, again));

  const item = (finding: Finding): HTMLElement => {
    const note = el('p', { className: 'secondary' });
    const select = el(
      'a',
      {
        href: '#',
        className: 'finding-link',
        onclick: (event: Event) => {
          event.preventDefault();
          callServer('selectHealthFinding', { tab: finding.tab, row: finding.row }).catch((error: unknown) => {
            note.className = 'error';
            note.textContent = errorText(error);
          });
        },
      },
      `${finding.tab} row ${finding.row}`,
    );
    const add = finding.recovery === undefined ? null : recoveryButton(finding.recovery.kpiId, note);
    return el(
      'div',
      { className: 'block finding', dataset: { rule: finding.rule } },
      select,
      el('p', {}, finding.what),
      el('p', { className: 'secondary' }, finding.fix),
      add,
      note,
    );
  };

  const load = (): void => {
    again.disabled = true;
    status.textContent = 'Checking your KPIs and OKRs…';
    callServer('getHealthFindings')
      .then((reply) => {
        list.replaceChildren();
        if (!reply.ok) {
          status.className = 'error';
          status.textContent = reply.message;
          return;
        }
        status.className = 'secondary';
        status.textContent =
          reply.findings.length === 0
            ? 'No findings: your OKRs follow the practice.'
            : `${reply.findings.length} finding${reply.findings.length === 1 ? '' : 's'}. Click a row link to go there.`;
        list.append(...reply.findings.map(item));
      })
      .catch((error: unknown) => {
        status.className = 'error';
        status.textContent = errorText(error);
      })
      .finally(() => {
        again.disabled = false;
      });
  };
  load();
}
