// Health check through the built bundle: findings name the rule, tab, row, problem and fix; reading them
// changes no cell; a link selects the row; a KPI out of range with nobody on it gets a recovery OKR.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { closingBook } from '../fixtures/closingBook';
import { generatedWorkbook } from '../fixtures/generated';
import { stringContaining } from '../matchers';
import { column, open } from './harness';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

interface Finding {
  rule: string;
  tab: string;
  row: number;
  what: string;
  fix: string;
  recovery?: Record<string, unknown>;
}

function findings(addon: ReturnType<typeof open>['addon']): Finding[] {
  const reply = addon.run('getHealthFindings') as { ok: boolean; findings: Finding[] };
  expect(reply.ok).toBe(true);
  return reply.findings;
}

/** The examples plus three out-of-range NPS readings (K3, Min 45) and a task-like key result. */
function book() {
  const sheets = closingBook();
  const okrs = sheets.OKRs.values;
  okrs.find((row) => row[0] === 'O3.2')![11] = ''; // nobody works on NPS any more
  okrs.find((row) => row[0] === 'O2.2')![3] = 'Launch the partner portal';
  const checkIns: CellValue[][] = [
    ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'],
    [d('2026-11-20'), '2026-Q4', 'O1.2', 'Reduce 30-day drop-off rate', 'KR', 0.31, 5, '', 'a@example.com'],
    [d('2026-11-02'), '2026-Q4', 'K3', 'Net Promoter Score', 'KPI', 40, '', '', 'a@example.com'],
    [d('2026-11-16'), '2026-Q4', 'K3', 'Net Promoter Score', 'KPI', 41, '', '', 'a@example.com'],
  ];
  const history: CellValue[][] = [
    ['Date', 'Quarter', 'ID', 'KPI', 'Value', 'Min', 'Max', 'Status'],
    [d('2026-09-30'), '2026-Q3', 'K3', 'Net Promoter Score', 38, 45, '', 'ALERT'],
  ];
  return { ...sheets, 'Check-ins': { values: checkIns }, 'KPI History': { values: history } };
}

describe('Health check', () => {
  it('opens the sidebar on the healthCheck page', () => {
    const { addon } = open(book());
    addon.run('healthCheck');
    expect(addon.ui.sidebars.at(-1)?.title).toBe('Health check');
    expect(addon.ui.sidebars.at(-1)?.html).toContain('data-page="healthCheck"');
  });

  it('reports each finding with rule, tab, row, what and fix, and changes no cell', () => {
    const { addon, workbook } = open(book());
    const before = workbook.toJSON();
    const found = findings(addon);
    expect(workbook.toJSON()).toEqual(before);
    expect(found.find((f) => f.rule === 'task-like-key-result')).toEqual({
      rule: 'task-like-key-result',
      tab: 'OKRs',
      row: 8,
      what: 'O2.2 "Launch the partner portal" reads like a task, not an outcome.',
      fix: stringContaining('Name the number the work should move'),
    });
    expect(found.filter((f) => f.rule === 'no-recent-check-in').map((f) => f.row)).toEqual([5, 7, 8, 11, 13]);
    expect(found.filter((f) => f.rule === 'objective-without-kpi').map((f) => f.row)).toEqual([6, 10]);
    expect(found.filter((f) => f.rule === 'kpi-out-of-range').map((f) => [f.tab, f.row])).toEqual([['KPIs', 4]]);
    expect(found.some((f) => f.rule === 'early-perfect-score')).toBe(false); // 23 Nov is past mid-quarter
  });

  it('a finding link selects its row', () => {
    const { addon, workbook } = open(book());
    addon.run('selectHealthFinding', { args: [{ tab: 'KPIs', row: 4 }] });
    expect(workbook.selection()).toEqual({ sheet: 'KPIs', a1: 'A4:M4' });
    addon.run('selectHealthFinding', { args: [{ tab: 'OKRs', row: 8 }] });
    expect(workbook.selection()).toEqual({ sheet: 'OKRs', a1: 'A8:P8' });
    expect(() => addon.run('selectHealthFinding', { args: [{ tab: 'Gone', row: 2 }] })).toThrow(
      'The tab "Gone" no longer exists',
    );
    expect(() => addon.run('selectHealthFinding', { args: [{ tab: 'OKRs', row: 0 }] })).toThrow('names no tab and row');
    expect(() => addon.run('selectHealthFinding', { args: [{ tab: 'OKRs', row: 2.5 }] })).toThrow(
      'names no tab and row',
    );
    expect(() => addon.run('selectHealthFinding', { args: [{ tab: '', row: 2 }] })).toThrow('names no tab and row');
    expect(() => addon.run('selectHealthFinding', { args: ['OKRs!A2'] })).toThrow('names no tab and row');
    expect(() => addon.run('addRecoveryOkr', { args: [{ kpiId: '' }] })).toThrow('the request names no KPI');
  });

  it('adds the drafted recovery OKR in one click, then no longer offers it', () => {
    const { addon, workbook } = open(book());
    const finding = findings(addon).find((f) => f.rule === 'kpi-out-of-range')!;
    expect(finding.recovery).toEqual({
      kpiId: 'K3',
      objective: 'Bring Net Promoter Score back into range',
      keyResult: 'Raise Net Promoter Score to at least 45',
      owner: 'Head of CS',
      quarter: '2026-Q4',
      start: 41,
      target: 45,
      unit: '',
    });
    const reply = addon.run('addRecoveryOkr', { args: [{ kpiId: 'K3' }] }) as { message: string; row: number };
    expect(reply.row).toBe(14);
    const rows = workbook.read('OKRs').values();
    expect(rows[13]!.slice(0, 5)).toEqual([
      'O4',
      '2026-Q4',
      'Bring Net Promoter Score back into range',
      '',
      'Head of CS',
    ]);
    expect(rows[14]!.slice(0, 8)).toEqual([
      'O4.1',
      '2026-Q4',
      '',
      'Raise Net Promoter Score to at least 45',
      'Head of CS',
      41,
      45,
      '',
    ]);
    expect(column(workbook, 'OKRs', 'KPI')[13]).toBe('K3');
    expect(column(workbook, 'OKRs', 'Score')[13]).toBe(0); // follows K3's reading, 41: no progress yet
    expect(findings(addon).some((f) => f.rule === 'kpi-out-of-range')).toBe(false);
    expect(() => addon.run('addRecoveryOkr', { args: [{ kpiId: 'K3' }] })).toThrow('K3 no longer needs a recovery OKR');
  });

  it('with a fiscal year starting in February, 23 November is early in 2026-Q4 (Nov–Jan): met key results look sandbagged', () => {
    const { addon } = open(book());
    expect(findings(addon).some((f) => f.rule === 'early-perfect-score')).toBe(false);
    addon.properties.document.fiscalStartMonth = '2';
    expect(
      findings(addon)
        .filter((f) => f.rule === 'early-perfect-score')
        .map((f) => f.row),
    ).toEqual([3, 9, 12]);
  });

  it('reads each tab once: the same calls for 10 and 400 key results, and no write', () => {
    const calls = (keyResults: number): number => {
      const { addon } = open(generatedWorkbook(keyResults));
      addon.counter.reset();
      expect((addon.run('getHealthFindings') as { findings: unknown[] }).findings.length).toBeGreaterThan(
        keyResults / 2,
      );
      expect(addon.counter.cellsWritten).toBe(0);
      return addon.counter.total;
    };
    expect(calls(400)).toBe(calls(10));
  });
});
