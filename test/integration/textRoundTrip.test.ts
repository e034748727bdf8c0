// Every string the add-on writes is stored exactly as given, through every writer it has, on the built
// bundle: Sheets parses written strings as typed input (the emulator as broadly as Sheets: dates with and
// without a year, times, exponents, accounting negatives…), so one unprotected string turns into a date,
// a number, a formula or an error. Seeded pseudo-random strings from a nasty alphabet, plus a fixed list.
import { showsNothing } from '../../src/core/quote';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { closingBook } from '../fixtures/closingBook';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { callServer as call, column, open } from './harness';

const FIXED = [
  '3/4/2026',
  '3/4',
  '1-2',
  '12:30',
  '12:30:15',
  '9:30 am',
  '5 Dec',
  'Dec 5',
  '5 December 2026',
  '3/4/2026 12:30',
  '1e3',
  '1E-2',
  '1e999',
  '(12)',
  '($1,200)',
  '+1',
  '-',
  '-5',
  '45%',
  '$1,200',
  '22 34',
  '7.10',
  'TRUE',
  'false',
  '=x',
  '=SUM(A1:A2)',
  "'quoted",
  "''twice",
  '@owner',
  '  padded  ',
  '\ttabbed',
  'line\nbreak',
  ' ',
  'O1.2',
  '日本語',
  'café',
  '😀 done',
  '\u200b',
  'a\u200bb',
  '\u200eleft-to-right mark',
  '\ufeffbom',
  'x\u00a0y',
];

const PIECES = [
  '0',
  '1',
  '3',
  '7',
  '12',
  '2026',
  '/',
  ':',
  '.',
  'e',
  'E',
  '%',
  '$',
  ',',
  ' ',
  '  ',
  '\t',
  '\n',
  "'",
  '=',
  '+',
  '-',
  '(',
  ')',
  'Dec',
  'dec',
  'March',
  'am',
  'PM',
  'TRUE',
  'é',
  '日本',
  '😀',
  '\u200b',
  '\u200e',
  '\ufeff',
  '\u00a0',
  'O',
];

/** mulberry32: a small seeded generator, so a failure names a string that fails again on the next run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function nastyStrings(seed: number, count: number): string[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 6);
    return Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
  });
}

/** Pairs that differ, shown with JSON escapes so white space and invisible characters are visible. */
function mismatches(
  given: readonly string[],
  read: readonly CellValue[],
  expected: (text: string) => string,
): string[] {
  return given.flatMap((text, index) =>
    read[index] === expected(text) ? [] : [`${JSON.stringify(text)} → ${JSON.stringify(read[index])}`],
  );
}

describe('text the add-on writes reads back exactly as given', () => {
  it('a check-in note, stored as typed (only a note of nothing but white space is no note)', () => {
    const notes = [...FIXED, ...nastyStrings(11, 160)];
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    for (const note of notes) call(addon, 'submitCheckIn', { id: 'O1.1', value: '5%', note });
    const logged = column(workbook, 'Check-ins', 'Note');
    expect(mismatches(notes, logged, (note) => (note.trim() === '' ? '' : note))).toEqual([]);
  }, 60_000);

  it("the Check-ins log's item name, as the add-on reads the Key Result cell", () => {
    const names = [...FIXED, ...nastyStrings(23, 40)].filter((name) => name.trim() !== '');
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    for (const name of names) {
      workbook.setCell('OKRs', 'D3', name); // O1.1's Key Result, as the user typed it (stored as text)
      call(addon, 'submitCheckIn', { id: 'O1.1', value: '5%', note: '' });
    }
    // Names are read trimmed (a name's outer white space is not part of it); the rest goes in as read.
    expect(mismatches(names, column(workbook, 'Check-ins', 'Item'), (name) => name.trim())).toEqual([]);
  }, 60_000);

  it('a draft KPI name (the sidebar trims a name, nothing else; a name that shows nothing is refused)', () => {
    const all = [...FIXED, ...nastyStrings(37, 30)].filter((name) => name.trim() !== '');
    const names = all.filter((name) => !showsNothing(name));
    expect(names.length).toBeGreaterThan(30);
    const { addon: refusing } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    const invisible = all.filter(showsNothing);
    expect(invisible.length).toBeGreaterThan(0);
    for (const name of invisible) {
      expect(
        refusing.run('addKpiOrKeyResult', { args: [{ kind: 'KPI', name, owner: '', unit: '', low: '0', high: '10' }] }),
      ).toMatchObject({ ok: false, field: 'name' });
    }
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    const read: CellValue[] = [];
    for (const name of names) {
      const reply = call(addon, 'addKpiOrKeyResult', { kind: 'KPI', name, owner: '', unit: '', low: '0', high: '10' });
      const id = /K\d+/.exec(reply.message)?.[0];
      read.push(column(workbook, 'KPIs', 'KPI')[column(workbook, 'KPIs', 'ID').indexOf(id ?? '?')] ?? '(no row)');
    }
    expect(mismatches(names, read, (name) => name.trim())).toEqual([]);
  }, 60_000);

  it("a user's text cell, archived by a quarter close", () => {
    const texts = [...FIXED, ...nastyStrings(41, 30)];
    const rows = closingBook().OKRs.values.length - 1;
    const archived: CellValue[] = [];
    for (let start = 0; start < texts.length; start += rows) {
      const book = closingBook();
      const batch = texts.slice(start, start + rows);
      batch.forEach((text, index) => {
        book.OKRs.values[index + 1]![15] = text; // the Notes column, which the add-on does not know
      });
      const { workbook, addon } = open(book);
      expect(addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] })).toMatchObject({ ok: true });
      archived.push(...column(workbook, 'OKRs 2026-Q4', 'Notes').slice(0, batch.length));
    }
    expect(mismatches(texts, archived, (text) => text)).toEqual([]);
  }, 60_000);

  it('never writes more than a cell holds: an INVALID quoting a 50,000-character cell quotes it shortened, ending in …', () => {
    const okrs = GROUPED_OKR_ROWS.map((row) => [...row]);
    okrs[2]![6] = '9'.repeat(49_990) + ' apples'; // O1.1's Target: a full cell that is not a number
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs } });
    addon.run('refreshScores');
    const status = String(column(workbook, 'OKRs', 'Status')[1]);
    expect(status).toMatch(/^INVALID: Target: "9{30,}…" is not a number/);
    expect(status.length).toBeLessThan(200);
    expect(column(workbook, 'OKRs', 'Status')[2]).not.toBe(''); // the rows after it were scored too
  });
});
