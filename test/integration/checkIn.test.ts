// The check-in handlers on the built bundle, called as google.script.run calls them (FULL mode, JSON in
// and out): the list, a check-in's writes and re-scoring, rows that moved since the sidebar loaded, every
// user error writing nothing, the lock, and text that must stay text.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { deleteRow, moveRow } from '../fixtures/rearrange';
import { GREEN, RED, YELLOW, backgroundColumn, callServer as call, column, open, succeeded } from './harness';

function opened(okrs: CellValue[][] = GROUPED_OKR_ROWS) {
  const book = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs } });
  book.addon.run('refreshScores');
  return book;
}

describe('Check in… opens the sidebar', () => {
  it('shows Sidebar.html on the check-in page, titled KPI & OKR check-in', () => {
    const { addon } = opened();
    addon.run('showCheckIn');
    const sidebar = addon.ui.sidebars.at(-1);
    expect(sidebar?.title).toBe('KPI & OKR check-in');
    expect(sidebar?.html).toContain('data-page="checkIn"');
  });
});

describe('the sidebar state', () => {
  it('without an OKRs tab says what to add, in words the user can act on', () => {
    const { addon } = open({ KPIs: { values: KPI_ROWS } });
    const state = call(addon, 'getCheckInState');
    expect(state).toMatchObject({ objectives: [], kpis: [] });
    expect(state.problem).toBe('No OKRs tab: add a tab named "OKRs" or run Extensions → KPI & OKR → Set up tabs.');
  });

  it('groups key results under their objectives and lists KPIs, with values, scores and statuses', () => {
    const { addon } = opened();
    const state = call(addon, 'getCheckInState');
    expect(state.owner).toBe('');
    expect(state.objectives.map((o) => o.id)).toEqual(['O1', 'O2', 'O3']);
    const churn = state.objectives[0]!.keyResults[0];
    expect(churn).toMatchObject({
      id: 'O1.1',
      kind: 'KR',
      currentText: '5.5%',
      score: 0.63,
      scoreColour: YELLOW,
      confidence: 6,
    });
    expect(state.kpis[0]).toMatchObject({
      id: 'K1',
      kind: 'KPI',
      currentText: '$262,000',
      status: 'WARN',
      statusColour: YELLOW,
      range: '≥ $250,000, watch below $275,000',
      kpiType: 'health',
      earlyWarning: '',
    });
    // Health KPIs first, then strategic, then operational, each in sheet order.
    expect(state.kpis.map((kpi) => kpi.id)).toEqual([
      'K1',
      'K2',
      'K4',
      'K10',
      'K3',
      'K11',
      'K5',
      'K6',
      'K7',
      'K8',
      'K9',
    ]);
    expect(state.owners).toContain('Head of CS');
  });

  it("shows a key result's linked KPI reading when its own Current is blank", () => {
    const rows = GROUPED_OKR_ROWS.map((row, index) =>
      index === 11 ? row.map((cell, c) => (c === 7 ? '' : cell)) : row,
    );
    const state = call(opened(rows).addon, 'getCheckInState');
    expect(state.objectives[2]!.keyResults[1]).toMatchObject({ id: 'O3.2', currentText: '41', score: 0.55 });
  });

  it('filters by the chosen owner and remembers the choice for this user', () => {
    const { addon } = opened();
    const { state } = succeeded(call(addon, 'chooseCheckInOwner', 'Head of CS'));
    expect(state.objectives.flatMap((o) => o.keyResults.map((kr) => kr.id))).toEqual(['O1.1', 'O3.2']);
    expect(state.kpis.map((k) => k.id)).toEqual(['K2', 'K3']);
    expect(addon.properties.user['checkInOwner']).toBe('Head of CS');
    expect(call(addon, 'getCheckInState').owner).toBe('Head of CS');
    expect(succeeded(call(addon, 'chooseCheckInOwner', '')).state.kpis).toHaveLength(11);
  });

  it("starts on the user's own name when their email is an Owner, else on All", () => {
    const rows = GROUPED_OKR_ROWS.map((row, index) =>
      index === 2 ? row.map((cell, c) => (c === 4 ? 'lead@example.com' : cell)) : row,
    );
    expect(call(opened(rows).addon, 'getCheckInState').owner).toBe('lead@example.com');
    expect(call(opened().addon, 'getCheckInState').owner).toBe('');
  });
});

describe('a check-in', () => {
  it('logs it, writes Current and Confidence, and re-scores and re-colours the row and its objective', () => {
    const { workbook, addon } = opened();
    const reply = call(addon, 'submitCheckIn', { id: 'O1.1', value: '4.5%', confidence: '8', note: 'Renewals landed' });
    expect(reply.ok).toBe(true);
    expect(column(workbook, 'OKRs', 'Current')[1]).toBe(0.045);
    expect(column(workbook, 'OKRs', 'Confidence')[1]).toBe(8);
    expect(column(workbook, 'OKRs', 'Score')[1]).toBe(0.88);
    expect(backgroundColumn(workbook, 'OKRs', 'Score')[1]).toBe(GREEN);
    expect(column(workbook, 'OKRs', 'Score')[0]).toBe(0.66); // O1: (0.88 + 0.36 + 0.75) / 3
    const log = workbook.read('Check-ins').values();
    expect(log[0]).toEqual(['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By']);
    expect(log[1]?.slice(1)).toEqual([
      '2026-Q4',
      'O1.1',
      'Reduce customer churn',
      'KR',
      0.045,
      8,
      'Renewals landed',
      'lead@example.com',
    ]);
    expect(log[1]?.[0]).toBeInstanceOf(Date);
    const churn = succeeded(reply).state.objectives[0]!.keyResults[0];
    expect(churn).toMatchObject({
      score: 0.88,
      confidence: 8,
      lastCheckIn: '2026-11-23',
      trend: [{ date: '2026-11-23', value: 0.045 }],
    });
    expect(column(workbook, 'OKRs', 'Last check-in')[1]).toEqual(new Date('2026-11-23T00:00:00Z'));
  });

  it('on a KPI writes Current and Updated and re-flags it', () => {
    const { workbook, addon } = opened();
    call(addon, 'submitCheckIn', { id: 'K1', value: '$240,000', note: '' });
    expect(column(workbook, 'KPIs', 'Current')[0]).toBe(240000);
    expect(column(workbook, 'KPIs', 'Updated')[0]).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(column(workbook, 'KPIs', 'Status')[0]).toBe('ALERT');
    expect(backgroundColumn(workbook, 'KPIs', 'Status')[0]).toBe(RED);
  });

  it('logs a check-in on a formula cell without touching the formula, and says so', () => {
    const book = open({
      KPIs: { values: KPI_ROWS },
      OKRs: { values: GROUPED_OKR_ROWS, formulas: { H7: { formula: '=COUNTA(Leads!A:A)', value: 38 } } },
    });
    const reply = call(book.addon, 'submitCheckIn', { id: 'O2.1', value: '41', confidence: '7', note: '' });
    expect(reply.message).toContain('formula');
    expect(book.workbook.read('OKRs').cell('H7').formula).toBe('=COUNTA(Leads!A:A)');
    expect(book.workbook.read('Check-ins').values()[1]?.[5]).toBe(41);
    expect(succeeded(reply).state.objectives[1]!.keyResults[0]!.currentIsFormula).toBe(true);
  });

  it('finds the row by ID after rows were moved above it', () => {
    const { workbook, addon } = opened();
    call(addon, 'getCheckInState');
    moveRow(workbook, 'OKRs', 4, 2); // O1.2 dragged to the top of the data while the sidebar is open
    call(addon, 'submitCheckIn', { id: 'O1.2', value: '20%', note: '' });
    expect(column(workbook, 'OKRs', 'ID')[0]).toBe('O1.2');
    expect(column(workbook, 'OKRs', 'Current')[0]).toBe(0.2);
    expect(column(workbook, 'OKRs', 'Current')[2]).toBe(0.055);
  });

  it("dates are the spreadsheet's: Tokyo's Updated day, and the Timestamp showing Tokyo's time", () => {
    const book = open(
      { KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } },
      {
        timeZone: 'Asia/Tokyo',
        now: new Date('2026-11-23T20:00:00Z'),
      },
    );
    const reply = call(book.addon, 'submitCheckIn', { id: 'K1', value: '260000' });
    expect(book.workbook.read('KPIs').displayValues()[1]?.[10]).toBe('2026-11-24');
    const log = book.workbook.read('Check-ins');
    expect(log.values()[1]?.[0]).toEqual(new Date('2026-11-23T20:00:00Z'));
    expect(log.displayValues()[1]?.[0]).toBe('2026-11-24 05:00');
    expect(succeeded(reply).state.kpis[0]!.lastCheckIn).toBe('2026-11-24');
  });

  it('a note or name starting with = stays text in the sheet', () => {
    const rows = GROUPED_OKR_ROWS.map((row, index) =>
      index === 2 ? row.map((cell, c) => (c === 3 ? '=<b>Churn</b>' : cell)) : row,
    );
    const book = opened(rows);
    call(book.addon, 'submitCheckIn', { id: 'O1.1', value: '5%', note: '=SUM(A1:A9)' });
    const log = book.workbook.read('Check-ins');
    expect(log.values()[1]?.[3]).toBe('=<b>Churn</b>');
    expect(log.values()[1]?.[7]).toBe('=SUM(A1:A9)');
    expect(log.formulas()[1]).toEqual(log.values()[1]?.map(() => ''));
  });
});

describe('errors a user can cause write nothing', () => {
  const cases: [string, unknown, string, RegExp][] = [
    [
      'an ID that no longer exists',
      { id: 'O9.9', value: '5', note: '' },
      'id',
      /O9\.9 is no longer on the OKRs or KPIs tab/,
    ],
    [
      'a value that is not a number',
      { id: 'O1.1', value: 'about half', note: '' },
      'value',
      /"about half" is not a number/,
    ],
    ['a blank value', { id: 'O1.1', value: ' ', note: '' }, 'value', /Type the new value/],
    [
      'a note over 1,000 characters',
      { id: 'O1.1', value: '5%', note: 'x'.repeat(1001) },
      'note',
      /Keep the note to 1,000 characters/,
    ],
    [
      'a confidence above 10',
      { id: 'O1.1', value: '5%', confidence: '11', note: '' },
      'confidence',
      /from 0 \(no chance\) to 10/,
    ],
    ['a confidence below 0', { id: 'O1.1', value: '5%', confidence: -1, note: '' }, 'confidence', /not "-1"/],
    [
      'a percent as confidence',
      { id: 'O1.1', value: '5%', confidence: '70%', note: '' },
      'confidence',
      /to 10 \(certain\), not "70%"/,
    ],
    ['a malformed payload', { id: 'O1.1', value: 5 }, 'value', /cannot read/],
    ['no payload at all', 'O1.1', 'form', /cannot read/],
  ];
  for (const [what, payload, field, message] of cases) {
    it(what, () => {
      const { workbook, addon } = opened();
      const before = JSON.stringify(workbook.toJSON());
      const reply = call(addon, 'submitCheckIn', payload);
      expect(reply).toMatchObject({ ok: false, field });
      expect(reply.message).toMatch(message);
      expect(JSON.stringify(workbook.toJSON())).toBe(before);
    });
  }

  it('a deleted row', () => {
    const { workbook, addon } = opened();
    call(addon, 'getCheckInState');
    addon.run('refreshScores');
    deleteRow(workbook, 'OKRs', 5); // O1.3
    const before = JSON.stringify(workbook.toJSON());
    expect(call(addon, 'submitCheckIn', { id: 'O1.3', value: '8', note: '' })).toMatchObject({
      ok: false,
      field: 'id',
    });
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  });

  it('another editor holding the lock', () => {
    const { workbook, addon } = opened();
    const before = JSON.stringify(workbook.toJSON());
    addon.lock.holdDocumentLockElsewhere();
    const reply = call(addon, 'submitCheckIn', { id: 'O1.1', value: '5%', note: '' });
    expect(reply).toMatchObject({ ok: false, field: 'form' });
    expect(reply.message).toMatch(/Someone else is saving.*try again/);
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  });
});
