// The emulator computes formulas (docs/emulator.md "Formulas"): getValues returns results, getFormulas the
// formulas, and every change a script or a person makes recomputes what depends on it.
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, restoreWorkbook } from '../../emulator/index';
import { servicesFor } from './helpers';

describe('formulas compute (contract §3 getValues / getFormulas)', () => {
  it('a formula a script writes shows its result; getFormulas shows the formula', () => {
    const { spreadsheet } = servicesFor({
      KPIs: {
        values: [
          ['MRR', 240000],
          ['Churn', 0.04],
        ],
      },
    });
    const sheet = spreadsheet.getSheetByName('KPIs')!;
    sheet.getRange('C1:C2').setFormulas([['=B1*2'], ['=ROUND(B2*100,1)&"%"']]);
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[480000], ['4%']]);
    expect(sheet.getRange('C1:C2').getFormulas()).toEqual([['=B1*2'], ['=ROUND(B2*100,1)&"%"']]);
  });

  it('changing an input recomputes the formulas that depend on it, also through other formulas', () => {
    const { spreadsheet } = servicesFor({ S: { values: [[1, 2]] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('C1').setFormula('=A1+B1');
    sheet.getRange('D1').setFormula('=C1*10');
    expect(sheet.getRange('C1:D1').getValues()).toEqual([[3, 30]]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('C1:D1').getValues()).toEqual([[7, 70]]);
    sheet.getRange('B1').clearContent();
    expect(sheet.getRange('C1:D1').getValues()).toEqual([[5, 50]]);
  });

  it('the functions KPI sheets use: lookups, conditional sums, dates and rounding', () => {
    const { spreadsheet } = servicesFor({
      KPIs: {
        values: [
          ['Name', 'Team', 'Value'],
          ['MRR', 'Sales', 240000],
          ['NPS', 'Support', 52],
          ['Leads', 'Sales', 30],
        ],
      },
    });
    const sheet = spreadsheet.getSheetByName('KPIs')!;
    const formulas = [
      '=SUM(C2:C4)',
      '=AVERAGE(C3:C4)',
      '=COUNTIF(B2:B4,"Sales")',
      '=COUNTIFS(B2:B4,"Sales",C2:C4,">100")',
      '=SUMIFS(C2:C4,B2:B4,"Sales")',
      '=IF(C3>50,"ok","low")',
      '=IFERROR(1/0,"none")',
      '=VLOOKUP("NPS",A2:C4,3,FALSE)',
      '=XLOOKUP("Leads",A2:A4,C2:C4)',
      '=INDEX(C2:C4,MATCH("NPS",A2:A4,0))',
      '=ROUND(2/3,2)',
      '=MIN(C2:C4)&"-"&MAX(C2:C4)',
    ];
    sheet.getRange(1, 5, formulas.length, 1).setFormulas(formulas.map((formula) => [formula]));
    expect(sheet.getRange(1, 5, formulas.length, 1).getValues().flat()).toEqual([
      240082,
      41,
      2,
      1,
      240030,
      'ok',
      'none',
      52,
      30,
      52,
      0.67,
      '30-240000',
    ]);
  });

  it('DATE and EOMONTH give Dates, as Sheets formats their results as dates', () => {
    const { spreadsheet } = servicesFor({ S: { values: [] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('A1:B1').setFormulas([['=DATE(2026,12,31)', '=EOMONTH(DATE(2026,11,15),0)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([
      [new Date('2026-12-31T00:00:00Z'), new Date('2026-11-30T00:00:00Z')],
    ]);
  });

  it('a date cell is a number to a formula: days between two dates', () => {
    const { spreadsheet } = servicesFor({
      S: { values: [[new Date('2026-10-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z')]] },
    });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('C1').setFormula('=B1-A1');
    expect(sheet.getRange('C1').getValue()).toBe(91);
  });

  it('a date cell plus days is a date, as Sheets formats it (a due date 90 days after the start)', () => {
    const workbook = createWorkbook({
      timeZone: 'America/New_York',
      sheets: { S: { values: [[new Date('2026-10-01T04:00:00Z'), new Date('2026-10-01T17:30:00Z')]] } },
    });
    workbook.setCell('S', 'C1', '', { formula: '=A1+90' });
    workbook.setCell('S', 'D1', '', { formula: '=A1' });
    workbook.setCell('S', 'E1', '', { formula: '=B1-A1' });
    expect(workbook.read('S').values()[0]?.slice(2)).toEqual([
      new Date('2026-12-30T05:00:00Z'),
      new Date('2026-10-01T04:00:00Z'),
      13.5 / 24,
    ]);
  });

  it("an open-ended range (B2:B, 'Check-ins'!A2:A) reads to the tab's last row and keeps its text", () => {
    const { spreadsheet, workbook } = servicesFor({
      OKRs: { values: [['Current'], [3], [4]] },
      'Check-ins': { values: [['ID'], ['O1.1'], ['O1.2'], ['O1.1']] },
    });
    const okrs = spreadsheet.getSheetByName('OKRs')!;
    okrs.getRange('C1:D1').setFormulas([['=SUM(A2:A)', `=COUNTIF('Check-ins'!A2:A,"O1.1")`]]);
    expect(okrs.getRange('C1:D1').getValues()).toEqual([[7, 2]]);
    okrs.getRange('A900').setValue(10);
    spreadsheet.getSheetByName('Check-ins')!.getRange('A1000').setValue('O1.1');
    expect(okrs.getRange('C1:D1').getValues()).toEqual([[17, 3]]);
    okrs.insertRowsBefore(1, 1);
    expect(workbook.read('OKRs').formulas()[1]?.slice(2)).toEqual(['=SUM(A3:A)', `=COUNTIF('Check-ins'!A2:A,"O1.1")`]);
    expect(okrs.getRange('C2').getValue()).toBe(17);
    const log = spreadsheet.getSheetByName('Check-ins')!;
    log.appendRow(['O1.1']); // the grid is full: the log grows to 1,001 rows, and the count follows it
    expect(okrs.getRange('D2').getValue()).toBe(4);
    log.insertRowsAfter(log.getMaxRows(), 1);
    log.getRange(log.getMaxRows(), 1).setValue('O1.1');
    expect(okrs.getRange('D2').getValue()).toBe(5);
  });

  it('errors are the error values Sheets shows: #DIV/0!, #N/A, #NAME?, #VALUE!, #REF! and #ERROR! for a parse error', () => {
    const { spreadsheet, workbook } = servicesFor({ S: { values: [['text']] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet
      .getRange('B1:G1')
      .setFormulas([['=1/0', '=VLOOKUP("x",A1:A2,1,FALSE)', '=NOSUCHFUNCTION()', '=A1*2', '=B1+', '=Gone!A1']]);
    expect(sheet.getRange('B1:G1').getValues()).toEqual([['#DIV/0!', '#N/A', '#NAME?', '#VALUE!', '#ERROR!', '#REF!']]);
    expect(workbook.read('S').formulaError('F1')).toEqual({ value: '#ERROR!', message: 'Formula parse error.' });
    expect(workbook.read('S').formulaError('A1')).toBeNull();
  });

  it('a circular reference is #REF!, as in Sheets', () => {
    const { spreadsheet } = servicesFor({ S: { values: [] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('A1:B1').setFormulas([['=B1+1', '=A1+1']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#REF!', '#REF!']]);
  });

  it('text that looks like a number stays text inside formulas; a number typed as text is not summed', () => {
    const { spreadsheet } = servicesFor({ S: { values: [['12', 3]] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('C1').setFormula('=SUM(A1:B1)');
    expect(sheet.getRange('C1').getValue()).toBe(3);
  });
});

describe('cross-tab references', () => {
  it('a formula reads another tab and follows its changes', () => {
    const { spreadsheet } = servicesFor({ OKRs: { values: [[38]] }, Summary: { values: [] } });
    const summary = spreadsheet.getSheetByName('Summary')!;
    summary.getRange('A1').setFormula('=OKRs!A1/60');
    expect(summary.getRange('A1').getValue()).toBeCloseTo(0.6333, 4);
    spreadsheet.getSheetByName('OKRs')!.getRange('A1').setValue(60);
    expect(summary.getRange('A1').getValue()).toBe(1);
  });

  it('renaming a tab rewrites the formulas that name it and keeps their values', () => {
    const { spreadsheet, workbook } = servicesFor({ Data: { values: [[7]] }, Summary: { values: [] } });
    spreadsheet.getSheetByName('Summary')!.getRange('A1').setFormula('=Data!A1*2');
    spreadsheet.getSheetByName('Data')!.setName('Inputs');
    expect(workbook.read('Summary').cell('A1')).toMatchObject({ formula: '=Inputs!A1*2', value: 14 });
  });

  it('deleting a tab turns the formulas that read it into #REF!', () => {
    const { spreadsheet, workbook } = servicesFor({ Data: { values: [[7]] }, Summary: { values: [] } });
    spreadsheet.getSheetByName('Summary')!.getRange('A1').setFormula('=Data!A1*2');
    expect(workbook.read('Summary').cell('A1').value).toBe(14);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Data')!);
    expect(workbook.read('Summary').cell('A1').value).toBe('#REF!');
  });

  it('a formula naming a tab that does not exist yet is #REF! until the tab is inserted', () => {
    const { spreadsheet, workbook } = servicesFor({ Summary: { values: [] } });
    spreadsheet.getSheetByName('Summary')!.getRange('A1').setFormula('=Later!A1*2');
    expect(workbook.read('Summary').cell('A1').value).toBe('#REF!');
    const later = spreadsheet.insertSheet('Later');
    expect(workbook.read('Summary').cell('A1').value).toBe(0);
    later.getRange('A1').setValue(4);
    expect(workbook.read('Summary').cell('A1').value).toBe(8);
  });

  it('a tab inserted later is read by a formula in a copied tab', () => {
    const { spreadsheet, workbook } = servicesFor({ Summary: { values: [[2]] } });
    spreadsheet.getSheetByName('Summary')!.getRange('B1').setFormula('=A1*3');
    spreadsheet.getSheetByName('Summary')!.copyTo(spreadsheet);
    expect(workbook.read('Copy of Summary').cell('B1')).toMatchObject({ formula: '=A1*3', value: 6 });
    const added = spreadsheet.insertSheet('Later');
    added.getRange('A1').setFormula('=Summary!A1+1');
    expect(workbook.read('Later').cell('A1').value).toBe(3);
  });
});

describe('rows and columns moved under formulas', () => {
  it('inserting rows above shifts the references, as Sheets rewrites them', () => {
    const { spreadsheet, workbook } = servicesFor({ S: { values: [[1], [2], [3]] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    sheet.insertRowsBefore(1, 2);
    expect(workbook.read('S').cell('B3')).toMatchObject({ formula: '=SUM(A3:A5)', value: 6 });
  });

  it('deleting a row inside a summed range shrinks the range and the total', () => {
    const { spreadsheet, workbook } = servicesFor({ S: { values: [[1], [2], [3]] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('C1').setFormula('=SUM(A1:A3)');
    sheet.deleteRow(2);
    expect(workbook.read('S').cell('C1')).toMatchObject({ formula: '=SUM(A1:A2)', value: 4 });
  });

  it('deleting a column a formula reads gives #REF!; inserting one leaves other formulas alone', () => {
    const { spreadsheet, workbook } = servicesFor({ S: { values: [[1, 2]] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('D1:E1').setFormulas([['=B1*2', '=A1*2']]);
    sheet.deleteColumn(2);
    expect(workbook.read('S').cell('C1').value).toBe('#REF!');
    expect(workbook.read('S').cell('D1')).toMatchObject({ formula: '=A1*2', value: 2 });
  });
});

describe('documents loaded from somewhere keep their formulas live', () => {
  it('a fixture formula shows the value it was given until something it depends on changes', () => {
    const workbook = createWorkbook({
      sheets: { S: { values: [[2]], formulas: { B1: { formula: '=A1*100', value: 150 } } } },
    });
    expect(workbook.read('S').cell('B1').value).toBe(150);
    workbook.setCell('S', 'A1', 3);
    expect(workbook.read('S').cell('B1').value).toBe(300);
  });

  it('a restored snapshot (the playground file, an .xlsx) recomputes its formulas, and they stay live', () => {
    const original = createWorkbook({ sheets: { S: { values: [[2, 5]] } } });
    original.setCell('S', 'C1', 0, { formula: '=A1+B1' });
    const saved = original.toJSON();
    const restored = restoreWorkbook(saved);
    expect(restored.read('S').cell('C1').value).toBe(7);
    restored.setCell('S', 'A1', 10);
    expect(restored.read('S').cell('C1').value).toBe(15);
  });
});

describe("TODAY() and NOW() read the document's clock", () => {
  it('a pinned test clock pins them, in the spreadsheet’s time zone', () => {
    const workbook = createWorkbook({ timeZone: 'Asia/Tokyo', sheets: { S: { values: [] } } });
    loadAddon({ code: 'function onOpen() {}', workbook, now: new Date('2026-11-23T20:00:00Z') });
    workbook.setCell('S', 'A1', '', { formula: '=TODAY()' });
    workbook.setCell('S', 'B1', '', { formula: '=NOW()' });
    workbook.setCell('S', 'C1', '', { formula: '=TODAY()-DATE(2026,11,1)' });
    // 20:00 UTC is 05:00 on 24 November in Tokyo.
    expect(workbook.read('S').values()).toEqual([
      [new Date('2026-11-23T15:00:00Z'), new Date('2026-11-23T20:00:00Z'), 23],
    ]);
  });
});

describe('built-in array results (SEQUENCE, FILTER, ARRAYFORMULA)', () => {
  it('spill into the cells below, follow their inputs, and are #REF! when data is in the way', () => {
    const { spreadsheet, workbook } = servicesFor({ S: { values: [[1], [2], [3]] } });
    const sheet = spreadsheet.getSheetByName('S')!;
    sheet.getRange('B1:C1').setFormulas([['=ARRAYFORMULA(A1:A3*2)', '=FILTER(A1:A3,A1:A3>1)']]);
    expect(sheet.getRange('B1:C3').getValues()).toEqual([
      [2, 2],
      [4, 3],
      [6, ''],
    ]);
    expect(sheet.getRange('B2:C3').getFormulas()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B1:C3').getValues()).toEqual([
      [10, 5],
      [4, 2],
      [6, 3],
    ]);
    sheet.getRange('B3').setValue('typed');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['#REF!'], [''], ['typed']]);
    expect(workbook.toJSON().sheets[0]?.cells.C2).toEqual({ value: 2, spilled: true });
  });
});
