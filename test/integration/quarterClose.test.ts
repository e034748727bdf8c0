// Start new quarter, driven through the built bundle: the preview changes nothing, the close archives,
// records, moves bounds, rolls and logs, and a second run is harmless.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { closingBook, closingBookWithOtherQuarters } from '../fixtures/closingBook';
import { FLAT_OKR_ROWS, GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';

const GROUPED_HEADER = GROUPED_OKR_ROWS[0]!.slice(0, 8);
import { stringContaining } from '../matchers';
import { column, open, runHandler, succeeded } from './harness';

function preview(addon: ReturnType<typeof open>['addon']) {
  return runHandler(addon, 'getQuarterClosePreview');
}

describe('Start new quarter', () => {
  it('opens a dialog on the quarterClose page', () => {
    const { addon } = open(closingBook());
    addon.run('startNewQuarter');
    expect(addon.ui.dialogs.at(-1)?.title).toBe('Start new quarter');
    expect(addon.ui.dialogs.at(-1)?.html).toContain('data-page="quarterClose"');
  });

  it('previews the quarter, grades, archive name and bound moves without changing a cell', () => {
    const { addon, workbook } = open(closingBook());
    const before = workbook.toJSON();
    const reply = preview(addon);
    expect(workbook.toJSON()).toEqual(before);
    expect(reply).toMatchObject({
      ok: true,
      quarter: '2026-Q4',
      next: '2027-Q1',
      archive: 'OKRs 2026-Q4',
      keyResults: 9,
      done: 3,
      kept: 6,
    });
    const { objectives, spread, boundMoves } = succeeded(reply);
    expect(objectives.map((o) => [o.id, o.score])).toEqual([
      ['O1', 0.7],
      ['O2', 0.63],
      ['O3', 0.72],
    ]);
    expect(spread).toEqual({ red: 2, yellow: 3, green: 4, ungraded: 0 });
    expect(boundMoves).toEqual([
      {
        kpiId: 'K3',
        kpi: 'Net Promoter Score',
        bound: 'min',
        from: 45,
        to: 50,
        keyResultId: 'O3.2',
        text: 'K3 Net Promoter Score: Min 45 → 50 (met by O3.2)',
      },
    ]);
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('closes: final scores, archive with values, KPI History, bound moved, OKRs rolled, Quarter log, a toast per step', () => {
    const { addon, workbook } = open(closingBook());
    const reply = addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] }) as { ok: boolean; message: string };
    expect(reply.ok).toBe(true);
    expect(reply.message).toContain('2026-Q4 closed; OKRs now hold 2027-Q1.');
    expect(reply.message).toContain('K3 Net Promoter Score: Min 45 → 50 (met by O3.2)');
    expect(workbook.sheetNames()).toEqual(['KPIs', 'OKRs', 'OKRs 2026-Q4', 'KPI History', 'Quarter log']);
    expect(addon.ui.toasts.map((t) => t.message).slice(0, 6)).toEqual([
      '1/6 Final scores and statuses written',
      '2/6 OKRs archived',
      '3/6 KPIs recorded in KPI History',
      '4/6 KPI bounds moved',
      '5/6 OKRs rolled to the next quarter',
      '6/6 Summary added to Quarter log',
    ]);

    const archive = workbook.read('OKRs 2026-Q4');
    expect(archive.protection).toEqual({ warningOnly: true, description: stringContaining('Archive of OKRs') });
    expect(archive.formulas().flat()).toEqual(
      archive
        .values()
        .flat()
        .map(() => ''),
    );
    expect(column(workbook, 'OKRs 2026-Q4', 'Current')[5]).toBe(38);
    expect(column(workbook, 'OKRs 2026-Q4', 'Score')).toEqual([
      0.7, 1, 0.36, 0.75, 0.63, 0.63, 0.25, 1, 0.72, 0.56, 1, 0.61,
    ]);
    expect(column(workbook, 'OKRs 2026-Q4', 'Notes')[5]).toBe('ask Mia');

    const history = workbook.read('KPI History').values();
    expect(history[0]).toEqual(['Date', 'Quarter', 'ID', 'KPI', 'Value', 'Min', 'Max', 'Status']);
    expect(history).toHaveLength(12);
    expect(history[3]!.slice(1)).toEqual(['2026-Q4', 'K3', 'Net Promoter Score', 41, 45, '', 'ALERT']);
    expect(column(workbook, 'KPIs', 'Min')[2]).toBe(50);
    expect(column(workbook, 'KPIs', 'Max')[1]).toBe(0.03);

    expect(column(workbook, 'OKRs', 'ID')).toEqual(['O1', 'O1.2', 'O1.3', 'O2', 'O2.1', 'O2.2', 'O3', 'O3.1', 'O3.3']);
    expect(column(workbook, 'OKRs', 'Quarter')).toEqual(Array(9).fill('2027-Q1'));
    expect(column(workbook, 'OKRs', 'Start')).toEqual(['', 0.31, 9, '', 38, 2, '', 9, 0.33]);
    expect(workbook.read('OKRs').cell('H6')).toMatchObject({ formula: '=COUNTA(Leads!A:A)' });
    expect(column(workbook, 'OKRs', 'Current')).toEqual(['', '', '', '', 38, '', '', '', '']);
    expect(column(workbook, 'OKRs', 'Confidence')).toEqual(Array(9).fill(''));
    expect(column(workbook, 'OKRs', 'Score')).toEqual(Array(9).fill(''));
    expect(column(workbook, 'OKRs', 'Due')).toEqual(Array(9).fill(''));
    expect(column(workbook, 'OKRs', 'Notes')[4]).toBe('ask Mia');

    const log = workbook.read('Quarter log').values();
    expect(log).toHaveLength(2);
    expect(log[1]!.slice(1, 4)).toEqual(['2026-Q4', '2027-Q1', 'OKRs 2026-Q4']);
    expect(log[1]!.slice(5, 11)).toEqual([2, 3, 4, 0, 3, 6]);
  });

  it("freezes only the archive's formula cells: a user's text stays text and every other cell stays as it was", () => {
    const book = closingBook();
    book.OKRs.values[2]![15] = '3/4/2026'; // O1.1's Notes: text a user typed with an apostrophe
    book.OKRs.values[3]![15] = '12:30';
    book.OKRs.values[4]![15] = '1e999';
    const { addon, workbook } = open(book);
    addon.run('refreshScores');
    const live = workbook.read('OKRs');
    const expected = { values: live.values(), formats: live.numberFormats(), backgrounds: live.backgrounds() };
    expect(addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] })).toMatchObject({ ok: true });
    const archive = workbook.read('OKRs 2026-Q4');
    expect(column(workbook, 'OKRs 2026-Q4', 'Notes').slice(1, 4)).toEqual(['3/4/2026', '12:30', '1e999']);
    expect(archive.cell('H7')).toMatchObject({ formula: '', value: 38 });
    // Every cell is the live tab's as it was closed (Refresh had already written the final scores), the
    // formula now its value.
    expect({ values: archive.values(), formats: archive.numberFormats(), backgrounds: archive.backgrounds() }).toEqual(
      expected,
    );
  });

  it('re-flags a KPI at once when its bound moves: NPS 49 is WARN under its 50 line above Min 45, ALERT under Min 50', () => {
    const book = closingBook();
    book.KPIs.values[3]![8] = 49;
    const { addon, workbook } = open(book);
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    expect(workbook.read('KPI History').values()[3]!.slice(4)).toEqual([49, 45, '', 'WARN']);
    expect(column(workbook, 'KPIs', 'Status')[2]).toBe('ALERT');
  });

  it("places the archive right after the live tabs, before the user's own", () => {
    const checkIns = { values: [['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By']] };
    const { addon, workbook } = open({
      Dashboard: { values: [['hi']] },
      ...closingBook(),
      'Check-ins': checkIns,
      Notes: { values: [['x']] },
    });
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    expect(workbook.sheetNames()).toEqual([
      'Dashboard',
      'KPIs',
      'OKRs',
      'Check-ins',
      'OKRs 2026-Q4',
      'Notes',
      'KPI History',
      'Quarter log',
    ]);
    expect(workbook.toJSON().activeSheet).toBe('OKRs');
  });

  it('says a closed quarter is closed, and changes nothing, when run again', () => {
    const { addon, workbook } = open(closingBook());
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    const after = workbook.toJSON();
    expect(preview(addon)).toEqual({ ok: false, message: stringContaining('already holds 2027-Q1') });
    expect(addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] })).toMatchObject({ ok: false });
    expect(workbook.toJSON()).toEqual(after);
  });

  it('closes the next quarter later, appending below the earlier history and log rows', () => {
    const { addon, workbook } = open(closingBook());
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    addon.setNow(new Date('2027-03-30T09:00:00Z'));
    expect(addon.run('getQuarterClosePreview')).toMatchObject({
      ok: true,
      quarter: '2027-Q1',
      next: '2027-Q2',
      archive: 'OKRs 2027-Q1',
    });
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    expect(workbook.sheetNames()).toEqual([
      'KPIs',
      'OKRs',
      'OKRs 2027-Q1',
      'OKRs 2026-Q4',
      'KPI History',
      'Quarter log',
    ]);
    expect(column(workbook, 'KPI History', 'Quarter')).toEqual([
      ...Array<string>(11).fill('2026-Q4'),
      ...Array<string>(11).fill('2027-Q1'),
    ]);
    expect(column(workbook, 'Quarter log', 'Quarter')).toEqual(['2026-Q4', '2027-Q1']);
    expect(column(workbook, 'OKRs', 'Quarter')).toEqual(Array<string>(9).fill('2027-Q2'));
  });

  it('with "start empty" leaves the header and one blank row', () => {
    const { addon, workbook } = open(closingBook());
    addon.run('confirmQuarterClose', { args: [{ mode: 'empty' }] });
    const values = workbook.read('OKRs').values();
    expect(values).toHaveLength(1);
    expect(values[0]).toContain('Notes');
    expect(workbook.read('OKRs 2026-Q4').values()).toHaveLength(13);
    expect(workbook.read('Quarter log').values()[1]![10]).toBe(0);
  });

  it('rolls a flat table under a title row: met rows go, kept rows restart, the title stays', () => {
    const okrs = [['Team OKRs', ...Array<CellValue>(14).fill('')], ...FLAT_OKR_ROWS.map((row) => [...row])];
    okrs.find((row) => row[0] === 'O2.2')![7] = 8; // met
    const { addon, workbook } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs } });
    const reply = addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] }) as { ok: boolean };
    expect(reply.ok).toBe(true);
    const values = workbook.read('OKRs').values();
    expect(values[0]![0]).toBe('Team OKRs');
    expect(column(workbook, 'OKRs', 'ID', 2)).toEqual(['O1.1', 'O1.2', 'O1.3', 'O2.1', 'O2.3', 'O3.1', 'O3.2', 'O3.3']);
    expect(column(workbook, 'OKRs', 'Objective', 2)[3]).toBe('Build a predictable revenue engine in Southeast Asia');
    expect(column(workbook, 'OKRs', 'Start', 2)).toEqual([0.055, 0.31, 9, 38, 90000, 9, 41, 0.33]);
    expect(workbook.read('OKRs 2026-Q4').values()).toHaveLength(11);
  });

  it('removes every key result of a tab with no spare rows, where Sheets would refuse to delete all unfrozen rows', () => {
    const okrs = [
      GROUPED_HEADER,
      ['O1', '2026-Q4', 'Done', '', 'Ana'],
      ['O1.1', '2026-Q4', '', 'Deals', 'Ana', 0, 8, 8],
    ];
    const { addon, workbook } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs, frozenRows: 1, maxRows: 3 } });
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    expect(workbook.read('OKRs').values()).toHaveLength(1);
    expect(workbook.read('OKRs 2026-Q4').values()).toHaveLength(3);
  });

  it('closes the quarter under way and leaves rows of other quarters (left over, or planned ahead) as they are', () => {
    // 2026-Q3 was closed before (its archive exists): its left-over rows are not a quarter to close.
    const { addon, workbook } = open(
      closingBookWithOtherQuarters([
        ['O4', '2026-Q3', 'Old goal', '', 'Ana'],
        ['O4.1', '2026-Q3', '', 'Old result', 'Ana', 0, 10, 4],
        ['O4.2', '2026-Q3', '', 'Old done', 'Ana', 0, 10, 10],
        ['O5', '2027-Q1', 'Next goal', '', 'Ben'],
        ['O5.1', '2027-Q1', '', 'Planned', 'Ben', 0, 5, ''],
      ]),
    );
    expect(addon.run('getQuarterClosePreview')).toMatchObject({ quarter: '2026-Q4', keyResults: 9, done: 3 });
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    const ids = column(workbook, 'OKRs', 'ID');
    expect(ids.slice(9)).toEqual(['O4', 'O4.1', 'O4.2', 'O5', 'O5.1']);
    expect(column(workbook, 'OKRs', 'Quarter').slice(9)).toEqual([
      '2026-Q3',
      '2026-Q3',
      '2026-Q3',
      '2027-Q1',
      '2027-Q1',
    ]);
    expect(column(workbook, 'OKRs', 'Current').slice(9)).toEqual(['', 4, 10, '', '']);
    // The left-over 2026-Q3 rows are not a quarter to close now.
    expect(addon.run('getQuarterClosePreview')).toEqual({
      ok: false,
      message: '2026-Q4 was closed on 2026-11-23 and no later quarter has begun in the OKRs tab. Nothing was changed.',
    });
  });

  it('refuses a payload without a choice, with a readable message', () => {
    const { addon, workbook } = open(closingBook());
    const before = workbook.toJSON();
    expect(() => addon.run('confirmQuarterClose', { args: [{ mode: 'all' }] })).toThrow(
      'choose "keep unfinished key results" or "start empty"',
    );
    expect(workbook.toJSON()).toEqual(before);
  });

  it('with a fiscal year starting in February closes Nov–Jan as 2026-Q4 and rolls to 2027-Q1, clearing Dues in January', () => {
    const book = closingBook();
    for (const row of book.OKRs.values.slice(1)) if (row[9] !== '') row[9] = new Date('2027-01-31T00:00:00Z');
    const { addon, workbook } = open(book);
    addon.properties.document.fiscalStartMonth = '2';
    expect(preview(addon)).toMatchObject({ quarter: '2026-Q4', next: '2027-Q1' });
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    expect(column(workbook, 'OKRs', 'Due')).toEqual(Array(9).fill(''));
    expect(workbook.has('OKRs 2026-Q4')).toBe(true);
  });
});
