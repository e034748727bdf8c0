// KPI or OKR? The practice's four questions, a recommendation with its reason (decided on the server),
// and a draft the user adds as a new KPI row or a new key result under an objective.
import type { CheckInState } from '../../core/checkIn/state';
import type { Leaning, QuestionId } from '../../core/checkIn/kpiOrOkr';
import { el } from '../dom';
import { callServer, errorText } from '../server';

const QUESTIONS: readonly { id: QuestionId; question: string; kpi: string; okr: string }[] = [
  {
    id: 'process',
    question: 'Is it an established process, or are you doing something differently?',
    kpi: 'An established process',
    okr: 'Doing something differently',
  },
  {
    id: 'purpose',
    question: 'Is it about ongoing health, or about building and changing?',
    kpi: 'Ongoing health',
    okr: 'Building and changing',
  },
  {
    id: 'standard',
    question: 'Is 100% the expected standard, or would 70% be meaningful progress?',
    kpi: '100% is expected',
    okr: '70% would be progress',
  },
  {
    id: 'initiative',
    question: 'Will you continue as you are, or start a new initiative?',
    kpi: 'Continue as we are',
    okr: 'A new initiative',
  },
];

type DraftField = 'name' | 'owner' | 'unit' | 'low' | 'high' | 'objectiveId' | 'form';

function radio(name: string, value: string, label: string, checked = false): HTMLElement {
  const id = `${name}-${value}`;
  return el(
    'div',
    { className: 'choice' },
    el('input', { type: 'radio', name, value, id, checked }),
    el('label', { htmlFor: id }, label),
  );
}

/** `objectives()` gives the current objectives; `added` shows the refreshed check-in list. */
export function kpiOrOkrPanel(
  objectives: () => CheckInState['objectiveChoices'],
  added: (state: CheckInState, message: string) => void,
): HTMLElement {
  const form = el('form', { className: 'kpi-or-okr', noValidate: true });
  const questions = QUESTIONS.map((q) =>
    el(
      'fieldset',
      { className: 'block' },
      el('legend', {}, q.question),
      radio(q.id, 'KPI', q.kpi),
      radio(q.id, 'OKR', q.okr),
    ),
  );
  const recommendButton = el('button', { type: 'submit' }, 'Recommend');
  const answerError = el('div', { className: 'error' });
  answerError.setAttribute('role', 'alert');
  const result = el('div', { className: 'recommendation' });
  result.setAttribute('role', 'status');
  const draft = el('div', { className: 'draft' });
  draft.hidden = true;
  form.append(...questions, el('div', { className: 'block' }, recommendButton), answerError, result);

  const answers = (): Partial<Record<QuestionId, Leaning>> => {
    const chosen: Partial<Record<QuestionId, Leaning>> = {};
    for (const q of QUESTIONS) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${q.id}"]:checked`);
      if (input !== null) chosen[q.id] = input.value as Leaning;
    }
    return chosen;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    answerError.textContent = '';
    const chosen = answers();
    const missing = QUESTIONS.find((q) => chosen[q.id] === undefined);
    if (missing !== undefined) {
      answerError.textContent = `Answer every question first: "${missing.question}"`;
      form.querySelector<HTMLInputElement>(`input[name="${missing.id}"]`)?.focus();
      return;
    }
    recommendButton.disabled = true;
    callServer('recommendKpiOrOkr', chosen).then(
      (advice) => {
        recommendButton.disabled = false;
        if (advice.kind === null) {
          answerError.textContent = advice.reason;
          return;
        }
        result.replaceChildren(
          el('h2', {}, advice.kind === 'KPI' ? 'Recommendation: a KPI' : 'Recommendation: an OKR'),
          el('p', {}, advice.reason),
        );
        showDraft(advice.kind);
      },
      (error: unknown) => {
        recommendButton.disabled = false;
        answerError.textContent = `No recommendation: ${errorText(error)}`;
      },
    );
  });

  function showDraft(kind: Leaning): void {
    const errors = {} as Record<DraftField, HTMLElement>;
    for (const field of ['name', 'owner', 'unit', 'low', 'high', 'objectiveId', 'form'] as const) {
      errors[field] = el('div', { className: 'error field-error', id: `draft-${field}-error` });
    }
    const input = (id: string, field: DraftField, className = ''): HTMLInputElement => {
      const node = el('input', { type: 'text', id, className, autocomplete: 'off' });
      node.setAttribute('aria-describedby', errors[field].id);
      return node;
    };
    const name = input('draft-name', 'name');
    const owner = input('draft-owner', 'owner');
    const unit = input('draft-unit', 'unit', 'narrow');
    const low = input('draft-low', 'low', 'narrow');
    const high = input('draft-high', 'high', 'narrow');
    const lowLabel = el('label', { htmlFor: low.id });
    const highLabel = el('label', { htmlFor: high.id });
    const objective = el(
      'select',
      { id: 'draft-objective' },
      ...objectives().map((o) => el('option', { value: o.id }, `${o.id} · ${o.name}`)),
    );
    const objectiveGroup = el(
      'div',
      { className: 'form-group' },
      el('label', { htmlFor: objective.id }, 'Under the objective'),
      objective,
      errors.objectiveId,
    );
    const asKpi = radio('draft-kind', 'KPI', 'KPI row', kind === 'KPI');
    const asKr = radio('draft-kind', 'KR', 'Key result row', kind === 'OKR');
    const addButton = el('button', { type: 'button', className: 'action' });
    const chosenKind = (): 'KPI' | 'KR' =>
      draft.querySelector<HTMLInputElement>('input[name="draft-kind"]:checked')?.value === 'KR' ? 'KR' : 'KPI';
    const relabel = (): void => {
      const isKpi = chosenKind() === 'KPI';
      lowLabel.textContent = isKpi ? 'Min (healthy at or above)' : 'Start';
      highLabel.textContent = isKpi ? 'Max (healthy at or below)' : 'Target';
      objectiveGroup.hidden = isKpi;
      addButton.textContent = isKpi ? 'Add KPI row' : 'Add key result row';
    };
    const fields: Record<Exclude<DraftField, 'form'>, HTMLElement> = {
      name,
      owner,
      unit,
      low,
      high,
      objectiveId: objective,
    };
    addButton.addEventListener('click', () => {
      for (const error of Object.values(errors)) error.textContent = '';
      addButton.disabled = true;
      addButton.textContent = 'Adding…';
      const payload = {
        kind: chosenKind(),
        name: name.value,
        owner: owner.value,
        unit: unit.value,
        low: low.value,
        high: high.value,
        ...(chosenKind() === 'KR' ? { objectiveId: objective.value } : {}),
      };
      const failed = (field: DraftField, message: string): void => {
        addButton.disabled = false;
        relabel();
        errors[field].textContent = message;
        (field === 'form' ? addButton : fields[field]).focus();
      };
      callServer('addKpiOrKeyResult', payload).then(
        (reply) => {
          if (!reply.ok) {
            failed(reply.field, reply.message);
            return;
          }
          addButton.disabled = false;
          relabel();
          for (const field of [name, owner, unit, low, high]) field.value = '';
          errors.form.className = 'success';
          errors.form.textContent = reply.message;
          added(reply.state, reply.message);
        },
        (error: unknown) => failed('form', `Nothing was added: ${errorText(error)}`),
      );
    });
    draft.replaceChildren(
      el('h2', {}, 'Add it to the sheet'),
      el('fieldset', { className: 'block' }, el('legend', {}, 'Add it as'), asKpi, asKr),
      el('div', { className: 'form-group' }, el('label', { htmlFor: name.id }, 'Name'), name, errors.name),
      el('div', { className: 'form-group' }, el('label', { htmlFor: owner.id }, 'Owner'), owner, errors.owner),
      el(
        'div',
        { className: 'form-group' },
        el('label', { htmlFor: unit.id }, 'Unit (%, $, days…)'),
        unit,
        errors.unit,
      ),
      el('div', { className: 'form-group' }, lowLabel, low, errors.low),
      el('div', { className: 'form-group' }, highLabel, high, errors.high),
      objectiveGroup,
      el('div', { className: 'block' }, addButton),
      errors.form,
    );
    errors.form.setAttribute('role', 'status');
    for (const choice of draft.querySelectorAll('input[name="draft-kind"]')) choice.addEventListener('change', relabel);
    relabel();
    draft.hidden = false;
  }

  return el('div', {}, form, draft);
}
