import { describe, it, expect } from 'vitest';
import {
  CELL_LIMIT,
  checkInPayloadSchema,
  draftRowSchema,
  ownerChoiceSchema,
  payloadProblem,
} from '../../src/core/checkIn/payload';
import { ownersOf } from '../../src/core/checkIn/state';

const CHECK_IN_FIELDS = ['id', 'value', 'confidence', 'note'] as const;
const DRAFT_FIELDS = ['name', 'owner', 'unit', 'low', 'high', 'objectiveId'] as const;

function checkInProblem(payload: unknown) {
  const parsed = checkInPayloadSchema.safeParse(payload);
  if (parsed.success) throw new Error('expected a refusal');
  return payloadProblem(parsed.error, CHECK_IN_FIELDS, payload);
}

function draftProblem(payload: unknown) {
  const parsed = draftRowSchema.safeParse(payload);
  if (parsed.success) throw new Error('expected a refusal');
  return payloadProblem(parsed.error, DRAFT_FIELDS, payload);
}

const REOPEN = 'which the add-on cannot read. Close the sidebar and open it again.';

describe('what the sidebar offers from the sheet, it can send back', () => {
  it('accepts an owner as long as a cell holds, as the owner list offers it', () => {
    const owner = 'A'.repeat(CELL_LIMIT);
    expect(ownersOf([{ owner }])).toEqual([owner]);
    expect(ownerChoiceSchema.safeParse(owner).success).toBe(true);
  });

  it('accepts an ID and an objective as long as a cell holds', () => {
    const long = 'O'.repeat(CELL_LIMIT);
    expect(checkInPayloadSchema.safeParse({ id: long, value: '5' }).success).toBe(true);
    expect(
      draftRowSchema.safeParse({ kind: 'KR', name: 'x', owner: long, unit: '', low: '', high: '', objectiveId: long })
        .success,
    ).toBe(true);
  });
});

describe('every payload refusal names its field and what is wrong', () => {
  it('an owner longer than any cell is refused against the owner, not as an unreadable form', () => {
    const owner = 'A'.repeat(CELL_LIMIT + 1);
    const parsed = ownerChoiceSchema.safeParse(owner);
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(payloadProblem(parsed.error, ['owner'] as const, owner)).toEqual({
        ok: false,
        field: 'owner',
        message: 'That owner name is longer than a cell holds.',
      });
    }
  });

  it('an owner that is not text says what arrived', () => {
    const parsed = ownerChoiceSchema.safeParse(5);
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(payloadProblem(parsed.error, ['owner'] as const, 5)).toEqual({
        ok: false,
        field: 'owner',
        message: `The owner arrived as the number 5, not text, ${REOPEN}`,
      });
    }
  });

  it.each<[string, unknown, string, string]>([
    [
      'a number as value',
      { id: 'O1.1', value: 0.05 },
      'value',
      `The value arrived as the number 0.05, not text or a tick box, ${REOPEN}`,
    ],
    ['no value', { id: 'O1.1' }, 'value', `The value is missing, ${REOPEN}`],
    [
      'a tick box as confidence',
      { id: 'O1.1', value: '5', confidence: true },
      'confidence',
      `The confidence arrived as a tick box, not text or a number, ${REOPEN}`,
    ],
    ['a number as ID', { id: 3, value: '5' }, 'id', `The item arrived as the number 3, not text, ${REOPEN}`],
    [
      'a list as note',
      { id: 'O1.1', value: '5', note: ['x'] },
      'note',
      `The note arrived as a list, not text, ${REOPEN}`,
    ],
    ['text instead of the fields', 'O1.1', 'form', `The sidebar sent text instead of the form's fields, ${REOPEN}`],
    ['nothing', null, 'form', `The sidebar sent nothing instead of the form's fields, ${REOPEN}`],
    ['a blank ID', { id: ' ', value: '5' }, 'id', 'Choose an item to check in.'],
    ['a long note', { id: 'O1.1', value: '5', note: 'x'.repeat(1001) }, 'note', 'Keep the note to 1,000 characters.'],
  ])('check-in: %s', (_, payload, field, message) => {
    expect(checkInProblem(payload)).toEqual({ ok: false, field, message });
  });

  it.each<[string, unknown, string, string]>([
    [
      'an unknown kind',
      { kind: 'Goal', name: 'x', owner: '', unit: '', low: '', high: '' },
      'form',
      `The kind (KPI or key result) arrived as text, not KPI or KR, ${REOPEN}`,
    ],
    [
      'a number as low',
      { kind: 'KPI', name: 'x', owner: '', unit: '', low: 5, high: '' },
      'low',
      `The low number arrived as the number 5, not text, ${REOPEN}`,
    ],
    [
      'a blank name',
      { kind: 'KPI', name: ' ', owner: '', unit: '', low: '', high: '' },
      'name',
      'Give the draft a name.',
    ],
  ])('draft: %s', (_, payload, field, message) => {
    expect(draftProblem(payload)).toEqual({ ok: false, field, message });
  });
});
