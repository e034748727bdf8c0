// The check-in form of one item: new value (a checkbox for a yes/no key result), confidence for key
// results, a note. Errors appear under the field at fault; while saving, the form is disabled and says so.
import type { CheckInReply, ItemView } from '../../core/checkIn/state';
import { rolledUpHint } from '../../core/checkIn/rolledUp';
import { el } from '../dom';
import { errorText } from '../server';

export interface CheckInValues {
  id: string;
  value: string | boolean;
  confidence?: string;
  note: string;
}

type Field = 'value' | 'confidence' | 'note' | 'form';

let formCount = 0;

export function checkInForm(
  item: ItemView,
  save: (values: CheckInValues) => Promise<CheckInReply>,
  cancel: () => void,
): HTMLFormElement {
  formCount += 1;
  const prefix = `f${formCount}`;
  const errors: Record<Field, HTMLElement> = {
    value: el('div', { className: 'error field-error', id: `${prefix}-value-error` }),
    confidence: el('div', { className: 'error field-error', id: `${prefix}-confidence-error` }),
    note: el('div', { className: 'error field-error', id: `${prefix}-note-error` }),
    form: el('div', { className: 'error field-error' }),
  };
  errors.form.setAttribute('role', 'alert');

  const value = item.checkbox
    ? el('input', { type: 'checkbox', id: `${prefix}-value`, checked: item.checked })
    : el('input', {
        type: 'text',
        id: `${prefix}-value`,
        autocomplete: 'off',
        placeholder: item.unit === '%' ? 'e.g. 45%' : item.unit === '$' ? 'e.g. $1,200' : 'e.g. 12.5',
      });
  // Said next to the value, before anything is typed: the person learns the sheet keeps its formula first.
  const formulaHint = item.currentIsFormula
    ? el(
        'p',
        { className: 'secondary hint', id: `${prefix}-value-hint` },
        'Current comes from a formula: this check-in is logged, the formula stays.',
      )
    : null;
  // A rolled-up key result still takes a value (a person may now measure it directly), but is told first that
  // the value ends the roll-up, so nothing the aligned objectives feed it is replaced unawares.
  const rolledUp = rolledUpHint(item.rolledUpFrom);
  const rolledUpNote =
    rolledUp === '' ? null : el('p', { className: 'secondary hint', id: `${prefix}-rolled-up-hint` }, rolledUp);
  value.setAttribute(
    'aria-describedby',
    [formulaHint?.id, rolledUpNote?.id, errors.value.id].filter((id) => id !== undefined).join(' '),
  );
  const valueLabel = item.checkbox ? 'Done' : `New value${item.unit === '' ? '' : ` (${item.unit})`}`;
  const confidence = el('input', {
    type: 'number',
    id: `${prefix}-confidence`,
    min: '0',
    max: '10',
    step: '1',
    className: 'narrow',
  });
  confidence.setAttribute('aria-describedby', errors.confidence.id);
  if (item.confidence !== null) confidence.value = String(item.confidence);
  const note = el('textarea', { id: `${prefix}-note`, rows: 2 });
  note.setAttribute('aria-describedby', errors.note.id);
  const saveButton = el('button', { type: 'submit', className: 'action' }, 'Save check-in');
  const cancelButton = el('button', { type: 'button', onclick: () => cancel() }, 'Cancel');
  const inputs: (HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement)[] = [
    value,
    confidence,
    note,
    saveButton,
    cancelButton,
  ];
  const fields: Record<Exclude<Field, 'form'>, HTMLElement> = { value, confidence, note };

  const form = el(
    'form',
    { className: 'check-in-form', noValidate: true },
    item.checkbox
      ? el(
          'div',
          { className: 'form-group' },
          el('div', { className: 'checkbox' }, value, el('label', { htmlFor: value.id }, valueLabel)),
          formulaHint,
          rolledUpNote,
          errors.value,
        )
      : el(
          'div',
          { className: 'form-group' },
          el('label', { htmlFor: value.id }, valueLabel),
          formulaHint,
          rolledUpNote,
          value,
          errors.value,
        ),
    item.kind === 'KR'
      ? el(
          'div',
          { className: 'form-group' },
          el('label', { htmlFor: confidence.id }, 'Confidence (0–10)'),
          confidence,
          errors.confidence,
        )
      : null,
    el('div', { className: 'form-group' }, el('label', { htmlFor: note.id }, 'Note'), note, errors.note),
    el('div', { className: 'button-bar' }, saveButton, cancelButton),
    errors.form,
  );
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') cancel();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const error of Object.values(errors)) error.textContent = '';
    for (const input of inputs) input.disabled = true;
    saveButton.textContent = 'Saving…';
    form.setAttribute('aria-busy', 'true');
    const values: CheckInValues = {
      id: item.id,
      value: value.type === 'checkbox' ? value.checked : value.value,
      note: note.value,
      ...(item.kind === 'KR' ? { confidence: confidence.value } : {}),
    };
    const failed = (field: Field, message: string): void => {
      for (const input of inputs) input.disabled = false;
      saveButton.textContent = 'Save check-in';
      form.removeAttribute('aria-busy');
      const where = field in errors ? field : 'form';
      errors[where].textContent = message;
      (where === 'form' ? saveButton : fields[where]).focus();
    };
    save(values).then(
      (reply) => {
        if (!reply.ok)
          failed(
            reply.field === 'id' || reply.field === 'owner' || reply.field === 'team' ? 'form' : reply.field,
            reply.message,
          );
      },
      (error: unknown) => failed('form', `The check-in was not saved: ${errorText(error)}`),
    );
  });
  return form;
}
