// The check-in list filtered by team as well as owner, and a rolled-up key result as the sidebar shows it.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { checkInState, itemView, teamOfWorkbook } from '../../../src/core/checkIn/list';
import { ownerKey } from '../../../src/core/checkIn/state';
import { ALL_TEAMS, NO_TEAM, offersNoTeam, teamToShow, teamsOf } from '../../../src/core/checkIn/teamFilter';
import { buildWorkbook, type Workbook } from '../../../src/core/workbook/workbook';
import { KPI_ROWS, TEAM_OKR_ROWS, TODAY } from '../../fixtures/examples';

function workbook(okrs: Cell[][] = TEAM_OKR_ROWS): Workbook {
  const built = buildWorkbook({
    kpis: { values: KPI_ROWS, formulas: [] },
    okrs: { values: okrs, formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return built.workbook;
}

/** The teams example with the company objective's Team cleared: its key results have no team. */
function withoutCompanyTeam(): Cell[][] {
  return TEAM_OKR_ROWS.map((row) => (row[0] === 'C1' ? row.map((cell, index) => (index === 2 ? '' : cell)) : row));
}

const idsOf = (state: ReturnType<typeof checkInState>): string[][] =>
  state.objectives.map((objective) => [objective.id, ...objective.keyResults.map((item) => item.id)]);

describe('the team filter', () => {
  it('offers each team once, alphabetically, and "No team" only beside real teams', () => {
    expect(teamsOf([{ team: 'Sales' }, { team: 'product' }, { team: ' Product ' }, { team: '' }])).toEqual([
      'product',
      'Sales',
    ]);
    expect(offersNoTeam([{ team: 'Sales' }, { team: '' }])).toBe(true);
    expect(offersNoTeam([{ team: '' }, { team: '' }])).toBe(false);
    expect(offersNoTeam([{ team: 'Sales' }])).toBe(false);
    const state = checkInState(workbook(), '');
    expect(state.teams).toEqual(['Company', 'Customer Success', 'Product', 'Sales', 'Support']);
    expect(state.noTeam).toBe(false);
    expect(checkInState(workbook(withoutCompanyTeam()), '').noTeam).toBe(true);
  });

  it('keeps a remembered team while it is on the tabs, else shows every team', () => {
    const teams = ['Product', 'Sales'];
    expect(teamToShow(teams, false, null)).toBe(ALL_TEAMS);
    expect(teamToShow(teams, false, 'PRODUCT')).toBe('Product');
    expect(teamToShow(teams, false, 'Marketing')).toBe(ALL_TEAMS);
    expect(teamToShow(teams, false, NO_TEAM)).toBe(ALL_TEAMS);
    expect(teamToShow(teams, true, NO_TEAM)).toBe(NO_TEAM);
    const long = `Team ${'x'.repeat(600)}`;
    expect(teamToShow([long], false, ownerKey(long))).toBe(long);
    expect(teamOfWorkbook(workbook(), 'support')).toBe('Support');
    expect(teamOfWorkbook(workbook(), 'Finance')).toBe(ALL_TEAMS);
  });

  it("shows one team's key results; KPIs follow the owner alone; owner and team combine", () => {
    const book = workbook();
    const product = checkInState(book, '', true, 'Product');
    expect(idsOf(product)).toEqual([['T2', 'T2.1', 'T2.2']]);
    expect(product.team).toBe('Product');
    expect(product.kpis).toHaveLength(checkInState(book, '').kpis.length);
    expect(product.objectives[0]?.keyResults.map((item) => item.team)).toEqual(['Product', 'Product']);

    const headOfCs = checkInState(book, 'Head of CS', true, 'Company');
    expect(idsOf(headOfCs)).toEqual([['C1', 'C1.1']]);
    expect(headOfCs.kpis.map((item) => item.id)).toEqual(checkInState(book, 'Head of CS').kpis.map((item) => item.id));
    expect(idsOf(checkInState(book, 'Product lead', true, 'Company'))).toEqual([]);
    expect(idsOf(checkInState(book, 'Marketing lead', true, 'Sales'))).toEqual([['T4', 'T4.2']]);
    expect(checkInState(book, '').kpis.every((item) => item.team === '')).toBe(true);
  });

  it('a team spelled "Sales" on one objective and "sales " on another is one team: one entry, both shown', () => {
    const okrs = TEAM_OKR_ROWS.map((row) =>
      row[0] === 'T3' ? row.map((cell, index) => (index === 2 ? 'sales ' : cell)) : row,
    );
    const state = checkInState(workbook(okrs), '', true, teamOfWorkbook(workbook(okrs), 'SALES'));
    expect(state.teams.filter((team) => team.toLowerCase().trim() === 'sales')).toHaveLength(1);
    expect(idsOf(state).map(([id]) => id)).toEqual(['T3', 'T4']);
  });

  it('"No team" shows the key results whose objective names none', () => {
    const state = checkInState(workbook(withoutCompanyTeam()), '', true, NO_TEAM);
    expect(idsOf(state)).toEqual([['C1', 'C1.1', 'C1.2']]);
  });
});

describe('a rolled-up key result', () => {
  it('names the objectives it scores from, by ID and by name where the tab holds them', () => {
    const book = workbook();
    const c12 = book.keyResults.find((keyResult) => keyResult.id === 'C1.2');
    if (c12 === undefined) throw new Error('C1.2 is in the example');
    // The model rolls C1.2 up from T2 and T3, aligned to it; an ID the tab lacks keeps its ID alone.
    expect(itemView(book, c12).rolledUpFrom).toEqual([
      { id: 'T2', name: 'Shorten time-to-value for new customers' },
      { id: 'T3', name: 'Answer new customers faster' },
    ]);
    expect(itemView(book, { ...c12, rolledUpFrom: ['T2', 't3', 'X7'] }).rolledUpFrom).toEqual([
      { id: 'T2', name: 'Shorten time-to-value for new customers' },
      { id: 't3', name: 'Answer new customers faster' },
      { id: 'X7', name: '' },
    ]);
  });
});
