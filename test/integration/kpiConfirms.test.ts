// The KPI confirms, through the built bundle: a close reports what each linked KPI did over the quarter in
// its preview, its summary and the Quarter log, survives a crash anywhere, and reads a bounded part of KPI History.
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetFixture } from '../../emulator/index';
import { closingBook } from '../fixtures/closingBook';
import { KPI_ROWS, KPI_READING_ROWS } from '../fixtures/examples';
import { stringContaining } from '../matchers';
import { column, open, runHandler, succeeded } from './harness';

const HISTORY_HEADER = ['Date', 'Quarter', 'ID', 'KPI', 'Value', 'Min', 'Max', 'Status'];

/** The example readings as earlier closes would have written them to KPI History: in time order. */
function historyRows(): CellValue[][] {
  return KPI_READING_ROWS.slice(1)
    .map(([date, id, value]) => [date!, '', id!, '', value!, '', '', ''])
    .sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
}

/**
 * closingBook with the example KPIs and their readings in KPI History. O1.1 (churn, K2) is back in range:
 * 0.043 at the last close, 0.028 now. O1.3 (K9, response time) moved toward its Max from its first reading
 * of the quarter (7 on 30 Oct), not from the newest one KPI History keeps (6.2 on 13 Nov). O2.3, met, now links
 * K11, which read 0.031 at the last close and reads 0.031 now.
 */
function confirmingBook(): Record<string, SheetFixture> {
  const book = closingBook();
  const kpis = KPI_ROWS.map((row) => [...row]);
  const current = kpis[0]!.indexOf('Current');
  kpis.find((row) => row[0] === 'K2')![current] = 0.028;
  book.OKRs.values.find((row) => row[0] === 'O2.3')![11] = 'K11';
  return {
    KPIs: { values: kpis },
    OKRs: book.OKRs,
    'KPI History': { values: [HISTORY_HEADER, ...historyRows()] },
  };
}

const BACK = 'O1.1 → K2 Customer churn rate: back in range (4.3% → 2.8%)';
const RIGHT = 'O1.3 → K9 Support first response time: moved the right way (7 hours → 6 hours)';
const UNCONFIRMED =
  'O2.3 → K11 Website conversion rate: no change (3.1% → 3.1%): met, but an OKR without a KPI to confirm it';

describe('the KPI confirms at quarter close', () => {
  it('the preview says what each linked KPI did, and flags a met key result whose KPI did not move', () => {
    const { addon } = open(confirmingBook());
    const { confirms } = succeeded(runHandler(addon, 'getQuarterClosePreview'));
    expect(confirms.map((confirm) => confirm.text)).toEqual([
      BACK,
      RIGHT,
      UNCONFIRMED,
      'O3.2 → K3 Net Promoter Score: moved the wrong way (42 → 41)',
    ]);
    expect(confirms.map((confirm) => [confirm.keyResultId, confirm.verdict, confirm.unconfirmed])).toEqual([
      ['O1.1', 'back in range', false],
      ['O1.3', 'moved the right way', false],
      ['O2.3', 'no change', true],
      ['O3.2', 'moved the wrong way', false],
    ]);
  });

  it('the summary and the Quarter log say it too', () => {
    const { addon, workbook } = open(confirmingBook());
    const reply = addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] }) as { ok: boolean; message: string };
    expect(reply.ok).toBe(true);
    expect(reply.message).toContain(`What the KPIs did over the quarter:\n${BACK}\n${RIGHT}\n${UNCONFIRMED}`);
    expect(column(workbook, 'Quarter log', 'KPIs confirm')).toEqual([
      [BACK, RIGHT, UNCONFIRMED, 'O3.2 → K3 Net Promoter Score: moved the wrong way (42 → 41)'].join('; '),
    ]);
  });

  it('a Quarter log kept from before gets the column at its right, past a column of its own', () => {
    const oldHeader = [
      'Date',
      'Quarter',
      'Next quarter',
      'Archive',
      'Objectives',
      'Red',
      'Yellow',
      'Green',
      'No score',
      'KRs done',
      'KRs kept',
      'KPI bounds moved',
      'Notes',
    ];
    const earlier = [
      new Date('2026-10-02T00:00:00Z'),
      '2026-Q3',
      '2026-Q4',
      'OKRs 2026-Q3',
      '',
      0,
      0,
      0,
      0,
      0,
      0,
      'none',
      'ok',
    ];
    const { addon, workbook } = open({ ...confirmingBook(), 'Quarter log': { values: [oldHeader, earlier] } });
    addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    const log = workbook.read('Quarter log').values();
    expect(log[0]).toEqual([...oldHeader, 'KPIs confirm']);
    expect(log[1]).toEqual([...earlier, '']);
    expect(log[2]!.slice(12)).toEqual(['', stringContaining(`${BACK}; `)]);
  });

  it('a close interrupted at any write finishes on a re-run with the same confirms', () => {
    const reference = open(confirmingBook());
    reference.addon.counter.reset();
    reference.addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
    const expected = reference.workbook.toJSON();
    const { sequence } = reference.addon.counter;
    const writes = sequence.flatMap((key, index) => (/\.(get|is|has)[A-Z]/.test(key) ? [] : [index + 1]));
    const finished = sequence.lastIndexOf('Properties.setProperty') + 1;
    expect(writes.filter((write) => write <= finished).length).toBeGreaterThan(20);
    for (const call of writes.filter((write) => write <= finished)) {
      const { addon, workbook } = open(confirmingBook());
      addon.counter.failOnCall(call, `Service unavailable (call ${call})`);
      try {
        addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
      } catch {
        // The re-run below finishes it.
      }
      addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
      expect(workbook.toJSON(), `after a failure at call ${call}`).toEqual(expected);
    }
  }, 120_000);

  it('reads the same KPI History cells after one year of closes as after four', () => {
    const cost = (years: number): number => {
      const book = confirmingBook();
      const old: CellValue[][] = [];
      for (let close = 0; close < years * 4; close += 1) {
        const at = new Date(Date.UTC(2022, 6 + (close - years * 4) * 3, 2));
        for (let kpi = 1; kpi <= 11; kpi += 1) old.push([at, '', `K${kpi}`, '', 1, '', '', '']);
      }
      const history = book['KPI History']!.values;
      const { addon } = open({ ...book, 'KPI History': { values: [history[0]!, ...old, ...history.slice(1)] } });
      addon.counter.reset();
      runHandler(addon, 'getQuarterClosePreview');
      return addon.counter.cellsRead;
    };
    expect(cost(4)).toBe(cost(1));
  });
});
