// Start new quarter dialog: what will happen, the keep/empty choice, then the close and its summary.
import { el } from '../dom';
import { callServer, errorText, type ServerReply } from '../server';

type Preview = Extract<ServerReply<'getQuarterClosePreview'>, { ok: true }>;

const MODE_NAMES = { keep: 'keep unfinished key results', empty: 'start empty' } as const;

function closeButton(label: string): HTMLButtonElement {
  return el('button', { type: 'button', onclick: () => google.script.host.close() }, label);
}

function choice(value: 'keep' | 'empty', label: string, checked: boolean): HTMLElement {
  const input = el('input', { type: 'radio', name: 'mode', value, checked, id: `mode-${value}` });
  return el('div', { className: 'choice' }, input, el('label', { htmlFor: `mode-${value}` }, label));
}

/**
 * The objectives that stay but align to a row the picked choice removes, each to be given a new Parent; the
 * list follows the choice. Nothing at all when neither choice leaves one behind (most files have no Parent).
 */
function parentsBlock(preview: Preview, choices: HTMLElement, mode: 'keep' | 'empty'): HTMLElement[] {
  const { keep, empty } = preview.parentsLeftBehind;
  if (keep.length === 0 && empty.length === 0) return [];
  const list = el('div', {});
  const show = (picked: string): void => {
    const left = picked === 'empty' ? empty : keep;
    list.replaceChildren(
      left.length === 0
        ? el('p', { className: 'secondary' }, 'None with this choice.')
        : el('ul', {}, ...left.map((item) => el('li', {}, item.text))),
    );
  };
  show(mode);
  choices.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement) show(event.target.value);
  });
  return [
    el(
      'div',
      { className: 'block parents' },
      el('p', {}, 'Objectives that align to a row this close removes (give each a new Parent):'),
      list,
    ),
  ];
}

function renderPreview(root: HTMLElement, preview: Preview): void {
  const grades = el(
    'table',
    { className: 'grades' },
    ...preview.objectives.map((objective) => {
      const grade = el('td', { className: 'grade' }, objective.score === null ? '—' : objective.score.toFixed(2));
      grade.style.background = objective.colour;
      return el('tr', {}, el('td', {}, `${objective.id} ${objective.text}`), grade);
    }),
  );
  const { spread } = preview;
  const resume = preview.resume;
  const mode = resume?.mode ?? 'keep';
  const message = el('div', { className: 'block' });
  const early = preview.early;
  const confirm = el(
    'button',
    { type: 'button', className: 'action' },
    resume !== undefined
      ? `Finish closing ${preview.quarter}`
      : early !== undefined
        ? `Close ${preview.quarter} early`
        : `Close ${preview.quarter}`,
  );
  const cancel = closeButton('Cancel');
  const choices = el(
    'div',
    { className: 'block' },
    choice('keep', `Keep unfinished key results (${preview.kept}) for ${preview.next}`, mode === 'keep'),
    choice('empty', `Start ${preview.next} empty`, mode === 'empty'),
  );
  if (resume !== undefined) {
    for (const input of choices.querySelectorAll('input')) input.disabled = true;
    // Part of the roll may be done one way: finishing it the other way would leave the tab half of each.
    choices.append(
      el(
        'p',
        { className: 'secondary fixed' },
        `Fixed at "${MODE_NAMES[resume.mode]}": the stopped close started with that choice, and finishing it another way would leave the OKRs tab half one, half the other.`,
      ),
    );
  }
  confirm.onclick = () => {
    const picked = choices.querySelector<HTMLInputElement>('input:checked')?.value ?? mode;
    confirm.disabled = true;
    cancel.disabled = true;
    message.replaceChildren(
      el('p', { className: 'secondary' }, 'Closing the quarter: a message at the bottom of the sheet shows each step…'),
    );
    callServer('confirmQuarterClose', { mode: picked, quarter: preview.quarter })
      .then((reply) => {
        message.replaceChildren(
          el('p', { className: reply.ok ? 'success summary' : 'error' }, reply.message),
          closeButton('Done'),
        );
        confirm.remove();
        cancel.remove();
      })
      .catch((error: unknown) => {
        message.replaceChildren(el('p', { className: 'error' }, errorText(error)));
        confirm.disabled = false;
        cancel.disabled = false;
      });
  };
  root.append(
    el('h2', {}, `Close ${preview.quarter} and start ${preview.next}`),
    ...(resume === undefined
      ? []
      : [
          el(
            'p',
            { className: 'error' },
            `A close of ${preview.quarter} stopped part-way (done: ${resume.done.join(', ') || 'nothing'}). Confirm to finish it; nothing is lost.`,
          ),
        ]),
    ...(early === undefined
      ? []
      : [
          el(
            'p',
            { className: 'error early' },
            `${preview.quarter} has not ended yet: today is day ${early.day} of ${early.days} (it ends on ${early.end}). ` +
              `Closing now grades it as it stands and starts ${preview.next}; to grade the whole quarter, close it in the first days of ${preview.next}.`,
          ),
        ]),
    el('div', { className: 'block' }, el('p', {}, 'Final grades'), grades),
    el(
      'p',
      { className: 'block spread' },
      `${preview.keyResults} key results: ${spread.red} red · ${spread.yellow} yellow · ${spread.green} green` +
        (spread.ungraded > 0 ? ` · ${spread.ungraded} without a score` : '') +
        `; ${preview.done} met (they stay in the archive only).`,
    ),
    el(
      'p',
      { className: 'block' },
      `The OKRs tab is archived as "${preview.archive}" (values, formats, colours; protected with a warning).`,
    ),
    el(
      'div',
      { className: 'block moves' },
      el('p', {}, 'KPI bounds that move (met key results become the new baseline):'),
      preview.boundMoves.length === 0
        ? el('p', { className: 'secondary' }, 'None.')
        : el('ul', {}, ...preview.boundMoves.map((move) => el('li', {}, move.text))),
    ),
    el(
      'div',
      { className: 'block confirms' },
      el('p', {}, 'What the KPIs did over the quarter (the KPI confirms):'),
      preview.confirms.length === 0
        ? el('p', { className: 'secondary' }, 'No key result is linked to a KPI.')
        : el(
            'ul',
            {},
            ...preview.confirms.map((item) => el('li', item.unconfirmed ? { className: 'error' } : {}, item.text)),
          ),
    ),
    choices,
    ...parentsBlock(preview, choices, mode),
    el('div', { className: 'block' }, confirm, cancel),
    message,
  );
}

export function renderQuarterClose(root: HTMLElement): void {
  const status = el('p', { className: 'secondary' }, 'Reading your OKRs…');
  root.append(status);
  callServer('getQuarterClosePreview')
    .then((reply) => {
      status.remove();
      if (reply.ok) renderPreview(root, reply);
      else root.append(el('p', {}, reply.message), closeButton('Close'));
    })
    .catch((error: unknown) => {
      status.className = 'error';
      status.textContent = errorText(error);
    });
}
