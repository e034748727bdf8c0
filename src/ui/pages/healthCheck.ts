// Health check sidebar: the findings, each with a link that selects its row and, for a neglected KPI,
// a button that adds the drafted recovery OKR; a plateau is offered as a suggestion, with its drafted OKR.
import { el } from '../dom';
import { callServer, errorText, type ServerReply } from '../server';

type Finding = Extract<ServerReply<'getHealthFindings'>, { ok: true }>['findings'][number];

/** The button that adds a finding's drafted OKR; `note` says how that went. */
function recoveryButton(kpiId: string, label: string, note: HTMLElement): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'action' }, label);
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
    const suggestion = finding.suggestion === true;
    const add =
      finding.recovery === undefined
        ? null
        : recoveryButton(finding.recovery.kpiId, suggestion ? 'Add this OKR' : 'Add recovery OKR', note);
    return el(
      'div',
      { className: suggestion ? 'block finding suggestion' : 'block finding', dataset: { rule: finding.rule } },
      suggestion ? el('p', { className: 'secondary' }, 'Suggestion') : null,
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
        const suggestions = reply.findings.filter((finding) => finding.suggestion === true).length;
        const mistakes = reply.findings.length - suggestions;
        status.textContent =
          reply.findings.length === 0
            ? 'No findings: your OKRs follow the practice.'
            : `${mistakes} finding${mistakes === 1 ? '' : 's'}` +
              (suggestions === 0 ? '' : ` and ${suggestions} suggestion${suggestions === 1 ? '' : 's'}`) +
              '. Click a row link to go there.';
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
