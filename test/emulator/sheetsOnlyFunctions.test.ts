// Sheets-only functions the add-on writes into cells: IMPORTRANGE (contract §19) and SPARKLINE (§15).
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../emulator/index';
import { modelOf } from '../../emulator/workbook';

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

  it("follows its source's edits, as Sheets refreshes an open document: values, added rows, a renamed tab", () => {
    const { team, rollUp } = teamAndRollUp();
    rollUp.allowImportFrom(team);
    rollUp.setCell('Teams', 'A1', '', { formula: `=IMPORTRANGE("${team.url()}", "OKRs!A2:B4")` });
    rollUp.setCell('Teams', 'D1', '', { formula: '=SUM(B1:B3)' });
    expect(rollUp.read('Teams').cell('D1').value).toBeCloseTo(1.03, 10);
    team.setCell('OKRs', 'B2', 0.9);
    team.setCell('OKRs', 'A4', 'Churn');
    team.setCell('OKRs', 'B4', 0.5);
    expect(
      rollUp
        .read('Teams')
        .values()
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      ['Leads', 0.9],
      ['Deals', 0.4],
      ['Churn', 0.5],
    ]);
    expect(rollUp.read('Teams').cell('D1').value).toBeCloseTo(1.8, 10);
    const okrs = modelOf(team).find('OKRs');
    if (okrs === undefined) throw new Error('no OKRs tab');
    okrs.name = 'Goals';
    expect(rollUp.read('Teams').cell('A1').value).toBe('#REF!');
  });

  it('follows a chain of imports: a company roll-up of a team roll-up sees a team edit', () => {
    const { team, rollUp } = teamAndRollUp();
    const company = createWorkbook({ name: 'Board', sheets: { Summary: { values: [] } } });
    rollUp.allowImportFrom(team);
    company.allowImportFrom(rollUp);
    rollUp.setCell('Teams', 'A1', '', { formula: `=IMPORTRANGE("${team.url()}", "OKRs!B2")` });
    company.setCell('Summary', 'A1', '', { formula: `=IMPORTRANGE("${rollUp.url()}", "Teams!A1")` });
    expect(company.read('Summary').cell('A1').value).toBe(0.63);
    team.setCell('OKRs', 'B2', 0.7);
    expect(company.read('Summary').cell('A1').value).toBe(0.7);
  });

  it('an import of its own workbook follows its edits too', () => {
    const { team } = teamAndRollUp();
    team.setCell('Notes', 'B1', '', { formula: `=IMPORTRANGE("${team.url()}", "OKRs!B3")` });
    expect(team.read('Notes').cell('B1').value).toBe(0.4);
    team.setCell('OKRs', 'B3', 0.55);
    expect(team.read('Notes').cell('B1').value).toBe(0.55);
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
