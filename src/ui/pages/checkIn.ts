// The check-in sidebar: key results grouped by objective and KPIs, filtered by owner, each with its
// value, score bar, status, confidence, last check-in and trend, and a check-in form one at a time.
import type { CheckInReply, CheckInState, ItemView, ObjectiveView } from '../../core/checkInState';
import { el } from '../dom';
import { callServer } from '../server';
import { checkInForm, type CheckInValues } from './checkInForm';
import { scoreBar } from './scoreBar';
import { trendChart } from './trendChart';

interface CheckInList {
  readonly element: HTMLElement;
  /** Shows a state the server returned (after a check-in elsewhere, or a row added). */
  show(state: CheckInState, message?: string): void;
}

function statusChip(status: string, colour: string): HTMLElement {
  const chip = el('span', { className: 'chip' }, status || 'NO DATA');
  chip.style.background = colour;
  return chip;
}

function details(item: ItemView): string {
  const parts = [item.currentText];
  if (item.kind === 'KR' && item.confidence !== null) parts.push(`confidence ${item.confidence}/10`);
  parts.push(item.lastCheckIn === null ? 'no check-in yet' : `checked in ${item.lastCheckIn}`);
  return parts.join(' · ');
}

export function checkInList(): CheckInList {
  const owner = el('select', { id: 'owner' });
  const notice = el('div', { className: 'notice' });
  notice.setAttribute('role', 'status');
  const problem = el('div', { className: 'error' });
  problem.setAttribute('role', 'alert');
  const list = el('div', { className: 'items' });
  const element = el('div', { className: 'check-in' },
    el('div', { className: 'form-group' }, el('label', { htmlFor: 'owner' }, 'Owner'), owner),
    notice, problem, list);

  let state: CheckInState | undefined;
  let openId: string | null = null;

  const itemCard = (item: ItemView): HTMLElement => {
    const card = el('div', { className: 'item', dataset: { id: item.id } });
    const open = el('button', { type: 'button', className: 'check-in-button' }, 'Check in');
    open.setAttribute('aria-label', `Check in ${item.name}`);
    open.setAttribute('aria-expanded', String(openId === item.id));
    open.addEventListener('click', () => {
      openId = openId === item.id ? null : item.id;
      render();
      const field = list.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"] input`);
      field?.focus();
    });
    const trend = trendChart(item.trend, `Trend of ${item.name}: ${item.trend.length} check-in${item.trend.length === 1 ? '' : 's'}`);
    card.append(
      el('div', { className: 'item-head' }, el('span', { className: 'item-name' }, item.name), statusChip(item.status, item.statusColour)),
      el('div', { className: 'secondary' }, `${item.id} · ${item.owner || 'no owner'}`),
      el('div', { className: 'item-details' }, details(item)),
      item.kind === 'KR' ? scoreBar(item.score, item.scoreColour, `Score of ${item.name}`) : el('div', { className: 'secondary' }, item.range === '' ? 'no range' : `healthy ${item.range}`),
      el('div', { className: 'item-foot' }, trend, open),
    );
    if (openId === item.id) {
      card.append(checkInForm(item, save, () => {
        openId = null;
        render();
        list.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"] .check-in-button`)?.focus();
      }));
    }
    return card;
  };

  const objectiveSection = (objective: ObjectiveView): HTMLElement =>
    el('section', { className: 'objective' },
      el('h2', {}, objective.name),
      objective.id === '' ? null : el('div', { className: 'secondary' }, `${objective.id}${objective.status === '' ? '' : ` · ${objective.status}`}`),
      scoreBar(objective.score, objective.scoreColour, `Score of ${objective.name}`),
      ...objective.keyResults.map(itemCard));

  function render(): void {
    if (state === undefined) return;
    problem.textContent = state.problem ?? '';
    owner.replaceChildren(
      el('option', { value: '', selected: state.owner === '' }, 'All'),
      ...state.owners.map((name) => el('option', { value: name, selected: name === state?.owner }, name)),
    );
    const sections: HTMLElement[] = state.objectives.map(objectiveSection);
    if (state.kpis.length > 0) sections.push(el('section', { className: 'kpis' }, el('h2', {}, 'KPIs'), ...state.kpis.map(itemCard)));
    if (sections.length === 0 && state.problem === null) sections.push(el('p', { className: 'secondary' }, 'Nothing to check in for this owner.'));
    list.replaceChildren(...sections);
  }

  function show(next: CheckInState, message = ''): void {
    state = next;
    notice.className = 'notice success';
    notice.textContent = message;
    render();
  }

  async function save(values: CheckInValues): Promise<CheckInReply> {
    notice.textContent = '';
    const reply = await callServer('submitCheckIn', values);
    if (reply.ok) {
      openId = null;
      show(reply.state, reply.message);
      const button = list.querySelector<HTMLElement>(`[data-id="${CSS.escape(values.id)}"] .check-in-button`);
      (button ?? notice).focus();
    }
    return reply;
  }

  owner.addEventListener('change', () => {
    owner.disabled = true;
    notice.className = 'notice secondary';
    notice.textContent = 'Loading…';
    callServer('chooseCheckInOwner', owner.value).then(
      (reply) => {
        owner.disabled = false;
        if (reply.ok) show(reply.state);
        else problem.textContent = reply.message;
        owner.focus();
      },
      (error: Error) => {
        owner.disabled = false;
        notice.textContent = '';
        problem.textContent = `Could not change the owner: ${error.message}`;
      },
    );
  });

  return { element, show };
}
