// Sheets-only functions the add-on writes into cells: IMPORTRANGE (contract §19) and SPARKLINE (§15).
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../emulator/index';

function teamAndRollUp() {
  const team = createWorkbook({
    name: 'Team Sales',
    sheets: {
      OKRs: {
        values: [
          ['KR', 'Score'],
          ['Leads', 0.63],
          ['Deals', 0.4],
        ],
      },
      Notes: { values: [['first tab?']] },
    },
  });
  const rollUp = createWorkbook({ name: 'Company', sheets: { Teams: { values: [] } } });
  return { team, rollUp };
}

describe('IMPORTRANGE (contract §19)', () => {
  it('shows #REF! "You need to connect these sheets." until access is allowed, then the range spills', () => {
    const { team, rollUp } = teamAndRollUp();
    rollUp.setCell('Teams', 'A1', '', { formula: `=IMPORTRANGE("${team.url()}", "OKRs!A2:B3")` });
    expect(rollUp.read('Teams').values()).toEqual([['#REF!']]);
    expect(rollUp.read('Teams').formulaError('A1')).toEqual({
      value: '#REF!',
      message: 'You need to connect these sheets.',
    });
    rollUp.allowImportFrom(team);
    expect(rollUp.read('Teams').values()).toEqual([
      ['Leads', 0.63],
      ['Deals', 0.4],
    ]);
    expect(rollUp.read('Teams').formulas()).toEqual([
      [`=IMPORTRANGE("${team.url()}", "OKRs!A2:B3")`, ''],
      ['', ''],
    ]);
  });

  it('access is per pair: allowing one destination does not open the source to another', () => {
    const { team, rollUp } = teamAndRollUp();
    const other = createWorkbook({ sheets: { S: { values: [] } } });
    rollUp.allowImportFrom(team);
    other.setCell('S', 'A1', '', { formula: `=IMPORTRANGE("${team.url()}", "OKRs!B2")` });
    rollUp.setCell('Teams', 'A1', '', { formula: `=IMPORTRANGE("${team.url()}", "OKRs!B2")` });
    expect(other.read('S').cell('A1').value).toBe('#REF!');
    expect(rollUp.read('Teams').cell('A1').value).toBe(0.63);
  });

  it('an unknown spreadsheet is #REF! too', () => {
    const { rollUp } = teamAndRollUp();
    rollUp.setCell('Teams', 'A1', '', {
      formula: '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/no-such-book/edit", "A1:B2")',
    });
    expect(rollUp.read('Teams').cell('A1').value).toBe('#REF!');
  });

  it('without a tab name reads the first tab, and feeds other formulas', () => {
    const { team, rollUp } = teamAndRollUp();
    rollUp.allowImportFrom(team);
    rollUp.setCell('Teams', 'A1', '', { formula: `=IMPORTRANGE("${team.url()}", "A1:B3")` });
    rollUp.setCell('Teams', 'D1', '', { formula: '=AVERAGE(B2:B3)' });
    expect(rollUp.read('Teams').cell('A1').value).toBe('KR');
    expect(rollUp.read('Teams').cell('D1').value).toBeCloseTo(0.515, 10);
  });
});

describe('SPARKLINE (contract §15)', () => {
  it('the cell holds a drawing: getValue reads "" and getFormula the formula, options and all', () => {
    const workbook = createWorkbook({ sheets: { KPIs: { values: [[1, 3, 2, 5]] } } });
    const formula = '=SPARKLINE(A1:D1,{"charttype","column";"axis",true;"color","green"})';
    workbook.setCell('KPIs', 'E1', '', { formula });
    workbook.setCell('KPIs', 'F1', '', { formula: '=LEN(E1)' });
    expect(workbook.read('KPIs').cell('E1')).toMatchObject({ formula, value: '' });
    expect(workbook.read('KPIs').formulaError('E1')).toBeNull();
    expect(workbook.read('KPIs').cell('F1').value).toBe(0);
  });
});
