import { describe, expect, it } from 'vitest';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { GREEN, column, open } from './harness';

function refreshed() {
  const opened = open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: GROUPED_OKR_ROWS.map((row) => [...row, '']) },
    Notes: { values: [['anything']] },
  });
  opened.addon.run('refreshScores');
  return opened;
}

describe('onEdit', () => {
  it('re-scores the edited key result and its objective row, and no other row', () => {
    const { workbook, addon } = refreshed();
    // A sentinel in another row's Score proves that row is not rewritten.
    workbook.setCell('OKRs', 'M7', 'untouched');
    addon.edit('OKRs', 'H3', '5%'); // O1.1 churn 8% → 4% now at 5%
    const scores = column(workbook, 'OKRs', 'Score');
    expect(scores[1]).toBe(0.75);
    expect(scores[0]).toBe(0.62); // O1: (0.75 + 0.36 + 0.75) / 3
    expect(scores[5]).toBe('untouched');
    expect(workbook.read('OKRs').cell('M3').background).toBe(GREEN);
  });

  it('fills the ID of a key result typed into a new row under an objective', () => {
    const { workbook, addon } = refreshed();
    addon.editRange('OKRs', 'D14:H14', [['Win back churned accounts', 'Head of CS', '0', '20', '4']]);
    expect(column(workbook, 'OKRs', 'ID')[12]).toBe('O3.4');
    expect(column(workbook, 'OKRs', 'Score')[12]).toBe(0.2);
    expect(column(workbook, 'OKRs', 'Status')[12]).toBe('OFF TRACK');
  });

  it('an edit on another tab reads no cells at all', () => {
    const { addon } = refreshed();
    addon.counter.reset();
    addon.edit('Notes', 'A2', 'hello');
    expect(addon.counter.cellsRead).toBe(0);
    expect(addon.counter.count('Range.set')).toBe(0);
  });

  it('an edit in a column the add-on does not read costs one read and writes nothing', () => {
    const { addon } = refreshed();
    addon.counter.reset();
    addon.edit('OKRs', 'P3', 'a note of my own');
    expect(addon.counter.count('Range.getValues')).toBe(1);
    expect(addon.counter.count('Range.set')).toBe(0);
  });

  it('a KPI reading typed out of range turns its Status to ALERT', () => {
    const { workbook, addon } = refreshed();
    addon.edit('KPIs', 'I2', '$240,000');
    expect(column(workbook, 'KPIs', 'Status')[0]).toBe('ALERT');
  });
});

describe('onEdit on the KPIs tab', () => {
  it('moves the key results that follow the edited KPI, and their objective row', () => {
    const okrs = [
      ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'KPI', 'Score', 'Status'],
      ['O1', 'Keep customers', '', '', '', '', '', '', ''],
      ['O1.1', '', 'Cut churn', 0.08, 0.04, '', 'K2', '', ''],
      ['O1.2', '', 'Faster answers', 24, 4, '', 'K9', '', ''],
    ];
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs } });
    addon.run('refreshScores');
    // Churn follows K2 (4.1%): (0.041 − 0.08)/(0.04 − 0.08) = 0.975 → 0.98; response follows K9 (6 h): 0.9.
    expect(column(workbook, 'OKRs', 'Score')).toEqual([0.94, 0.98, 0.9]);
    workbook.setCell('OKRs', 'H4', 'untouched'); // O1.2 follows K9, which this edit does not change
    addon.edit('KPIs', 'I3', '6%'); // K2 churn worsens to 6%: (0.06 − 0.08)/(0.04 − 0.08) = 0.5
    expect(column(workbook, 'OKRs', 'Score')).toEqual([0.7, 0.5, 'untouched']); // O1: (0.5 + 0.9) / 2
    expect(column(workbook, 'KPIs', 'Status')[1]).toBe('ALERT');
  });
});
