// Which quarter Start new quarter closes. Teams close in the first days of the next quarter: the quarter
// that ended is closed (however its rows' Quarter cells read), and the quarter under way is offered only
// when no ended quarter is open, and then as an early close, said plainly.
import { describe, expect, it } from 'vitest';
import { closingBook } from '../fixtures/closingBook';
import { stringContaining } from '../matchers';
import { column, open, runHandler, succeeded } from './harness';

type Addon = ReturnType<typeof open>['addon'];

const QUARTER = 1;
const DUE = 9;

function preview(addon: Addon) {
  return runHandler(addon, 'getQuarterClosePreview');
}

function close(addon: Addon, extra: Record<string, unknown> = {}) {
  return runHandler(addon, 'confirmQuarterClose', { mode: 'keep', ...extra });
}

/** The closing book with each row's Quarter cell set by `quarter(row index below the header)`. */
function bookWithQuarters(quarter: (index: number) => string) {
  const book = closingBook();
  book.OKRs.values.slice(1).forEach((row, index) => (row[QUARTER] = quarter(index)));
  return book;
}

function expectClosedQ4(workbook: ReturnType<typeof open>['workbook']): void {
  expect(workbook.has('OKRs 2026-Q4')).toBe(true);
  expect(workbook.has('OKRs 2027-Q1')).toBe(false);
  expect(column(workbook, 'KPI History', 'Quarter')).toEqual(Array(11).fill('2026-Q4'));
  expect(column(workbook, 'Quarter log', 'Quarter')).toEqual(['2026-Q4']);
  expect(column(workbook, 'Quarter log', 'Next quarter')).toEqual(['2027-Q1']);
  expect(column(workbook, 'OKRs', 'Quarter')).toEqual(Array(9).fill('2027-Q1'));
}

describe('the quarter a close closes', () => {
  const january = [1, 2, 3, 4].map((day) => new Date(`2027-01-0${day}T09:00:00Z`));

  for (const now of january) {
    const day = now.toISOString().slice(0, 10);

    it(`on ${day}, rows that say 2026-Q4 close 2026-Q4 and roll to 2027-Q1`, () => {
      const { addon, workbook } = open(closingBook(), { now });
      expect(preview(addon)).toMatchObject({
        ok: true,
        quarter: '2026-Q4',
        next: '2027-Q1',
        archive: 'OKRs 2026-Q4',
        keyResults: 9,
      });
      expect(succeeded(preview(addon)).early).toBeUndefined();
      expect(close(addon)).toMatchObject({
        ok: true,
        message: stringContaining('2026-Q4 closed; OKRs now hold 2027-Q1.'),
      });
      expectClosedQ4(workbook);
    });

    it(`on ${day}, rows with a blank Quarter (due in December) close as 2026-Q4, not as today's quarter`, () => {
      const { addon, workbook } = open(
        bookWithQuarters(() => ''),
        { now },
      );
      expect(preview(addon)).toMatchObject({ ok: true, quarter: '2026-Q4', next: '2027-Q1', keyResults: 9, done: 3 });
      close(addon);
      expectClosedQ4(workbook);
    });
  }

  it('blank and filled Quarter cells together close as the quarter the filled ones name', () => {
    const book = bookWithQuarters((index) => (index % 2 === 0 ? '' : '2026-Q4'));
    for (const row of book.OKRs.values.slice(1)) row[DUE] = ''; // no Due to go by: the filled rows decide
    const { addon, workbook } = open(book, { now: new Date('2027-01-04T09:00:00Z') });
    expect(preview(addon)).toMatchObject({ quarter: '2026-Q4', keyResults: 9 });
    close(addon);
    expectClosedQ4(workbook);
  });

  it('blank Quarter cells and no Due close the quarter after the last close (2026-Q3 archived)', () => {
    const book = bookWithQuarters(() => '');
    for (const row of book.OKRs.values.slice(1)) row[DUE] = '';
    const { addon, workbook } = open(
      { ...book, 'OKRs 2026-Q3': { values: [['closed before']] } },
      { now: new Date('2027-01-02T09:00:00Z') },
    );
    expect(preview(addon)).toMatchObject({ quarter: '2026-Q4', keyResults: 9 });
    close(addon);
    expectClosedQ4(workbook);
  });

  it('an ended quarter that was never closed comes before the quarter under way', () => {
    const book = closingBook();
    book.OKRs.values.find((row) => row[0] === 'O3.3')![QUARTER] = '2026-Q3';
    const { addon } = open(book);
    expect(preview(addon)).toMatchObject({ ok: true, quarter: '2026-Q3', next: '2026-Q4', keyResults: 1 });
    expect(succeeded(preview(addon)).early).toBeUndefined();
  });

  it('the day after a close in January there is only the new quarter, offered as an early close', () => {
    const { addon, workbook } = open(closingBook(), { now: new Date('2027-01-04T09:00:00Z') });
    close(addon);
    addon.setNow(new Date('2027-01-05T09:00:00Z'));
    expect(preview(addon)).toMatchObject({
      ok: true,
      quarter: '2027-Q1',
      next: '2027-Q2',
      early: { day: 5, days: 90, end: '2027-03-31' },
    });
    expectClosedQ4(workbook);
  });

  it('after an early close on 29 June: nothing to close on 30 June, and on 1 July 2027-Q3 only as an early close (day 1 of 92)', () => {
    const book = bookWithQuarters(() => '2027-Q2');
    for (const row of book.OKRs.values.slice(1)) if (row[DUE] !== '') row[DUE] = new Date('2027-06-30T00:00:00Z');
    const { addon, workbook } = open(book, { now: new Date('2027-06-29T09:00:00Z') });
    expect(preview(addon)).toMatchObject({ quarter: '2027-Q2', early: { day: 90, days: 91, end: '2027-06-30' } });
    expect(close(addon)).toMatchObject({ ok: true });
    addon.setNow(new Date('2027-06-30T09:00:00Z'));
    expect(preview(addon)).toEqual({
      ok: false,
      message:
        'The OKRs tab already holds 2027-Q3, which starts on 2027-07-01: the quarter before it is closed. Nothing was changed.',
    });
    addon.setNow(new Date('2027-07-01T09:00:00Z'));
    expect(preview(addon)).toMatchObject({
      ok: true,
      quarter: '2027-Q3',
      next: '2027-Q4',
      early: { day: 1, days: 92, end: '2027-09-30' },
    });
    expect(workbook.has('OKRs 2027-Q3')).toBe(false);
  });

  it('refuses, changing nothing, a confirm for another quarter than the one the dialog showed', () => {
    const { addon, workbook } = open(closingBook(), { now: new Date('2027-01-04T09:00:00Z') });
    const before = workbook.toJSON();
    expect(close(addon, { quarter: '2027-Q1' })).toEqual({
      ok: false,
      message:
        'Nothing was changed: the quarter to close is now 2026-Q4, not the 2027-Q1 this dialog showed. Open Start new quarter… again to see what would close.',
    });
    expect(workbook.toJSON()).toEqual(before);
    expect(close(addon, { quarter: '2026-Q4' })).toMatchObject({ ok: true });
  });

  it('with a fiscal year starting in April, closes Jan–Mar (2027-Q4) in the first days of April, blank Quarter cells included', () => {
    const book = bookWithQuarters((index) => (index < 4 ? '' : '2027-Q4'));
    for (const row of book.OKRs.values.slice(1)) if (row[DUE] !== '') row[DUE] = new Date('2027-03-31T00:00:00Z');
    const { addon, workbook } = open(book, { now: new Date('2027-04-02T09:00:00Z') });
    addon.properties.document.fiscalStartMonth = '4';
    expect(preview(addon)).toMatchObject({ ok: true, quarter: '2027-Q4', next: '2027-Q1', archive: 'OKRs 2027-Q4' });
    expect(succeeded(preview(addon)).early).toBeUndefined();
    close(addon);
    expect(workbook.has('OKRs 2027-Q4')).toBe(true);
    expect(column(workbook, 'KPI History', 'Quarter')).toEqual(Array(11).fill('2027-Q4'));
    expect(column(workbook, 'OKRs', 'Quarter')).toEqual(Array(9).fill('2027-Q1'));
    expect(column(workbook, 'OKRs', 'Due')).toEqual(Array(9).fill(''));
  });
});
