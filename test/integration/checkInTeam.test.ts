// The team filter's handler on the built bundle, called as google.script.run calls it: the choice is the user's
// own (no cell changes), a payload that is not a team is refused naming the team, and a save answers with the
// list a fresh read shows under the team chosen.
import { describe, expect, it } from 'vitest';
import type { CheckInState } from '../../src/core/checkIn/state';
import { withHistoryOf } from '../../src/core/checkIn/state';
import { KPI_ROWS, TEAM_OKR_ROWS } from '../fixtures/examples';
import { callServer as call, open, succeeded } from './harness';

function opened() {
  return open({ KPIs: { values: KPI_ROWS }, OKRs: { values: TEAM_OKR_ROWS } });
}

const keyResultIds = (state: CheckInState): string[] =>
  state.objectives.flatMap((objective) => objective.keyResults.map((item) => item.id));

describe('chooseCheckInTeam', () => {
  it('remembers the team for this user, changes no cell, and says what it shows', () => {
    const { addon, workbook } = opened();
    call(addon, 'getCheckInState'); // Opening the list the first time may bind IDs and add its columns.
    const before = workbook.toJSON();
    const reply = succeeded(call(addon, 'chooseCheckInTeam', 'support'));
    expect(reply.message).toBe('Showing the Support team.');
    expect(reply.state.team).toBe('Support');
    expect(keyResultIds(reply.state)).toEqual(['T3.1', 'T3.2']);
    expect(workbook.toJSON()).toEqual(before);
    expect(call(addon, 'getCheckInState').team).toBe('Support');
    // The owner and the team are two choices: changing one keeps the other.
    expect(keyResultIds(succeeded(call(addon, 'chooseCheckInOwner', 'Support lead')).state)).toEqual(['T3.1', 'T3.2']);
    expect(keyResultIds(succeeded(call(addon, 'chooseCheckInOwner', 'Head of CS')).state)).toEqual([]);
    expect(succeeded(call(addon, 'chooseCheckInTeam', '')).message).toBe('Showing every team.');
    expect(call(addon, 'getCheckInState').team).toBe('');
  });

  it('refuses what is not a team name, naming the team, and remembers nothing', () => {
    const { addon } = opened();
    for (const [sent, described] of [
      [7, 'the number 7'],
      [null, 'nothing'],
      [{ team: 'Sales' }, 'a set of fields'],
    ] as const) {
      expect(call(addon, 'chooseCheckInTeam', sent)).toEqual({
        ok: false,
        field: 'team',
        message: `The team arrived as ${described}, not text, which the add-on cannot read. Close the sidebar and open it again.`,
      });
    }
    expect(call(addon, 'chooseCheckInTeam', 'x'.repeat(50_001))).toMatchObject({
      ok: false,
      field: 'team',
      message: 'That team name is longer than a cell holds.',
    });
    expect(call(addon, 'getCheckInState').team).toBe('');
  });

  it('answers a save with the list a fresh read shows under the chosen team', () => {
    const { addon } = opened();
    const shown = succeeded(call(addon, 'chooseCheckInTeam', 'Product')).state;
    const saved = succeeded(call(addon, 'submitCheckIn', { id: 'T2.1', value: '8', confidence: '7', note: '' }));
    expect(keyResultIds(saved.state)).toEqual(['T2.1', 'T2.2']);
    expect(withHistoryOf(shown, saved.state, 'T2.1')).toEqual(call(addon, 'getCheckInState'));
  });
});
