// The practice's remaining mistakes and the plateau suggestion, through the built bundle on the example KPIs
// and their readings: K11 (strategic, flat, no owner), K6 (as flat, but operational).
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetFixture } from '../../emulator/index';
import { KPI_ROWS, GROUPED_OKR_ROWS, KPI_READING_ROWS } from '../fixtures/examples';
import { QUARTER_LOG } from '../../src/core/quarterClose/logRows';
import { column, open, runHandler, succeeded } from './harness';

/** The examples with their earlier readings in KPI History, in time order as closes write them. */
function exampleBook(): Record<string, SheetFixture> {
  const readings = KPI_READING_ROWS.slice(1).sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  return {
    KPIs: { values: KPI_ROWS.map((row) => [...row]) },
    OKRs: { values: GROUPED_OKR_ROWS.map((row) => [...row]) },
    'KPI History': { values: [KPI_READING_ROWS[0]!, ...readings] },
  };
}

function findingsOf(sheets: Record<string, SheetFixture>) {
  const { addon, workbook } = open(sheets);
  return { addon, workbook, findings: succeeded(runHandler(addon, 'getHealthFindings')).findings };
}

/** A Quarter log whose rows grade the objectives as given, one close per line. */
function quarterLog(...lines: string[]): SheetFixture {
  const row = (quarter: string, line: string): CellValue[] => [
    new Date('2026-07-02T00:00:00Z'),
    quarter,
    '',
    `OKRs ${quarter}`,
    line,
    0,
    0,
    0,
    0,
    0,
    0,
    'none',
    'no key result linked to a KPI',
  ];
  return { values: [QUARTER_LOG.header, ...lines.map((line, index) => row(`2026-Q${index + 1}`, line))] };
}

describe('the practice’s remaining mistakes', () => {
  it('K11, flat and strategic, is offered an OKR as a suggestion; K6, as flat but operational, is not', () => {
    const { findings } = findingsOf(exampleBook());
    const plateaus = findings.filter((finding) => finding.rule === 'kpi-plateau');
    expect(plateaus).toEqual([
      {
        rule: 'kpi-plateau',
        tab: 'KPIs',
        row: 12,
        what: 'K11 "Website conversion rate" is in range but flat over its last 4 readings: a plateau worth an OKR.',
        fix: 'Suggestion: add an OKR this quarter to raise Website conversion rate from 3.1% to 3.41%.',
        recovery: {
          kpiId: 'K11',
          objective: 'Move Website conversion rate off its plateau',
          keyResult: 'Raise Website conversion rate from 3.1% to 3.41%',
          owner: '',
          quarter: '2026-Q4',
          start: 0.031,
          target: 0.0341,
          unit: '%',
        },
        suggestion: true,
      },
    ]);
  });

  it('K6 is as flat: only its operational Type keeps it from being offered an OKR', () => {
    const sheets = exampleBook();
    const kpis = sheets.KPIs!.values;
    kpis.find((row) => row[0] === 'K6')![kpis[0]!.indexOf('Type')] = '';
    const { findings } = findingsOf(sheets);
    expect(
      findings.filter((finding) => finding.rule === 'kpi-plateau').map((finding) => finding.recovery?.kpiId),
    ).toEqual(['K6', 'K11']);
  });

  it('K11 has no owner: the one KPI flagged as a dashboard no one acts on', () => {
    const { findings } = findingsOf(exampleBook());
    expect(findings.filter((finding) => finding.rule === 'kpi-without-owner')).toEqual([
      {
        rule: 'kpi-without-owner',
        tab: 'KPIs',
        row: 12,
        what: 'K11 "Website conversion rate" has no owner: a dashboard no one acts on.',
        fix: 'Type the person who acts when it leaves its range in its Owner cell.',
      },
    ]);
  });

  it('the drafted plateau OKR is added in one click; the plateau is then no longer offered, nor the OKR called a restatement', () => {
    const { addon, workbook } = findingsOf(exampleBook());
    const reply = addon.run('addRecoveryOkr', { args: [{ kpiId: 'K11' }] }) as { message: string; row: number };
    expect(reply.row).toBe(14);
    expect(workbook.read('OKRs').values()[14]!.slice(3, 7)).toEqual([
      'Raise Website conversion rate from 3.1% to 3.41%',
      '',
      0.031,
      0.0341,
    ]);
    expect(column(workbook, 'OKRs', 'KPI')[13]).toBe('K11');
    const again = succeeded(runHandler(addon, 'getHealthFindings')).findings;
    expect(again.some((finding) => finding.rule === 'kpi-plateau')).toBe(false);
    expect(again.filter((finding) => finding.rule === 'key-result-restates-kpi')).toEqual([]);
  });

  it('a key result whose Start and Target sit inside its KPI’s healthy range restates the KPI', () => {
    const sheets = exampleBook();
    const okrs = sheets.OKRs!.values;
    // O3.3 now "keeps" gross margin (K4, healthy at or above 60%) between 61% and 63%.
    const row = okrs.findIndex((cells) => cells[0] === 'O3.3');
    okrs[row] = [
      'O3.3',
      '2026-Q4',
      '',
      'Keep gross margin',
      'Finance lead',
      0.61,
      0.63,
      0.64,
      '%',
      '',
      6,
      'K4',
      '',
      '',
      '',
    ];
    const { findings } = findingsOf(sheets);
    expect(findings.filter((finding) => finding.rule === 'key-result-restates-kpi').map((f) => [f.tab, f.row])).toEqual(
      [['OKRs', row + 1]],
    );
  });

  it('objectives graded 0.9 or more in each of the last two closes: targets too easy, on the newest log row', () => {
    const easy = findingsOf({
      ...exampleBook(),
      'Quarter log': quarterLog('O1 A 0.40', 'O1 A 0.95 · O2 B 0.90', 'O3 C 1.00 · O4 D no score'),
    }).findings.filter((finding) => finding.rule === 'targets-too-easy');
    expect(easy.map((finding) => [finding.tab, finding.row])).toEqual([['Quarter log', 4]]);
    expect(easy[0]?.what).toContain('(2026-Q2, 2026-Q3)');
    const stretched = findingsOf({
      ...exampleBook(),
      'Quarter log': quarterLog('O1 A 0.95', 'O1 A 0.70 · O2 B 0.95'),
    }).findings;
    expect(stretched.some((finding) => finding.rule === 'targets-too-easy')).toBe(false);
  });

  it('reads only the header and the last two rows of a Quarter log, however long', () => {
    const cost = (closes: number): number => {
      const lines = Array.from({ length: closes }, () => 'O1 A 0.95');
      const { addon } = open({ ...exampleBook(), 'Quarter log': quarterLog(...lines) });
      addon.counter.reset();
      runHandler(addon, 'getHealthFindings');
      return addon.counter.cellsRead;
    };
    expect(cost(16)).toBe(cost(3));
  });
});
