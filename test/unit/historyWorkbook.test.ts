// The bench's history dimension claims "the same team with 1 quarter to 4 years of weekly check-ins": these
// pin that the generated workbook is that, so a cost that grows down the bench's table is the history's.
import { describe, expect, it } from 'vitest';
import { CHECK_IN_HEADER } from '../../src/core/checkIn/plan';
import { KPI_HISTORY } from '../../src/core/quarterClose/logRows';
import { TODAY } from '../fixtures/examples';
import {
  HISTORY_WEEKS,
  KPI_HISTORY_HEADER,
  LOG_HEADER,
  TEAM,
  historyWorkbook,
  type HistoryWorkbook,
} from '../fixtures/history';

const ITEMS = TEAM.keyResults + TEAM.kpis;
const CLOSED_QUARTERS = { '1 quarter': 1, '1 year': 4, '2 years': 8, '4 years': 16 } as const;

const books = new Map<number, HistoryWorkbook>();
/** Each length generated once for the whole file: the 4-year log is 44,000 rows. */
function bookOf(weeks: number): HistoryWorkbook {
  const book = books.get(weeks) ?? historyWorkbook(weeks);
  books.set(weeks, book);
  return book;
}

describe('historyWorkbook', () => {
  it('logs with the headers the add-on writes', () => {
    expect(LOG_HEADER).toEqual(CHECK_IN_HEADER);
    expect(KPI_HISTORY_HEADER).toEqual(KPI_HISTORY.header);
  });

  it('keeps the same team at every length: 40 objectives, 150 key results and 60 KPIs of the current quarter', () => {
    for (const weeks of Object.values(HISTORY_WEEKS)) {
      const { sheets, quarter } = bookOf(weeks);
      const okrs = sheets.OKRs!.values.slice(1);
      expect(okrs.filter((row) => row[2] !== '')).toHaveLength(TEAM.objectives);
      expect(okrs.filter((row) => row[3] !== '')).toHaveLength(TEAM.keyResults);
      expect(okrs.filter((row) => row[11] !== '').length).toBeGreaterThan(0);
      expect(new Set(okrs.map((row) => row[1]))).toEqual(new Set([quarter]));
      expect(sheets.KPIs!.values).toHaveLength(TEAM.kpis + 1);
    }
  });

  for (const [length, weeks] of Object.entries(HISTORY_WEEKS)) {
    it(`${length}: every key result and KPI once a week, in time order, before today`, () => {
      const book = bookOf(weeks);
      const log = book.sheets['Check-ins']!.values.slice(1);
      expect(log).toHaveLength(ITEMS * weeks);
      const times = log.map((row) => (row[0] as Date).getTime());
      expect(times.every((time, index) => index === 0 || time >= times[index - 1]!)).toBe(true);
      expect(times.at(-1)!).toBeLessThan(TODAY.getTime());
      const perItem = new Map<unknown, number>();
      for (const row of log) perItem.set(row[2], (perItem.get(row[2]) ?? 0) + 1);
      expect(perItem.size).toBe(ITEMS);
      expect([...perItem.values()].every((count) => count === weeks)).toBe(true);
      // The recent end a bounded job reads starts at the first row of this quarter.
      expect(log[book.firstLogRowThisQuarter - 2]![1]).toBe(book.quarter);
      expect(log[book.firstLogRowThisQuarter - 3]![1]).not.toBe(book.quarter);
    });

    it(`${length}: one KPI History row per KPI for each quarter closed in that time`, () => {
      const book = bookOf(weeks);
      const history = book.sheets['KPI History']!.values.slice(1);
      const quarters = [...new Set(history.map((row) => row[1]))];
      expect(quarters).toHaveLength(CLOSED_QUARTERS[length as keyof typeof CLOSED_QUARTERS]);
      expect(quarters).not.toContain(book.quarter);
      expect(history).toHaveLength(TEAM.kpis * quarters.length);
    });
  }

  it("shows each key result's newest logged value and confidence in the OKRs tab", () => {
    const { sheets } = bookOf(HISTORY_WEEKS['1 quarter']);
    const newest = new Map(sheets['Check-ins']!.values.slice(1).map((row) => [row[2], row]));
    const keyResults = sheets.OKRs!.values.slice(1).filter((row) => row[3] !== '');
    for (const row of keyResults) {
      expect([row[7], row[10]]).toEqual([newest.get(row[0])![5], newest.get(row[0])![6]]);
    }
  });
});
