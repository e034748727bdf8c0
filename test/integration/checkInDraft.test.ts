// Adding the KPI-or-OKR draft through the handler the sidebar calls: where the row goes in each layout,
// and the drafts that cannot be added (nothing written).
import { describe, expect, it } from 'vitest';
import { FLAT_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { callServer, column, open, succeeded } from './harness';

function flat() {
  const book = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: FLAT_OKR_ROWS } });
  book.addon.run('refreshScores');
  return book;
}

function add(addon: ReturnType<typeof flat>['addon'], payload: unknown) {
  return callServer(addon, 'addKpiOrKeyResult', payload);
}

const draft = {
  kind: 'KR',
  name: 'Win back churned accounts',
  owner: 'Head of CS',
  unit: '',
  low: '0',
  high: '20',
  objectiveId: 'O1',
};

describe('adding a draft', () => {
  it('in a flat layout repeats the objective on the new key result, right after its last one', () => {
    const { workbook, addon } = flat();
    const reply = add(addon, draft);
    expect(reply.message).toBe('Added key result O1.4 to the OKRs tab.');
    expect(column(workbook, 'OKRs', 'ID').slice(0, 5)).toEqual(['O1.1', 'O1.2', 'O1.3', 'O1.4', 'O2.1']);
    expect(column(workbook, 'OKRs', 'Objective')[3]).toBe('Retain customers and stabilize the base');
    expect(succeeded(reply).state.objectives[0]!.keyResults.map((kr) => kr.id)).toEqual([
      'O1.1',
      'O1.2',
      'O1.3',
      'O1.4',
    ]);
  });

  const refused: [string, object, string, string][] = [
    ['a key result whose Target equals its Start', { high: '0' }, 'high', 'The Target must differ from the Start.'],
    ['a key result with no Start', { low: '' }, 'low', 'A key result needs a Start: where the number is today.'],
    [
      'a key result under an objective that is gone',
      { objectiveId: 'O9' },
      'objectiveId',
      'Choose an objective on the OKRs tab for the key result.',
    ],
    [
      'a Start that is not a number',
      { low: 'zero' },
      'low',
      'Start: "zero" is not a number, like 45%, $1,200 or 12.5.',
    ],
    ['a KPI whose Min is above its Max', { kind: 'KPI', low: '10', high: '5' }, 'high', 'Max must be at least Min.'],
    ['a draft without a name', { name: '  ' }, 'name', 'Give the draft a name.'],
  ];
  for (const [what, change, field, message] of refused) {
    it(`refuses ${what}, writing nothing`, () => {
      const { workbook, addon } = flat();
      const before = JSON.stringify(workbook.toJSON());
      expect(add(addon, { ...draft, ...change })).toEqual({ ok: false, field, message });
      expect(JSON.stringify(workbook.toJSON())).toBe(before);
    });
  }
});
