import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../emulator/index';
import { servicesFor } from './helpers';

describe('fixture API (createWorkbook)', () => {
  it("a new workbook has one empty 'Sheet1', 1000×26 (contract §1 'New spreadsheet defaults')", () => {
    const workbook = createWorkbook();
    expect(workbook.sheetNames()).toEqual(['Sheet1']);
    expect(workbook.read('Sheet1').values()).toEqual([]);
    expect([workbook.read('Sheet1').maxRows, workbook.read('Sheet1').maxColumns]).toEqual([1000, 26]);
  });

  it('fixtures set values, formulas with their shown values, number formats by cell or range, and frozen rows', () => {
    const workbook = createWorkbook({
      sheets: {
        KPIs: {
          values: [
            ['Name', 'Churn', 'Total'],
            ['A', 0.031, ''],
            ['B', 0.05, ''],
          ],
          formulas: { C2: { formula: '=B2*100', value: 3.1 } },
          numberFormats: { 'B2:B3': '0.0%' },
          frozenRows: 1,
        },
      },
    });
    const view = workbook.read('KPIs');
    expect(view.values()).toEqual([
      ['Name', 'Churn', 'Total'],
      ['A', 0.031, 3.1],
      ['B', 0.05, ''],
    ]);
    expect(view.formulas()[1]).toEqual(['', '', '=B2*100']);
    expect(view.displayValues()[2]).toEqual(['B', '5.0%', '']);
    expect(view.numberFormats()[0]?.[1]).toBe('0.###############');
    expect(view.backgrounds()[0]).toEqual(['#ffffff', '#ffffff', '#ffffff']);
    expect(view.frozenRows).toBe(1);
    expect(view.protection).toBeNull();
    expect(view.validation('B2')).toBeNull();
    expect(view.cell('B2')).toEqual({
      value: 0.031,
      formula: '',
      background: '#ffffff',
      numberFormat: '0.0%',
      note: '',
      fontWeight: 'normal',
      fontColor: '#000000',
    });
  });

  it('values() is trimmed to the data extent and returns copies', () => {
    const date = new Date('2026-10-01T00:00:00Z');
    const workbook = createWorkbook({
      sheets: {
        S: {
          values: [
            ['a', '', ''],
            ['', date, ''],
            ['', '', ''],
          ],
        },
      },
    });
    const values = workbook.read('S').values();
    expect(values).toEqual([
      ['a', ''],
      ['', date],
    ]);
    (values[1]?.[1] as Date).setUTCFullYear(1990);
    expect(workbook.read('S').cell('B2').value).toEqual(date);
  });

  it('addSheet, has, setCell (stored as given, no parsing, no trigger)', () => {
    const workbook = createWorkbook().addSheet('OKRs', { values: [['Objective']] });
    expect(workbook.has('OKRs')).toBe(true);
    expect(workbook.has('okrs')).toBe(false);
    workbook.setCell('OKRs', 'B2', '45%');
    workbook.setCell('OKRs', 'C2', 0.45, { numberFormat: '0%' });
    workbook.setCell('OKRs', 'D2', 4, { formula: '=2+2' });
    expect(workbook.read('OKRs').values()[1]).toEqual(['', '45%', 0.45, 4]);
    expect(workbook.read('OKRs').cell('D2').formula).toBe('=2+2');
    expect(() => workbook.addSheet('OKRs')).toThrow('already exists');
    expect(() => workbook.read('Nope')).toThrow('no sheet named "Nope"');
  });

  it('toJSON is a plain snapshot of everything, equal for equal documents', () => {
    const make = () =>
      createWorkbook({ name: 'Plan', sheets: { S: { values: [['x', 1]], numberFormats: { B1: '0%' } } } });
    const snapshot = make().toJSON();
    expect(snapshot).toEqual(make().toJSON());
    expect(snapshot).toEqual({
      name: 'Plan',
      timeZone: 'Etc/UTC',
      activeSheet: 'S',
      sheets: [
        {
          name: 'S',
          sheetId: 0,
          maxRows: 1000,
          maxColumns: 26,
          frozenRows: 0,
          hidden: false,
          protection: null,
          cells: { A1: { value: 'x' }, B1: { value: 1, numberFormat: '0%' } },
        },
      ],
    });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe('workbook.selection (fixture view)', () => {
  it("Range.activate: 'Sets the specified range as the active range, with the top left cell in the range as the current cell' on its tab", () => {
    const { spreadsheet, workbook } = servicesFor({ A: { values: [['x']] }, B: { values: [['y']] } });
    expect(workbook.selection()).toEqual({ sheet: 'A', a1: 'A1' });
    spreadsheet.getSheetByName('B')!.getRange(3, 1, 1, 4).activate();
    expect(workbook.selection()).toEqual({ sheet: 'B', a1: 'A3:D3' });
  });
});

describe('fixture maxRows', () => {
  it('trims the grid to the rows given, never below the data', () => {
    const workbook = createWorkbook({
      sheets: { A: { values: [['a'], ['b']], maxRows: 2 }, B: { values: [['a'], ['b']], maxRows: 1 } },
    });
    expect([workbook.read('A').maxRows, workbook.read('B').maxRows]).toEqual([2, 2]);
  });
});
