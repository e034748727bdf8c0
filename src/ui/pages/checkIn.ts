// The check-in sidebar: key results grouped by objective and KPIs, filtered by owner and team, each with its
// value, score bar, status, confidence, last check-in and trend, and a check-in form one at a time.
import {
  withHistoryOf,
  type CheckInReply,
  type CheckInState,
  type ItemView,
  type ObjectiveView,
} from '../../core/checkIn/state';
import { rolledUpText } from '../../core/checkIn/rolledUp';
import { ALL_TEAMS, NO_TEAM } from '../../core/checkIn/teamFilter';
import { el } from '../dom';
import { callServer, errorText } from '../server';
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

/**
 * What the list says about the last save, shown where the person was looking: inside the item's card, or
 * where the card was when the item has left the list (deleted, its ID changed, or filtered out).
 */
interface SaveNote {
  readonly kind: 'saved' | 'refused';
  readonly id: string;
  /** The item listed just before it when it was saved: where the note goes if its card is gone. */
  readonly afterId: string | null;
  readonly text: string;
}

function listed(state: CheckInState, id: string): boolean {
  return [...state.objectives.flatMap((objective) => objective.keyResults), ...state.kpis].some(
    (item) => item.id === id,
  );
}

/**
 * What the person saw for the item they picked: the save checks the row still shows it, so a row sorted or
 * re-typed since the list loaded never receives another item's value.
 */
function shownAs(state: CheckInState, id: string): { name?: string; objective?: string } {
  for (const objective of state.objectives) {
    const item = objective.keyResults.find((candidate) => candidate.id === id);
    if (item !== undefined)
      return objective.id === '' ? { name: item.name } : { name: item.name, objective: objective.name };
  }
  const kpi = state.kpis.find((candidate) => candidate.id === id);
  return kpi === undefined ? {} : { name: kpi.name };
}

/** The team picker's options: every team, alphabetically, then "No team" where some key results have none. */
function teamOptions(state: CheckInState): HTMLOptionElement[] {
  const option = (value: string, label: string): HTMLOptionElement =>
    el('option', { value, selected: value === state.team }, label);
  return [
    option(ALL_TEAMS, 'All teams'),
    ...state.teams.map((team) => option(team, team)),
    ...(state.noTeam ? [option(NO_TEAM, 'No team')] : []),
  ];
}

export function checkInList(): CheckInList {
  const owner = el('select', { id: 'owner' });
  const team = el('select', { id: 'team' });
  // Offered only when some key result has a team: a sheet without a Team column keeps its one picker.
  const teamGroup = el('div', { className: 'form-group' }, el('label', { htmlFor: 'team' }, 'Team'), team);
  const notice = el('div', { className: 'notice' });
  notice.setAttribute('role', 'status');
  const problem = el('div', { className: 'error' });
  problem.setAttribute('role', 'alert');
  const list = el('div', { className: 'items' });
  const element = el(
    'div',
    { className: 'check-in' },
    el(
      'div',
      { className: 'filters' },
      el('div', { className: 'form-group' }, el('label', { htmlFor: 'owner' }, 'Owner'), owner),
      teamGroup,
    ),
    notice,
    problem,
    list,
  );

  let state: CheckInState | undefined;
  let openId: string | null = null;
  // The open form survives a re-render (another save, a draft added, the owner list refreshed), so nothing
  // the person has typed into it is lost.
  let openForm: HTMLFormElement | null = null;
  let saveNote: SaveNote | null = null;

  const cardOf = (id: string): HTMLElement | null =>
    list.querySelector<HTMLElement>(`.item[data-id="${CSS.escape(id)}"]`);

  const closeForm = (): void => {
    openId = null;
    openForm = null;
  };

  const noteElement = (note: SaveNote): HTMLElement => {
    const node = el(
      'p',
      { className: note.kind === 'saved' ? 'save-note success' : 'save-note error', id: 'save-note', tabIndex: -1 },
      note.text,
    );
    node.setAttribute('role', 'status');
    return node;
  };

  const itemCard = (item: ItemView): HTMLElement => {
    const card = el('div', { className: 'item', dataset: { id: item.id } });
    const open = el('button', { type: 'button', className: 'check-in-button' }, 'Check in');
    open.setAttribute('aria-label', `Check in ${item.name}`);
    open.setAttribute('aria-expanded', String(openId === item.id));
    open.addEventListener('click', () => {
      if (openId === item.id) closeForm();
      else {
        openId = item.id;
        openForm = null;
      }
      saveNote = null;
      render();
      const form = cardOf(item.id)?.querySelector('form');
      form?.querySelector<HTMLElement>('input')?.focus();
      form?.scrollIntoView({ block: 'nearest' });
    });
    const trend = trendChart(
      item.trend,
      `Trend of ${item.name}: ${item.trend.length} check-in${item.trend.length === 1 ? '' : 's'}`,
    );
    card.append(
      el(
        'div',
        { className: 'item-head' },
        el('span', { className: 'item-name' }, item.name),
        statusChip(item.status, item.statusColour),
      ),
      el(
        'div',
        { className: 'secondary' },
        [item.id, item.owner || 'no owner', ...[item.team, item.kpiType].filter((part) => part !== '')].join(' · '),
      ),
      el('div', { className: 'item-details' }, details(item)),
      item.kind === 'KR'
        ? scoreBar(item.score, item.scoreColour, `Score of ${item.name}`)
        : el('div', { className: 'secondary' }, item.range === '' ? 'no range' : `healthy ${item.range}`),
      ...(item.rolledUpFrom.length === 0
        ? []
        : [el('div', { className: 'rolled-up secondary' }, rolledUpText(item.rolledUpFrom))]),
      ...(item.earlyWarning === ''
        ? []
        : [el('div', { className: 'early-warning' }, `Early warning: ${item.earlyWarning}`)]),
      el('div', { className: 'item-foot' }, trend, open),
    );
    if (openId === item.id) {
      openForm ??= checkInForm(item, save, () => {
        closeForm();
        render();
        cardOf(item.id)?.querySelector<HTMLElement>('.check-in-button')?.focus();
      });
      card.append(openForm);
    }
    if (saveNote?.id === item.id) {
      card.append(noteElement(saveNote));
      // Focus returns to this button after a save: a screen reader reads the confirmation with it.
      open.setAttribute('aria-describedby', 'save-note');
    }
    return card;
  };

  const objectiveSection = (objective: ObjectiveView): HTMLElement =>
    el(
      'section',
      { className: 'objective' },
      el('h2', {}, objective.name),
      objective.id === ''
        ? null
        : el(
            'div',
            { className: 'secondary' },
            `${objective.id}${objective.status === '' ? '' : ` · ${objective.status}`}`,
          ),
      scoreBar(objective.score, objective.scoreColour, `Score of ${objective.name}`),
      ...objective.keyResults.map(itemCard),
    );

  function render(): void {
    if (state === undefined) return;
    problem.textContent = state.problem ?? '';
    owner.replaceChildren(
      el('option', { value: '', selected: state.owner === '' }, 'All'),
      ...state.owners.map((name) => el('option', { value: name, selected: name === state?.owner }, name)),
    );
    teamGroup.hidden = state.teams.length === 0;
    team.replaceChildren(...teamOptions(state));
    const sections: HTMLElement[] = state.objectives.map(objectiveSection);
    if (state.kpis.length > 0)
      sections.push(el('section', { className: 'kpis' }, el('h2', {}, 'KPIs'), ...state.kpis.map(itemCard)));
    if (sections.length === 0 && state.problem === null)
      sections.push(
        el(
          'p',
          { className: 'secondary' },
          state.team === ALL_TEAMS
            ? 'Nothing to check in for this owner.'
            : 'Nothing to check in for this owner and team.',
        ),
      );
    list.replaceChildren(...sections);
    if (openId !== null && cardOf(openId) === null) closeForm();
    // An item no longer listed: its note takes the place where its card was.
    if (saveNote !== null && cardOf(saveNote.id) === null) {
      const before = saveNote.afterId === null ? null : cardOf(saveNote.afterId);
      const note = noteElement(saveNote);
      if (before === null) list.prepend(note);
      else before.after(note);
    }
  }

  function show(next: CheckInState, message = ''): void {
    state = next;
    notice.className = 'notice success';
    notice.textContent = message;
    saveNote = null;
    render();
  }

  /** Re-draws the list with a note about the save of `id`, and brings the note into view. */
  function showSaveNote(next: CheckInState, note: SaveNote): void {
    state = next;
    notice.textContent = '';
    saveNote = note;
    render();
    const placed = list.querySelector<HTMLElement>('#save-note');
    const button = cardOf(note.id)?.querySelector<HTMLElement>('.check-in-button');
    (button ?? placed)?.focus();
    placed?.scrollIntoView({ block: 'nearest' });
  }

  /** The ID of the item listed just before `id`, in the order the list shows them. */
  function previousId(id: string): string | null {
    const cards = [...list.querySelectorAll<HTMLElement>('.item')];
    const index = cards.findIndex((card) => card.dataset.id === id);
    return index > 0 ? (cards[index - 1]?.dataset.id ?? null) : null;
  }

  async function save(values: CheckInValues): Promise<CheckInReply> {
    notice.textContent = '';
    if (saveNote !== null) {
      saveNote = null;
      list.querySelector('#save-note')?.remove();
    }
    const afterId = previousId(values.id);
    const reply = await callServer('submitCheckIn', {
      ...values,
      ...(state === undefined ? {} : shownAs(state, values.id)),
    });
    if (reply.ok) {
      closeForm();
      showSaveNote(withHistoryOf(state, reply.state, values.id), {
        kind: 'saved',
        id: values.id,
        afterId,
        text: reply.message,
      });
    } else if (reply.state !== undefined) {
      // The item is gone from the tabs: the list is redrawn without it and says why where it was. An item
      // still listed keeps its form, with the message in it.
      if (listed(reply.state, values.id)) {
        state = reply.state;
        render();
      } else {
        closeForm();
        showSaveNote(reply.state, { kind: 'refused', id: values.id, afterId, text: reply.message });
      }
    }
    return reply;
  }
  /** A filter changed: the server remembers it for this person and answers with the list it now shows. */
  function onFilterChange(
    picker: HTMLSelectElement,
    what: string,
    choose: (value: string) => Promise<CheckInReply>,
  ): void {
    picker.addEventListener('change', () => {
      owner.disabled = true;
      team.disabled = true;
      notice.className = 'notice secondary';
      notice.textContent = 'Loading…';
      problem.textContent = '';
      const done = (): void => {
        owner.disabled = false;
        team.disabled = false;
      };
      choose(picker.value).then(
        (reply) => {
          done();
          if (reply.ok) show(reply.state);
          else {
            notice.textContent = '';
            problem.textContent = reply.message;
          }
          picker.focus();
        },
        (error: unknown) => {
          done();
          notice.textContent = '';
          problem.textContent = `Could not change the ${what}: ${errorText(error)}`;
        },
      );
    });
  }
  onFilterChange(owner, 'owner', (value) => callServer('chooseCheckInOwner', value));
  onFilterChange(team, 'team', (value) => callServer('chooseCheckInTeam', value));

  return { element, show };
}
