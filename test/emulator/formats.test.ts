import { describe, expect, it } from 'vitest';
import { createWorkbook, emulateServices } from '../../emulator/index';
import { servicesFor, thrown } from './helpers';

function sheet1() {
  const env = servicesFor();
  return { ...env, sheet: env.spreadsheet.getActiveSheet() };
}

describe('backgrounds (contract §4)', () => {
  it("getBackgrounds: 'Lowercase #rrggbb (7 chars). Default #ffffff. Names come back as hex: red → #ff0000.'", () => {
    const { sheet } = sheet1();
    const range = sheet.getRange('A1:C2');
    expect(range.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff', '#ffffff'],
    ]);
    range.setBackgrounds([
      ['red', '#ABC', '#F4C7C3'],
      ['white', 'Grey', null],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ['#ff0000', '#aabbcc', '#f4c7c3'],
      ['#ffffff', '#808080', '#ffffff'],
    ]);
  });

  it("setBackground: 'CSS notation … null resets'", () => {
    const { sheet } = sheet1();
    for (const [name, hex] of [
      ['black', '#000000'],
      ['green', '#008000'],
      ['blue', '#0000ff'],
      ['yellow', '#ffff00'],
      ['orange', '#ffa500'],
      ['gray', '#808080'],
    ]) {
      expect(
        sheet
          .getRange('A1')
          .setBackground(name ?? '')
          .getBackground(),
      ).toBe(hex);
    }
    expect(sheet.getRange('A1').setBackground(null).getBackground()).toBe('#ffffff');
  });

  it("setBackgrounds: 'The 2-D array must match the range'", () => {
    const { sheet } = sheet1();
    expect(thrown(() => sheet.getRange('A1:B1').setBackgrounds([['red']])).message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });
});

describe('number formats and display values (contract §3, §4)', () => {
  it('default formats: \'getNumberFormat() on a new cell → "0.###############"; setting "general" also reads back as that\'', () => {
    const { sheet } = sheet1();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('A1').setNumberFormat('general').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('A1').setNumberFormat('0.0%').getNumberFormat()).toBe('0.0%');
  });

  it("getDisplayValues: 'rendered with the date, time, number and currency format'", () => {
    const { sheet } = sheet1();
    const cases: [number | Date, string, string][] = [
      [0.456, '0%', '46%'],
      [0.4567, '0.0%', '45.7%'],
      [1234567.891, '#,##0', '1,234,568'],
      [1234.5, '#,##0.00', '1,234.50'],
      [1200, '$#,##0', '$1,200'],
      [-1200, '$#,##0', '-$1,200'],
      [3.14159, '0.00', '3.14'],
      [0.1 + 0.2, '0.###############', '0.3'],
      [42, 'general', '42'],
      [new Date('2026-12-31T00:00:00Z'), 'yyyy-mm-dd', '2026-12-31'],
      [new Date('2026-12-31T15:04:05Z'), 'yyyy-mm-dd hh:mm:ss', '2026-12-31 15:04:05'],
      [46387, 'yyyy-mm-dd', '2026-12-31'],
    ];
    for (const [value, format, shown] of cases) {
      const cell = sheet.getRange('B2').setNumberFormat(format).setValue(value);
      expect([format, cell.getDisplayValue()]).toEqual([format, shown]);
    }
  });

  it('a Date with no format displays as yyyy-mm-dd; booleans as TRUE/FALSE; blanks as empty', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1:C1').setValues([[new Date('2026-07-01T00:00:00Z'), true, '']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['2026-07-01', 'TRUE', '']]);
  });

  it("dates display and parse in the spreadsheet time zone, not the machine's", () => {
    const workbook = createWorkbook({
      timeZone: 'America/New_York',
      sheets: { S: { values: [[new Date('2026-01-01T03:00:00Z')]] } },
    });
    const range = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getRange('A1:A2');
    expect(range.getDisplayValues()[0]).toEqual(['2025-12-31']);
    range.getCell(2, 1).setValue('2026-07-01');
    expect(range.getCell(2, 1).getValue()).toEqual(new Date('2026-07-01T04:00:00Z'));
  });
});

describe('data validation (contract §1 newDataValidation, §4)', () => {
  it("newDataValidation: 'setAllowInvalid(bool): default for new rules is true'; getCriteriaType returns a DataValidationCriteria value", () => {
    const { services } = sheet1();
    const app = services.SpreadsheetApp;
    const rule = app
      .newDataValidation()
      .requireValueInList(['weekly', 'monthly'], true)
      .setHelpText('Pick one')
      .build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaValues()).toEqual([['weekly', 'monthly'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBe('Pick one');
  });

  it('requireNumberBetween, requireCheckbox, requireDate and setAllowInvalid(false)', () => {
    const { services } = sheet1();
    const builder = () => services.SpreadsheetApp.newDataValidation();
    const between = builder().requireNumberBetween(0, 10).setAllowInvalid(false).build();
    expect([String(between.getCriteriaType()), between.getCriteriaValues(), between.getAllowInvalid()]).toEqual([
      'NUMBER_BETWEEN',
      [0, 10],
      false,
    ]);
    expect(String(builder().requireCheckbox().build().getCriteriaType())).toBe('CHECKBOX');
    expect(String(builder().requireDate().build().getCriteriaType())).toBe('DATE_IS_VALID_DATE');
  });

  it("setDataValidation: 'Applies one rule to every cell; null removes validation'", () => {
    const { sheet, services, workbook } = sheet1();
    const rule = services.SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build();
    sheet.getRange('A2:A3').setDataValidation(rule);
    expect(workbook.read('Sheet1').validation('A3')).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['a', 'b'], true],
      allowInvalid: true,
      helpText: '',
    });
    expect(
      sheet
        .getRange('A1:A2')
        .getDataValidations()
        .map((row) => row[0] === null),
    ).toEqual([true, false]);
    sheet.getRange('A2:A3').setDataValidation(null);
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
  });

  it('insertCheckboxes: \'No arguments … every cell is set to false; getValues() → booleans, getDisplayValues() → "TRUE" / "FALSE"\'', () => {
    const { sheet } = sheet1();
    const range = sheet.getRange('B1:B2').insertCheckboxes();
    expect(range.getValues()).toEqual([[false], [false]]);
    sheet.getRange('B1').setValue(true);
    expect(range.getDisplayValues()).toEqual([['TRUE'], ['FALSE']]);
    expect(String(range.getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
  });

  it('insertCheckboxes: \'One argument: unchecked = "" and cells are set to "". Two arguments: cells are set to the unchecked value.\'', () => {
    const { sheet } = sheet1();
    expect(sheet.getRange('C1').insertCheckboxes('yes').getValue()).toBe('');
    expect(sheet.getRange('D1').insertCheckboxes('yes', 'no').getValue()).toBe('no');
  });

  it("isChecked: 'true if all cells are checked, false if all are unchecked, null if mixed or any cell lacks checkbox validation'", () => {
    const { sheet } = sheet1();
    const range = sheet.getRange('A1:A2').insertCheckboxes();
    expect(range.isChecked()).toBe(false);
    sheet.getRange('A1').check();
    expect(range.isChecked()).toBeNull();
    range.check();
    expect(range.isChecked()).toBe(true);
    expect(sheet.getRange('A1:A3').isChecked()).toBeNull();
  });
});

describe('notes, fonts, wrap and geometry (contract §4)', () => {
  it("getNote: \"No note → ''\"; numeric note via setNotes reads '25.0', via setNote '25'", () => {
    const { sheet } = sheet1();
    expect(sheet.getRange('A1').getNote()).toBe('');
    expect(
      sheet
        .getRange('A1')
        .setNote(25 as unknown as string)
        .getNote(),
    ).toBe('25');
    expect(
      sheet
        .getRange('B1')
        .setNotes([[25 as unknown as string]])
        .getNote(),
    ).toBe('25.0');
  });

  it('setFontWeight/getFontWeight (default normal), setFontColor, setWrap', () => {
    const { sheet, workbook } = sheet1();
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    sheet.getRange('A1:B1').setFontWeight('bold').setFontColor('#5F6368').setWrap(true);
    expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'bold']]);
    expect(workbook.toJSON().sheets[0]?.cells.A1).toEqual({ fontWeight: 'bold', fontColor: '#5f6368', wrap: true });
  });

  it('getA1Notation: \'getRange(1,1,2,5).getA1Notation() → "A1:E2"; a single cell → "A1"\'; getCell is relative', () => {
    const { sheet } = sheet1();
    const range = sheet.getRange(2, 2, 3, 4);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 2, 3, 4]);
    expect(range.getA1Notation()).toBe('B2:E4');
    expect(range.getCell(1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(3, 4).getA1Notation()).toBe('E4');
    expect(range.getSheet().getName()).toBe('Sheet1');
  });

  it('offset: \'New range with the same size unless given; offsets may be negative. Moving above row 1 … gives the "too small" errors\'', () => {
    const { sheet } = sheet1();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, -1).getA1Notation()).toBe('A3:B4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(thrown(() => range.offset(-2, 0)).message).toBe('The starting row of the range is too small.');
  });

  it('activate selects the range; SpreadsheetApp.getActiveRange returns it', () => {
    const { sheet, services } = sheet1();
    sheet.getRange('C3:D4').activate();
    expect(services.SpreadsheetApp.getActiveRange().getA1Notation()).toBe('C3:D4');
    expect(services.SpreadsheetApp.getActiveSheet().getName()).toBe('Sheet1');
  });
});
