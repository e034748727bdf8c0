// A close stops; people keep working on the OKRs tab (a row inserted, a kept row deleted, values typed);
// then the close is run again. Nothing typed may be lost, no value may land on another row, and every row
// nobody touched must end exactly as an uninterrupted close leaves it.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { modelOf } from '../../emulator/workbook';
import { closingBook } from '../fixtures/closingBook';
import { open } from './harness';

type Addon = ReturnType<typeof open>['addon'];
type Book = ReturnType<typeof open>['workbook'];

const HEADER = closingBook().OKRs.values[0]!.map(String);
const col = (title: string): number => HEADER.indexOf(title);
const PLANNED: CellValue[] = [
  'O9.1',
  '2027-Q1',
  '',
  'Planned before the re-run',
  'Ana',
  0,
  5,
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  'typed after the crash',
];

function close(addon: Addon, mode: 'keep' | 'empty'): { ok: boolean; message: string } {
  return addon.run('confirmQuarterClose', { args: [{ mode }] }) as { ok: boolean; message: string };
}

/** The OKRs tab's rows by ID. */
function rowsById(workbook: Book): Map<string, CellValue[]> {
  return new Map(
    workbook
      .read('OKRs')
      .values()
      .slice(1)
      .map((row) => [String(row[0]), row]),
  );
}

function sheetRowOf(workbook: Book, id: string): number {
  return (
    workbook
      .read('OKRs')
      .values()
      .findIndex((row) => row[0] === id) + 1
  );
}

/** What people do between the crash and the re-run, in the live tab as the crash left it. */
function editAfterCrash(workbook: Book): void {
  const okrs = modelOf(workbook).find('OKRs')!;
  // A planned row typed above O2, a kept row deleted, a value typed in a kept row.
  // (A close that started empty may have removed some rows already: an edit needs its row.)
  const above = sheetRowOf(workbook, 'O2') || workbook.read('OKRs').values().length + 1;
  okrs.insertRows(above, 1);
  PLANNED.forEach((value, index) => workbook.setCell('OKRs', `${String.fromCharCode(65 + index)}${above}`, value));
  if (sheetRowOf(workbook, 'O3.1') > 0) okrs.deleteRows(sheetRowOf(workbook, 'O3.1'), 1);
  const type = (id: string, title: string, value: CellValue): void => {
    if (sheetRowOf(workbook, id) > 0)
      workbook.setCell('OKRs', `${String.fromCharCode(65 + col(title))}${sheetRowOf(workbook, id)}`, value);
  };
  type('O1.3', 'Current', 12);
  type('O2.2', 'Notes', 'call back in January');
}

function uninterrupted(mode: 'keep' | 'empty') {
  const { addon, workbook } = open(closingBook());
  addon.counter.reset();
  close(addon, mode);
  return { sequence: [...addon.counter.sequence], workbook };
}

/**
 * Crash points once the archive exists (before it, edits are simply part of the quarter closed): the first
 * write after each journal record from the archive's on, and each row deletion of the roll.
 */
function crashPoints(sequence: readonly string[]): number[] {
  const records = sequence.flatMap((key, index) => (key === 'Properties.setProperty' ? [index + 1] : []));
  const points = new Set<number>();
  for (const record of records) {
    const next = sequence.findIndex((key, index) => index >= record && !/\.(get|is|has)[A-Z]|toast|flush/.test(key));
    if (next >= 0) points.add(next + 1);
  }
  sequence.forEach((key, index) => key === 'Sheet.deleteRows' && points.add(index + 1));
  const archived = sequence.indexOf('Spreadsheet.moveActiveSheet') + 1;
  return [...points]
    .filter((point) => point > archived && point < sequence.lastIndexOf('Properties.setProperty') + 1)
    .sort((a, b) => a - b);
}

describe('a close re-run after people edited the OKRs tab', () => {
  for (const mode of ['keep', 'empty'] as const) {
    it(`keeps every edit and rolls every untouched row as an uninterrupted close does (${mode})`, () => {
      const expected = uninterrupted(mode);
      const expectedRows = rowsById(expected.workbook);
      const points = crashPoints(expected.sequence);
      expect(points.length).toBeGreaterThan(mode === 'keep' ? 5 : 4);
      for (const point of points) {
        const { addon, workbook } = open(closingBook());
        addon.counter.failOnCall(point, `Service unavailable (call ${point})`);
        expect(() => close(addon, mode), `call ${point}`).toThrow(`Service unavailable (call ${point})`);
        editAfterCrash(workbook);
        expect(close(addon, mode), `re-run after call ${point}`).toMatchObject({ ok: true });

        const rows = rowsById(workbook);
        // The planned row is exactly as typed, and the deleted row stays deleted.
        expect(rows.get('O9.1'), `call ${point}`).toEqual(PLANNED);
        expect(rows.has('O3.1'), `call ${point}`).toBe(false);
        if (mode === 'keep') {
          // The value typed after the crash is kept; the rest of its row rolled.
          expect(rows.get('O1.3'), `call ${point}`).toEqual(
            expectedRows.get('O1.3')!.map((cell, index) => (index === col('Current') ? 12 : cell)),
          );
          expect(rows.get('O2.2'), `call ${point}`).toEqual(
            expectedRows.get('O2.2')!.map((cell, index) => (index === col('Notes') ? 'call back in January' : cell)),
          );
        }
        // Every row nobody touched ends as an uninterrupted close leaves it.
        const untouched = [...rows.keys()].filter((id) => !['O9.1', 'O1.3', 'O2.2'].includes(id));
        expect(untouched.length, `call ${point}`).toBeGreaterThan(mode === 'keep' ? 4 : -1);
        for (const id of untouched) expect(rows.get(id), `${id} after call ${point}`).toEqual(expectedRows.get(id));
        expect([...rows.keys()].sort(), `call ${point}`).toEqual(
          [...expectedRows.keys()]
            .filter((id) => id !== 'O3.1')
            .concat('O9.1')
            .sort(),
        );
        for (const tab of ['OKRs 2026-Q4', 'KPI History', 'Quarter log', 'KPIs']) {
          expect(workbook.read(tab).values(), `${tab} after call ${point}`).toEqual(
            expected.workbook.read(tab).values(),
          );
        }
      }
    }, 120_000);
  }

  it('says which typed cells it left alone', () => {
    const expected = uninterrupted('keep');
    // Stop just before the roll writes its values: the first OKRs write after the bounds were recorded.
    const rolled = expected.sequence.lastIndexOf(
      'Properties.setProperty',
      expected.sequence.indexOf('Sheet.deleteRows'),
    );
    const bounds = expected.sequence.lastIndexOf('Properties.setProperty', rolled - 1);
    const point = expected.sequence.findIndex((key, index) => index > bounds && key === 'Range.setValues') + 1;
    const { addon, workbook } = open(closingBook());
    addon.counter.failOnCall(point);
    expect(() => close(addon, 'keep')).toThrow('stopped part-way');
    editAfterCrash(workbook);
    const reply = close(addon, 'keep');
    expect(reply.message).toContain('Typed in since the close stopped, so left as it is: O1.3 Current.');
    expect(reply.message).toContain(
      'Not rolled, as the OKRs tab no longer holds them as closed (deleted, renamed or doubled): O3.1.',
    );
  });
});
