// The playground's undo: a person's change taken back whole, on the same tab objects scripts hold.
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../emulator/index';
import { UndoHistory } from '../../emulator/playground/undoHistory';
import { insertRows } from '../../emulator/rowOperations';
import { modelOf } from '../../emulator/workbook';

describe('undo in the playground', () => {
  it('takes back the last change, then the one before it, and then has nothing left', () => {
    const workbook = createWorkbook({ sheets: { OKRs: { values: [['ID'], ['KR-1']], frozenRows: 1 } } });
    const model = modelOf(workbook);
    const okrs = model.find('OKRs');
    if (okrs === undefined) throw new Error('no OKRs tab');
    const history = new UndoHistory(model);
    history.remember();
    okrs.write(2, 1, { kind: 'value', value: 'KR-9' });
    history.remember();
    insertRows(model, okrs, 2);
    expect(workbook.read('OKRs').values()).toEqual([['ID'], [''], ['KR-9']]);

    expect(history.undo()).toBe(true);
    expect(workbook.read('OKRs').values()).toEqual([['ID'], ['KR-9']]);
    expect(okrs.maxRows).toBe(1000);
    expect(history.undo()).toBe(true);
    expect(workbook.read('OKRs').values()).toEqual([['ID'], ['KR-1']]);
    expect(model.find('OKRs')).toBe(okrs);
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBe(false);
  });
});
