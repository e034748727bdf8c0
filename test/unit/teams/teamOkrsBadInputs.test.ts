// A team's file is typed by other people and comes in as it is: every odd OKRs cell of the bad-input corpus,
// read as a team's import, yields a status line and never an error that would stop the company's Refresh.
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../../emulator/a1';
import type { Cell } from '../../../src/core/cells';
import { readTeamOkrs } from '../../../src/core/teams/teamOkrs';
import { BAND_WIDTH } from '../../../src/core/teams/teamOkrsLayout';
import { statusLine } from '../../../src/core/teams/teamStatus';
import { GROUPED_OKR_ROWS, TODAY } from '../../fixtures/examples';
import { REFRESH_CASES, type RefreshCase } from '../../integration/badInputs';

const URL = 'https://docs.google.com/spreadsheets/d/team-file-000000000000000000';

/** The example's OKRs tab with the case's cells replaced, as the team's import shows it below its band's top. */
function teamOkrsTab(c: RefreshCase): Cell[][] {
  const rows = GROUPED_OKR_ROWS.map((row) => [...row] as Cell[]);
  for (const [a1, cell] of Object.entries(c.cells)) {
    const ref = parseA1(a1);
    if (ref === null) throw new Error(`bad A1 ${a1}`);
    const row = (rows[ref.row - 1] ??= []);
    row[ref.column - 1] = typeof cell === 'object' && 'formula' in cell ? cell.value : cell;
  }
  const width = BAND_WIDTH;
  const pad = (row: readonly Cell[]): Cell[] => [...row, ...Array<Cell>(width).fill('')].slice(0, width);
  return [pad(['Team', URL, 'OKRs']), pad(['Loading: …']), ...rows.map(pad)];
}

describe("a team file's odd cells", () => {
  it.each(REFRESH_CASES.filter((c) => c.tab === 'OKRs'))('$what', (c) => {
    const read = readTeamOkrs(teamOkrsTab(c), TODAY, 1);
    const state = read.teams[0]?.state;
    expect(state?.kind).toMatch(c.alert === undefined ? /^connected$/ : /^noHeader$/);
    if (state === undefined) return;
    const line = statusLine(state);
    expect(line.length).toBeLessThanOrEqual(400);
    for (const objective of read.objectives) {
      expect(objective.score === '' || Number.isFinite(objective.score)).toBe(true);
      for (const keyResult of objective.keyResults) {
        expect(keyResult.score === '' || Number.isFinite(keyResult.score)).toBe(true);
      }
    }
  });
});
