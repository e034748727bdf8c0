import { describe, expect, it } from 'vitest';
import { TREND_POINTS, withHistoryOf, type CheckInState, type ItemView } from '../../../src/core/checkIn/state';

function item(id: string, trend: number[], lastCheckIn: string | null, status = 'ON TRACK'): ItemView {
  return {
    id,
    kind: id.startsWith('K') ? 'KPI' : 'KR',
    name: id,
    owner: '',
    unit: '',
    currentText: '',
    checkbox: false,
    checked: false,
    currentIsFormula: false,
    score: null,
    scoreColour: '',
    status,
    statusColour: '',
    confidence: null,
    range: '',
    kpiType: '',
    earlyWarning: '',
    lastCheckIn,
    team: '',
    rolledUpFrom: [],
    trend: trend.map((value, index) => ({ date: `2026-11-${String(index + 1).padStart(2, '0')}`, value })),
  };
}

function state(history: boolean, keyResults: ItemView[], kpis: ItemView[]): CheckInState {
  return {
    owner: '',
    owners: [],
    team: '',
    teams: [],
    noTeam: false,
    objectives: [{ id: 'O1', name: 'O', score: null, scoreColour: '', status: '', keyResults }],
    kpis,
    objectiveChoices: [],
    problem: null,
    history,
  };
}

describe('withHistoryOf: a save read no log, so the sidebar keeps the trends it has', () => {
  const shown = state(
    true,
    [item('O1.1', [1, 2, 3], '2026-11-03'), item('O1.2', [5], '2026-11-01')],
    [item('K1', [7, 8], '2026-11-02')],
  );

  it("keeps every item's trend and last check-in, adds the new reading to the saved item, and takes the rest from the reply", () => {
    const reply = state(
      false,
      [item('O1.1', [4], '2026-11-23', 'DONE'), item('O1.2', [], '2026-11-01')],
      [item('K1', [], null)],
    );
    const merged = withHistoryOf(shown, reply, 'O1.1');
    expect(merged.history).toBe(true);
    expect(merged.objectives[0]!.keyResults[0]).toMatchObject({ status: 'DONE', lastCheckIn: '2026-11-23' });
    expect(merged.objectives[0]!.keyResults[0]!.trend.map((point) => point.value)).toEqual([1, 2, 3, 4]);
    expect(merged.objectives[0]!.keyResults[1]!.trend.map((point) => point.value)).toEqual([5]);
    expect(merged.kpis[0]).toMatchObject({ lastCheckIn: '2026-11-02' });
    expect(merged.kpis[0]!.trend.map((point) => point.value)).toEqual([7, 8]);
  });

  it('keeps a trend to its last readings', () => {
    const long = state(
      true,
      [
        item(
          'O1.1',
          Array.from({ length: TREND_POINTS }, (_, n) => n),
          null,
        ),
      ],
      [],
    );
    const merged = withHistoryOf(long, state(false, [item('O1.1', [99], '2026-11-23')], []), 'O1.1');
    const values = merged.objectives[0]!.keyResults[0]!.trend.map((point) => point.value);
    expect(values).toHaveLength(TREND_POINTS);
    expect(values[TREND_POINTS - 1]).toBe(99);
  });

  it('takes a reply read with the log as it is, and an item new to the list as the reply has it', () => {
    const full = state(true, [item('O1.1', [9], '2026-11-23')], []);
    expect(withHistoryOf(shown, full, 'O1.1')).toBe(full);
    const added = state(false, [item('O1.9', [3], '2026-11-23')], []);
    expect(withHistoryOf(shown, added, 'O1.9').objectives[0]!.keyResults[0]!.trend.map((point) => point.value)).toEqual(
      [3],
    );
  });
});
