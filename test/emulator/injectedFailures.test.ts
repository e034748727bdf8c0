// Not a Google behaviour but the test hook crash-safety tests rely on: Apps Script may stop an execution
// at any service call (time limit, quota, "Service unavailable"); what ran before stays written. The
// injected failure throws an Exception from the nth call, before that call does anything.
import { describe, expect, it } from 'vitest';
import { servicesFor, thrown } from './helpers';

describe('counter.failOnCall', () => {
  it('fails the nth call from now, once, leaving earlier writes in place and the failed one undone', () => {
    const { spreadsheet, counter, workbook } = servicesFor({ A: { values: [['x']] } });
    const sheet = spreadsheet.getSheetByName('A')!;
    counter.failOnCall(3, 'Service unavailable');
    sheet.getRange('A1').setValue('first'); // calls 1 and 2
    const error = thrown(() => sheet.getRange('B1')); // call 3
    expect([error.name, error.message]).toEqual(['Exception', 'Service unavailable']);
    expect(workbook.read('A').values()).toEqual([['first']]);
    sheet.getRange('B1').setValue('after'); // the failure fired once
    expect(workbook.read('A').values()).toEqual([['first', 'after']]);
  });

  it('records every call in order, for choosing which to fail', () => {
    const { spreadsheet, counter } = servicesFor({ A: { values: [] } });
    counter.reset();
    spreadsheet.getSheetByName('A')!.getRange('A1').setValue(1);
    expect(counter.sequence).toEqual(['Spreadsheet.getSheetByName', 'Sheet.getRange', 'Range.setValue']);
  });
});
