import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { FLAT_OKR_ROWS, GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import {
  GREEN,
  GREY,
  MUTED,
  PURPLE_GREY,
  RED,
  WHITE,
  YELLOW,
  backgroundColumn,
  callServer,
  column,
  open,
} from './harness';

// Today is pinned to 2026-11-23: 53 of the 91 days from 2026-10-01 to the 2026-12-31 deadline have passed,
// so ON TRACK needs a score ≥ 0.7 × 53/91 ≈ 0.41 and AT RISK ≥ 0.4 × 53/91 ≈ 0.23.
const GROUPED_EXPECTED: [id: string, score: number, status: string, scoreColour: string, statusColour: string][] = [
  ['O1', 0.58, 'ON TRACK', YELLOW, GREEN],
  ['O1.1', 0.63, 'ON TRACK', YELLOW, GREEN], // churn 8% → 4%, now 5.5%: a falling target
  ['O1.2', 0.36, 'AT RISK', RED, YELLOW],
  ['O1.3', 0.75, 'ON TRACK', GREEN, GREEN],
  ['O2', 0.44, 'ON TRACK', YELLOW, GREEN],
  ['O2.1', 0.63, 'ON TRACK', YELLOW, GREEN],
  ['O2.2', 0.25, 'AT RISK', RED, YELLOW],
  ['O2.3', 0.45, 'ON TRACK', YELLOW, GREEN],
  ['O3', 0.57, 'ON TRACK', YELLOW, GREEN],
  ['O3.1', 0.56, 'ON TRACK', YELLOW, GREEN],
  ['O3.2', 0.55, 'ON TRACK', YELLOW, GREEN],
  ['O3.3', 0.61, 'ON TRACK', YELLOW, GREEN],
];

const KPI_EXPECTED: [id: string, status: string, colour: string][] = [
  ['K1', 'WARN', YELLOW], // 262,000 is above its 250,000 floor but under its 275,000 watch line
  ['K2', 'ALERT', RED],
  ['K3', 'ALERT', RED],
  ['K4', 'OK', GREEN], // 64% is above its 62% watch line
  ['K5', 'WARN', YELLOW], // 99.94% uptime is under its 99.95% watch line
  ['K6', 'OK', GREEN], // one bound, no line: 97% over a 95% floor is healthy
  ['K7', 'ALERT', RED],
  ['K8', 'OK', GREEN], // no readings in the log: nothing to draw a trend from
  ['K9', 'ALERT', RED],
  ['K10', 'OK', GREEN], // 165,000 under its 170,000 line
  ['K11', 'OK', GREEN],
];

describe('Refresh scores & colours on the grouped layout', () => {
  it('scores every key result and objective and colours Score and Status cell by cell', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    expect(column(workbook, 'OKRs', 'ID')).toEqual(GROUPED_EXPECTED.map(([id]) => id));
    expect(column(workbook, 'OKRs', 'Score')).toEqual(GROUPED_EXPECTED.map(([, score]) => score));
    expect(column(workbook, 'OKRs', 'Status')).toEqual(GROUPED_EXPECTED.map(([, , status]) => status));
    expect(backgroundColumn(workbook, 'OKRs', 'Score')).toEqual(GROUPED_EXPECTED.map(([, , , colour]) => colour));
    expect(backgroundColumn(workbook, 'OKRs', 'Status')).toEqual(GROUPED_EXPECTED.map(([, , , , colour]) => colour));
    expect(column(workbook, 'KPIs', 'Status')).toEqual(KPI_EXPECTED.map(([, status]) => status));
    expect(backgroundColumn(workbook, 'KPIs', 'Status')).toEqual(KPI_EXPECTED.map(([, , colour]) => colour));
    expect(addon.ui.toasts.at(-1)?.message).toBe('9 KRs scored · 4 KPIs in ALERT · 0 rows need attention');
  });

  it('writes only the computed columns: every input cell and its colour stays as typed', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    const okrs = workbook.read('OKRs');
    const inputs = (rows: unknown[][]) => rows.map((row) => row.slice(0, 12));
    expect(inputs(okrs.values())).toEqual(inputs(GROUPED_OKR_ROWS));
    expect(
      new Set(
        okrs
          .backgrounds()
          .map((row) => row.slice(0, 12))
          .flat(),
      ),
    ).toEqual(new Set([WHITE]));
    expect(
      workbook
        .read('KPIs')
        .values()
        .map((row) => row.slice(0, 12)),
    ).toEqual(KPI_ROWS.map((row) => row.slice(0, 12)));
  });

  it('is idempotent: a second refresh leaves the workbook exactly as the first did', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    const first = JSON.stringify(workbook.toJSON());
    addon.run('refreshScores');
    expect(JSON.stringify(workbook.toJSON())).toBe(first);
  });
});

describe('Refresh on the flat layout', () => {
  it('scores key results whose objective is repeated on every row the same as the grouped layout', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: FLAT_OKR_ROWS } });
    addon.run('refreshScores');
    const keyResults = GROUPED_EXPECTED.filter(([id]) => id.includes('.'));
    expect(column(workbook, 'OKRs', 'ID')).toEqual(keyResults.map(([id]) => id));
    expect(column(workbook, 'OKRs', 'Score')).toEqual(keyResults.map(([, score]) => score));
    expect(column(workbook, 'OKRs', 'Status')).toEqual(keyResults.map(([, , status]) => status));
  });
});

describe('Refresh on a sheet with its own header names, order and a title row', () => {
  const TITLE = 'Growth team OKRs — Q4 2026';
  const OKRS = [
    [TITLE, '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', ''],
    ['Objectives', 'Key results', 'Actual', 'Goal', 'Baseline', 'Notes for the board', 'Grade', 'Responsible'],
    ['Win the mid-market', 'Qualified leads', 45, 60, 0, 'from the webinar series', '', 'Marketing lead'],
    ['', 'Churn', 0.05, 0.04, 0.08, '', '', 'Head of CS'],
  ];
  const KPIS = [
    ['Metric', 'Floor', 'Value', 'Frequency'],
    ['Net Promoter Score', 45, 41, 'quarterly'],
  ];

  it('finds the header under the title, fills IDs, adds the missing Status column and leaves the rest alone', () => {
    const { workbook, addon } = open({ KPIs: { values: KPIS }, OKRs: { values: OKRS } });
    addon.run('refreshScores');
    const values = workbook.read('OKRs').values();
    expect(values[0]?.[0]).toBe(TITLE);
    expect(values[2]).toEqual([...OKRS[2]!, 'ID', 'Status', 'Last check-in']);
    expect(column(workbook, 'OKRs', 'Grade', 3)).toEqual([0.75, 0.75]);
    expect(column(workbook, 'OKRs', 'ID', 3)).toEqual(['O1.1', 'O1.2']);
    expect(column(workbook, 'OKRs', 'Status', 3)).toEqual(['ON TRACK', 'ON TRACK']);
    expect(column(workbook, 'OKRs', 'Notes for the board', 3)).toEqual(['from the webinar series', '']);
    expect(values.map((row) => row.slice(0, 6))).toEqual(OKRS.map((row) => row.slice(0, 6)));
    expect(workbook.read('KPIs').values()[0]).toEqual(['Metric', 'Floor', 'Value', 'Frequency', 'ID', 'Status']);
    expect(column(workbook, 'KPIs', 'Status')).toEqual(['ALERT']);
  });
});

describe('Refresh keeps the IDs it writes as text', () => {
  it('numbers the tenth KR of objective 7 as "7.10", not the number 7.1', () => {
    const okrs: CellValue[][] = [
      ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Score', 'Status'],
      ['7', 'Ship faster', '', '', '', '', '', ''],
      ...Array.from({ length: 10 }, (_, n): CellValue[] => [
        n < 9 ? `7.${n + 1}` : '',
        '',
        `KR ${n + 1}`,
        0,
        10,
        5,
        '',
        '',
      ]),
    ];
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs } });
    addon.run('refreshScores');
    expect(column(workbook, 'OKRs', 'ID').at(-1)).toBe('7.10');
    expect(column(workbook, 'OKRs', 'Status').at(-1)).toBe('ON TRACK');
  });
});

describe('Refresh with formulas and bad rows', () => {
  const OKRS = [
    ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Confidence', 'Quarter', 'Score', 'Status'],
    ['O1', 'Grow revenue', '', '', '', '', '', '2026-Q4', '', ''],
    ['O1.1', '', 'Partner pipeline', 0, 200000, 90000, 5, '2026-Q4', '', ''],
    ['O1.2', '', 'Leads from a formula', 0, 60, 30, 5, '2026-Q4', '', ''],
    ['O1.3', '', 'Typo in target', 0, 'sixty', 30, 5, '2026-Q4', '', ''],
    ['O1.4', '', 'Keep MRR above $250,000', 250000, 250000, 262000, 5, '2026-Q4', '', ''],
    ['O1.5', '', 'Broken lookup', 0, 10, '#N/A', 5, '2026-Q4', '', ''],
    ['O1.6', '', 'Overconfident', 0, 10, 5, 12, '2026-Q4', '', ''],
    ['O1.7', '', 'Wrong quarter', 0, 10, 5, 5, 'Q5', '', ''],
    ['O1.1', '', 'Copied row', 0, 10, 5, 5, '2026-Q4', '', ''],
    ['O1.9', '', 'Manual score', 0, 10, 5, 5, '2026-Q4', '', ''],
  ];
  const fixture = {
    values: OKRS,
    formulas: {
      F4: { formula: '=COUNTIF(Leads!A:A,"qualified")', value: 30 },
      I11: { formula: '=0.9', value: 0.9 },
    },
  };

  it('marks each bad row INVALID with its reason, scores the rest, and never writes over a formula', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: fixture });
    addon.run('refreshScores');
    expect(column(workbook, 'OKRs', 'Status')).toEqual([
      'ON TRACK',
      'ON TRACK',
      'ON TRACK',
      'INVALID: Target: "sixty" is not a number',
      'INVALID: target equals start',
      'INVALID: Current: error value #N/A',
      'INVALID: Confidence: 12 is outside 0–10',
      'INVALID: Quarter: "Q5" is not like 2026-Q4',
      'INVALID: duplicate ID O1.1 (also on row 3)',
      'ON TRACK',
    ]);
    expect(column(workbook, 'OKRs', 'Score')).toEqual([0.48, 0.45, 0.5, '', '', '', '', '', '', 0.9]);
    const okrs = workbook.read('OKRs');
    expect(okrs.cell('F4').formula).toBe('=COUNTIF(Leads!A:A,"qualified")');
    expect(okrs.cell('I11').formula).toBe('=0.9');
    expect(backgroundColumn(workbook, 'OKRs', 'Status').slice(3, 9)).toEqual(Array(6).fill(PURPLE_GREY));
    expect(backgroundColumn(workbook, 'OKRs', 'Score')[3]).toBe(PURPLE_GREY);
    expect(addon.ui.toasts.at(-1)?.message).toBe('3 KRs scored · 4 KPIs in ALERT · 6 rows need attention');
  });

  it('a key result with no reading (blank or TBD) is NO DATA in grey, and one linked to a KPI follows that KPI', () => {
    const rows = [
      ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'KPI', 'Score', 'Status'],
      ['O1.1', 'Keep customers', 'No reading yet', 0, 10, '', '', '', ''],
      ['O1.2', 'Keep customers', 'Cut churn', 0.08, 0.04, '', 'Customer churn rate', '', ''],
      ['O1.3', 'Keep customers', 'Unknown KPI', 0, 10, '', 'K99', '', ''],
      ['O1.4', 'Keep customers', 'Not measured yet', 0, 10, 'TBD', '', '', ''],
    ];
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: rows } });
    addon.run('refreshScores');
    // K2 churn reads 4.1%: (0.041 − 0.08) / (0.04 − 0.08) = 0.975 → 0.98.
    expect(column(workbook, 'OKRs', 'Score')).toEqual(['', 0.98, '', '']);
    expect(column(workbook, 'OKRs', 'Status')).toEqual([
      'NO DATA',
      'ON TRACK',
      'INVALID: linked KPI "K99" is not on the KPIs tab',
      'NO DATA',
    ]);
    expect(backgroundColumn(workbook, 'OKRs', 'Status')[0]).toBe(GREY);
  });
});

describe('Refresh when the sheet is not ready', () => {
  it('names the missing tab in an alert and writes nothing', () => {
    const { workbook, addon } = open({ OKRs: { values: GROUPED_OKR_ROWS } });
    const before = JSON.stringify(workbook.toJSON());
    addon.run('refreshScores');
    expect(addon.ui.alerts.at(-1)?.message).toContain('No KPIs tab: add a tab named "KPIs"');
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  });

  it('names the missing header in an alert and writes nothing', () => {
    const okrs = [
      ['Objective', 'Key Result', 'Current'],
      ['Grow', 'Leads', 3],
    ];
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs } });
    const before = JSON.stringify(workbook.toJSON());
    addon.run('refreshScores');
    expect(addon.ui.alerts.at(-1)?.message).toContain('The OKRs tab needs the column Target');
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  });

  it('waits for another editor’s save, and if it never ends says so and writes nothing', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    const before = JSON.stringify(workbook.toJSON());
    addon.lock.holdDocumentLockElsewhere();
    addon.run('refreshScores');
    expect(addon.ui.alerts.at(-1)?.message).toBe(
      'Someone else is saving to this spreadsheet. Nothing was changed: try again in a moment.',
    );
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
    addon.lock.release();
    addon.run('refreshScores');
    expect(column(workbook, 'OKRs', 'Status')[0]).toBe('ON TRACK');
  });

  it('finds tabs whatever their case: "kpi" and "okr" work', () => {
    const { workbook, addon } = open({ kpi: { values: KPI_ROWS }, okr: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    expect(column(workbook, 'okr', 'Status')[0]).toBe('ON TRACK');
    expect(column(workbook, 'kpi', 'Status')[0]).toBe('WARN');
  });
});

describe('Refresh reads check-ins and the age of readings: silence is never green', () => {
  const CHECK_INS = [
    ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'],
    [
      new Date('2026-11-02T10:00:00Z'),
      '2026-Q4',
      'O1.1',
      'Reduce customer churn',
      'KR',
      0.06,
      6,
      '',
      'lead@example.com',
    ],
    [
      new Date('2026-11-20T16:30:00Z'),
      '2026-Q4',
      'O1.1',
      'Reduce customer churn',
      'KR',
      0.055,
      6,
      '',
      'lead@example.com',
    ],
    [
      new Date('2026-11-01T09:00:00Z'),
      '2026-Q4',
      'o1.3',
      'Cut support first response time',
      'KR',
      9,
      7,
      '',
      'support@example.com',
    ],
  ];
  const STALE_KPIS = KPI_ROWS.map((row, index) =>
    index === 2 ? [...row.slice(0, 10), new Date('2026-09-01T00:00:00Z'), ...row.slice(11)] : row,
  );

  it('shows each KR’s newest check-in, marks one silent for over 14 days stale, and a KPI read too long ago STALE', () => {
    const { workbook, addon } = open({
      KPIs: { values: STALE_KPIS },
      OKRs: { values: GROUPED_OKR_ROWS },
      'Check-ins': { values: CHECK_INS },
    });
    addon.run('refreshScores');
    const lastCheckIn = column(workbook, 'OKRs', 'Last check-in').slice(0, 4);
    expect(lastCheckIn).toEqual([
      new Date('2026-11-20T00:00:00Z'), // the objective row: its newest KR check-in
      new Date('2026-11-20T00:00:00Z'),
      '', // never checked in: judged on the sheet alone
      new Date('2026-11-01T00:00:00Z'),
    ]);
    expect(column(workbook, 'OKRs', 'Status').slice(0, 4)).toEqual([
      'ON TRACK',
      'ON TRACK',
      'AT RISK',
      'ON TRACK (stale)',
    ]);
    expect(backgroundColumn(workbook, 'OKRs', 'Status')[3]).toBe(MUTED);
    expect(backgroundColumn(workbook, 'OKRs', 'Score')[3]).toBe(GREEN); // the score keeps its grade colour
    // K2 churn, monthly, last read 2026-09-01: 83 days > 1.5 × 30. Still coloured by its range flag (ALERT).
    expect(column(workbook, 'KPIs', 'Status')[1]).toBe('STALE');
    expect(backgroundColumn(workbook, 'KPIs', 'Status')[1]).toBe(RED);
  });
});

describe('Refresh with a fiscal year that starts in February', () => {
  const OKRS = [
    ['Objective', 'Key Result', 'Start', 'Target', 'Current', 'Score', 'Status'],
    ['Grow', 'Leads', 0, 10, 3, '', ''],
  ];

  it('paces a blank-quarter KR against the fiscal quarter (Nov–Jan), not the calendar one (Oct–Dec)', () => {
    const calendar = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: OKRS } });
    calendar.addon.run('refreshScores');
    // Calendar 2026-Q4: 53 of 91 days gone; 0.3 < 0.7 × 0.58 → AT RISK.
    expect(column(calendar.workbook, 'OKRs', 'Status')).toEqual(['AT RISK']);

    const fiscal = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: OKRS } });
    callServer(fiscal.addon, 'saveFiscalYear', { startMonth: 2 });
    fiscal.addon.run('refreshScores');
    // Fiscal 2026-Q4 runs 2026-11-01 to 2027-01-31: 22 of 91 days gone; 0.3 ≥ 0.7 × 0.24 → ON TRACK.
    expect(column(fiscal.workbook, 'OKRs', 'Status')).toEqual(['ON TRACK']);
  });
});

describe('Refresh in a spreadsheet east of UTC (Asia/Tokyo)', () => {
  // Dates in a Tokyo sheet are Tokyo midnights: 2026-11-13 is the instant 2026-11-12T15:00Z.
  const tokyoMidnight = (iso: string) => new Date(new Date(`${iso}T00:00:00Z`).getTime() - 9 * 3_600_000);
  const KPIS = [
    ['ID', 'KPI', 'Min', 'Current', 'Cadence', 'Updated', 'Warn below', 'Status'],
    ['K1', 'Website uptime', 0.99, 0.999, 'weekly', tokyoMidnight('2026-11-13'), 0.9995, ''],
  ];
  const OKRS = [
    ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Due', 'Score', 'Status', 'Last check-in'],
    ['O1.1', 'Be reliable', 'Cut incidents', 10, 0, 5.9, tokyoMidnight('2026-12-31'), '', '', ''],
  ];
  const CHECK_INS = [
    ['Timestamp', 'ID', 'Value'],
    [new Date('2026-11-19T23:00:00Z'), 'O1.1', 6], // 08:00 on 20 November in Tokyo
  ];

  it('reads every date as the day Tokyo shows, and writes Last check-in back as that day', () => {
    const { workbook, addon } = open(
      { KPIs: { values: KPIS }, OKRs: { values: OKRS }, 'Check-ins': { values: CHECK_INS } },
      { timeZone: 'Asia/Tokyo' },
    );
    addon.run('refreshScores');
    // Read on 23 November: 10 days after the 13th, inside a weekly cadence's 10.5 (read as UTC days it would be
    // the 12th, 11 days, and STALE): its flag, under its watch line, shows.
    expect(column(workbook, 'KPIs', 'Status')).toEqual(['WARN']);
    const okrs = workbook.read('OKRs');
    expect(okrs.displayValues()[1]?.[9]).toBe('2026-11-20');
    expect(okrs.cell('J2').value).toEqual(tokyoMidnight('2026-11-20'));
    // Score 0.41 against a 31 December deadline: 0.7 × 53/91 = 0.408, ON TRACK (read as 30 December it would
    // be 0.7 × 53/90 = 0.412, AT RISK).
    expect(column(workbook, 'OKRs', 'Status')).toEqual(['ON TRACK']);
  });
});
