import { describe, expect, it } from 'vitest';
import { emulateServices, loadAddon, type CellValue, type SheetFixture, type Workbook } from '../../emulator/index';
import { demoWorkbook } from '../../emulator/playground/demoWorkbook';
import { GROUPED_OKR_ROWS, KPI_ROWS, TODAY } from '../fixtures/examples';
import { generatedWorkbook } from '../fixtures/generated';
import { bundleCode, GREEN, GREY, MUTED, open, PURPLE_GREY, RED, WHITE, YELLOW } from './harness';

const OVERWRITE_NOTE =
  'Built by KPI & OKR: Build dashboard and every Refresh rebuild this tab, so edits here are overwritten.';
const ALERT_LINE = '#c5221f';
const WARN_LINE = '#e37400';
const OK_LINE = '#188038';

function demo(): { workbook: Workbook; addon: ReturnType<typeof loadAddon> } {
  const workbook = demoWorkbook(TODAY);
  const addon = loadAddon({ code: bundleCode(), workbook, now: TODAY, user: 'lead@example.com', htmlFiles: {} });
  return { workbook, addon };
}

const rows = (workbook: Workbook, first: number, last: number, width = 9) =>
  workbook
    .read('Dashboard')
    .values()
    .slice(first - 1, last)
    .map((row) => row.slice(0, width));
const backgrounds = (workbook: Workbook, first: number, last: number, width = 9) =>
  workbook
    .read('Dashboard')
    .backgrounds()
    .slice(first - 1, last)
    .map((row) => row.slice(0, width));

/** The charts on a tab as a snapshot keeps them: type, title, ranges, anchor. */
function chartsOn(workbook: Workbook, tab = 'Dashboard') {
  return (workbook.toJSON().sheets.find((sheet) => sheet.name === tab)?.charts ?? []).map((chart) => ({
    id: chart.chartId,
    type: chart.chartType,
    title: chart.options.title,
    ranges: chart.ranges.map((range) => `${range.sheet}!${range.a1}`),
    anchor: [chart.anchorRow, chart.anchorColumn],
    hidden: chart.hiddenDimensionStrategy,
  }));
}

/** Every tab but the dashboard, as a snapshot sees it: what the dashboard must never change. */
function otherTabs(workbook: Workbook): unknown {
  return workbook.toJSON().sheets.filter((sheet) => sheet.name !== 'Dashboard');
}

describe('Build dashboard on the demo workbook', () => {
  it('shows the quarter, its progress and the counts, each in its colour', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    expect(rows(workbook, 1, 6)).toEqual([
      ['Dashboard', '2026-Q4', 'day 54 of 92', OVERWRITE_NOTE, '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', ''],
      ['KPIs', 'OK', 'WARN', 'ALERT', 'STALE', 'NO DATA', 'INVALID', '', ''],
      ['', 4, 3, 4, 0, 0, 0, '', ''],
      ['Key results', 'DONE', 'ON TRACK', 'AT RISK', 'OFF TRACK', 'NO DATA', 'INVALID', 'stale', ''],
      ['', 0, 7, 2, 0, 0, 0, 1, ''],
    ]);
    const kpiColours = [WHITE, GREEN, YELLOW, RED, GREY, GREY, PURPLE_GREY, WHITE, WHITE];
    const keyResultColours = [WHITE, GREEN, GREEN, YELLOW, RED, GREY, PURPLE_GREY, MUTED, WHITE];
    expect(backgrounds(workbook, 1, 6)).toEqual([
      Array(9).fill(WHITE),
      Array(9).fill(WHITE),
      kpiColours,
      kpiColours,
      keyResultColours,
      keyResultColours,
    ]);
    expect(addon.ui.toasts.at(-1)?.message).toBe(
      'Dashboard built. Every Refresh keeps it current; edits on it are overwritten.',
    );
  });

  it('lists every KPI, ALERT first and the one nobody works on before the others, with status, range and trend', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    expect(rows(workbook, 8, 20, 7)).toEqual([
      ['Vital signs', '', '', '', '', '', ''],
      ['KPI', 'Owner', 'Current', 'Healthy range', 'Status', 'Trend', 'Key results on it'],
      ['Training completion rate', 'People lead', '82%', '≥ 90%', 'ALERT', '', 'out of range — nobody on it'],
      ['Customer churn rate', 'Head of CS', '4.1%', '≤ 3%', 'ALERT', '', 'Reduce customer churn'],
      ['Net Promoter Score', 'Head of CS', '41', '≥ 45', 'ALERT', '', 'Raise Net Promoter Score'],
      [
        'Support first response time',
        'Support lead',
        '6 hours',
        '≤ 4 hours',
        'ALERT',
        '',
        'Cut support first response time',
      ],
      ['Monthly recurring revenue', 'Finance lead', '$262,000', '≥ $250,000', 'WARN', '', ''],
      ['Website uptime', 'SRE lead', '99.94%', '≥ 99.9%', 'WARN', '', ''],
      ['On-time delivery rate', 'Ops lead', '96%', '≥ 95%', 'WARN — heading below Min by about 27 Nov', '', ''],
      ['Gross margin', 'Finance lead', '64%', '≥ 60%', 'OK', '', ''],
      ['Employee attendance rate', 'People lead', '97%', '≥ 95%', 'OK', '', ''],
      ['Burn rate', 'Finance lead', '$165,000', '≤ $180,000', 'OK', '', ''],
      ['Website conversion rate', '', '3.1%', '≥ 2%', 'OK', '', ''],
    ]);
    const statusColours = [RED, RED, RED, RED, YELLOW, YELLOW, YELLOW, GREEN, GREEN, GREEN, GREEN];
    expect(backgrounds(workbook, 10, 20).map((row) => row[4])).toEqual(statusColours);
    expect(
      backgrounds(workbook, 10, 20).every((row) => row.every((colour, index) => index === 4 || colour === WHITE)),
    ).toBe(true);
    expect(backgrounds(workbook, 9, 9, 7)).toEqual([Array(7).fill(MUTED)]);
    const view = workbook.read('Dashboard');
    expect(view.cell('G10').fontWeight).toBe('bold');
    // The trends: a SPARKLINE over each KPI's readings in the hidden columns (X on), in its status's colour;
    // a KPI with one reading (its Current alone) has no line to draw, and its cell stays empty.
    expect(
      view
        .formulas()
        .slice(9, 20)
        .map((row) => row[5]),
    ).toEqual([
      '=SPARKLINE(X10:Z10)',
      '=SPARKLINE(X11:AA11)',
      '=SPARKLINE(X12:Z12)',
      '=SPARKLINE(X13:AA13)',
      '=SPARKLINE(X14:AA14)',
      '',
      '=SPARKLINE(X16:AA16)',
      '',
      '=SPARKLINE(X18:AA18)',
      '',
      '=SPARKLINE(X20:AA20)',
    ]);
    expect(Array.from({ length: 11 }, (_, index) => view.cell(`F${index + 10}`).fontColor)).toEqual([
      ...Array<string>(4).fill(ALERT_LINE),
      WARN_LINE,
      '#000000',
      WARN_LINE,
      '#000000',
      OK_LINE,
      '#000000',
      OK_LINE,
    ]);
    expect(
      view
        .values()
        .slice(9, 20)
        .map((row) => row.slice(23, 27)),
    ).toEqual([
      [0.84, 0.83, 0.82, ''],
      [0.036, 0.039, 0.043, 0.041],
      [44, 42, 41, ''],
      [7, 6.5, 6.2, 6],
      [255000, 258000, 260000, 262000],
      ['', '', '', ''],
      [0.995, 0.985, 0.972, 0.96],
      ['', '', '', ''],
      [0.97, 0.97, 0.971, 0.97],
      ['', '', '', ''],
      [0.031, 0.0312, 0.031, 0.031],
    ]);
  });

  it('steers by objective, its score as a bar in its grade colour, its key results under it', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const values = workbook.read('Dashboard').values();
    const steering = values.findIndex((row) => row[0] === 'Steering');
    expect(values[steering + 1]?.slice(0, 9)).toEqual([
      'Objective / key result',
      'Owner',
      'Team',
      'Score',
      'Score bar',
      'Status',
      'Key results spread',
      'Confidence',
      'Last check-in',
    ]);
    expect(values[steering + 2]?.slice(0, 7)).toEqual([
      'Retain customers and stabilize the base',
      'Head of CS',
      '',
      0.58,
      '██████░░░░',
      'ON TRACK',
      '0.36–0.75',
    ]);
    expect(values[steering + 4]?.slice(0, 8)).toEqual([
      '    Reduce 30-day drop-off rate',
      'Product lead',
      '',
      0.36,
      '████░░░░░░',
      'AT RISK',
      '',
      5,
    ]);
    const stale = values.findIndex((row) => row[5] === 'AT RISK (stale)');
    const colours = workbook.read('Dashboard').backgrounds();
    expect(colours[steering + 2]?.slice(3, 6)).toEqual([YELLOW, YELLOW, GREEN]);
    expect(colours[steering + 4]?.slice(3, 6)).toEqual([RED, RED, YELLOW]);
    expect(colours[stale]?.[5]).toBe(MUTED);
  });

  it('hides its data columns, is protected with a warning only, and inserts its two charts over the hidden tables', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const view = workbook.read('Dashboard');
    expect(view.hiddenColumns[0]).toBe(24);
    expect(view.hiddenColumns).toEqual(Array.from({ length: view.hiddenColumns.length }, (_, index) => 24 + index));
    expect(view.hiddenColumns.at(-1)).toBeGreaterThanOrEqual(view.values()[0]!.length);
    expect(view.protection).toEqual({
      warningOnly: true,
      description: 'Dashboard: built by KPI & OKR and rebuilt by every Refresh; edits here are overwritten.',
    });
    const charts = chartsOn(workbook);
    expect(charts.map(({ type, title, anchor, hidden }) => ({ type, title, anchor, hidden }))).toEqual([
      { type: 'COMBO', title: 'Objective scores', anchor: [1, 10], hidden: 'SHOW_BOTH' },
      { type: 'LINE', title: 'KPI readings: headroom to healthy range', anchor: [22, 10], hidden: 'SHOW_BOTH' },
    ]);
    const values = view.values();
    const [scores] = charts;
    expect(scores?.ranges).toEqual(['Dashboard!AC1:AF4']);
    expect(values.slice(0, 4).map((row) => row.slice(28, 32))).toEqual([
      ['Objective', 'Score', '0.4', '0.7'],
      ['Retain customers and stabilize the base', 0.58, 0.4, 0.7],
      ['Build a predictable revenue engine in S…', 0.44, 0.4, 0.7],
      ['Transform the customer onboarding exper…', 0.57, 0.4, 0.7],
    ]);
    // The readings chart: the four KPIs out of range, each as its headroom, and the bound they broke at 0.
    expect(values[0]?.slice(33, 40)).toEqual([
      'Date',
      'Training completion rate',
      'Customer churn rate',
      'Net Promoter Score',
      'Support first response time',
      'Healthy-range bound',
    ]);
  });

  it('rebuilds in place: the same cells, the same two charts, no copy', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const first = workbook.read('Dashboard');
    const before = { values: first.values(), formulas: first.formulas(), colours: first.backgrounds() };
    const charts = chartsOn(workbook);
    addon.run('buildDashboard');
    addon.run('buildDashboard');
    const again = workbook.read('Dashboard');
    expect({ values: again.values(), formulas: again.formulas(), colours: again.backgrounds() }).toEqual(before);
    expect(chartsOn(workbook)).toEqual(charts);
    expect(workbook.toJSON().sheets.filter((sheet) => sheet.name === 'Dashboard')).toHaveLength(1);
  });

  it('a chart an earlier version titled "KPI readings" is updated in place and renamed, not doubled', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const [, readings] = chartsOn(workbook);
    const sheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dashboard')!;
    const old = sheet.getCharts()[1]!;
    sheet.updateChart(old.modify().setOption('title', 'KPI readings').build());
    expect(chartsOn(workbook).map((chart) => chart.title)).toEqual(['Objective scores', 'KPI readings']);
    addon.run('buildDashboard');
    expect(chartsOn(workbook).map(({ id, title }) => ({ id, title }))).toEqual([
      { id: chartsOn(workbook)[0]?.id, title: 'Objective scores' },
      { id: readings?.id, title: 'KPI readings: headroom to healthy range' },
    ]);
  });

  it('a chart the person deleted comes back on the next build; the other is kept as it was', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const [scores, readings] = chartsOn(workbook);
    const sheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dashboard')!;
    sheet.removeChart(sheet.getCharts()[0]!);
    addon.run('buildDashboard');
    const after = chartsOn(workbook);
    expect(after.map((chart) => chart.title).sort()).toEqual([readings?.title, scores?.title].sort());
    expect(after.find((chart) => chart.title === readings?.title)?.id).toBe(readings?.id);
    expect(after.find((chart) => chart.title === scores?.title)).toMatchObject({
      ranges: scores?.ranges,
      anchor: scores?.anchor,
    });
  });

  it('a protection someone made stricter is kept; one left warning-only stays so', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const sheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dashboard')!;
    sheet.protect().setWarningOnly(false);
    addon.run('buildDashboard');
    expect(workbook.read('Dashboard').protection).toEqual({
      warningOnly: false,
      description: 'Dashboard: built by KPI & OKR and rebuilt by every Refresh; edits here are overwritten.',
    });
    sheet.protect().remove();
    addon.run('buildDashboard');
    expect(workbook.read('Dashboard').protection).toMatchObject({ warningOnly: true });
  });

  it('data columns a person unhid are hidden again by the next build, with the same cells', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const before = workbook.read('Dashboard');
    const sheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dashboard')!;
    sheet.showColumns(24, before.hiddenColumns.length);
    expect(workbook.read('Dashboard').hiddenColumns).toEqual([]);
    addon.run('buildDashboard');
    const after = workbook.read('Dashboard');
    expect(after.hiddenColumns).toEqual(before.hiddenColumns);
    expect(after.values()).toEqual(before.values());
  });

  it('rows and columns someone hid are shown again: after a rebuild another KPI may sit on that line', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const sheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dashboard')!;
    sheet.hideRows(10, 2);
    sheet.hideColumns(5);
    addon.run('buildDashboard');
    const spreadsheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet();
    const dashboard = spreadsheet.getSheetByName('Dashboard')!;
    expect([dashboard.isRowHiddenByUser(10), dashboard.isRowHiddenByUser(11)]).toEqual([false, false]);
    expect(dashboard.isColumnHiddenByUser(5)).toBe(false);
    expect(workbook.read('Dashboard').hiddenColumns[0]).toBe(24);
  });

  it('never changes another tab', () => {
    const { workbook, addon } = demo();
    const before = otherTabs(workbook);
    addon.run('buildDashboard');
    addon.run('buildDashboard');
    expect(otherTabs(workbook)).toEqual(before);
  });
});

describe('Refresh and the dashboard', () => {
  it('Refresh rebuilds the dashboard once it exists, from the values it just scored', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const charts = chartsOn(workbook);
    // Training completion back in range.
    const kpis = workbook.read('KPIs').values();
    const row = kpis.findIndex((line) => line[1] === 'Training completion rate') + 1;
    const current = String.fromCharCode(65 + kpis[0]!.indexOf('Current'));
    workbook.setCell('KPIs', `${current}${row}`, 0.95);
    addon.run('refreshScores');
    const values = workbook.read('Dashboard').values();
    expect(values[3]?.slice(1, 4)).toEqual([5, 3, 3]);
    expect(values.find((line) => line[0] === 'Training completion rate')?.slice(2, 7)).toEqual([
      '95%',
      '≥ 90%',
      'OK',
      '',
      '',
    ]);
    expect(chartsOn(workbook).map((chart) => chart.id)).toEqual(charts.map((chart) => chart.id));
  });

  it('Build dashboard opens the tab; Refresh leaves the person on the tab they were on', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    expect(workbook.toJSON().activeSheet).toBe('Dashboard');
    const spreadsheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('OKRs')!);
    addon.run('refreshScores');
    expect(workbook.toJSON().activeSheet).toBe('OKRs');
  });

  it('Refresh makes no dashboard on a document without one, and an edit does not rebuild it', () => {
    const { workbook, addon } = demo();
    addon.run('refreshScores');
    expect(workbook.toJSON().sheets.map((sheet) => sheet.name)).not.toContain('Dashboard');
    addon.run('buildDashboard');
    const before = workbook.read('Dashboard').values();
    const kpis = workbook.read('KPIs').values();
    const row = kpis.findIndex((line) => line[1] === 'Training completion rate') + 1;
    const current = String.fromCharCode(65 + kpis[0]!.indexOf('Current'));
    addon.edit('KPIs', `${current}${row}`, '95%');
    expect(workbook.read('Dashboard').values()).toEqual(before);
  });
});

describe("a person's own Dashboard tab", () => {
  it('is never written: Build dashboard says why and Refresh leaves it', () => {
    const { workbook, addon } = open({
      KPIs: { values: KPI_ROWS },
      OKRs: { values: GROUPED_OKR_ROWS },
      Dashboard: {
        values: [
          ['Dashboard', 'Pipeline'],
          ['Leads', 120],
        ],
      },
    });
    const before = workbook.toJSON().sheets.find((sheet) => sheet.name === 'Dashboard');
    addon.run('buildDashboard');
    expect(addon.ui.alerts.at(-1)?.message).toContain('A tab named "Dashboard" is already there');
    addon.run('refreshScores');
    expect(workbook.toJSON().sheets.find((sheet) => sheet.name === 'Dashboard')).toEqual(before);
  });
});

describe("a person's own Dashboard tab with a blank first row", () => {
  it('is never written either: its rows start lower down', () => {
    const { workbook, addon } = open({
      KPIs: { values: KPI_ROWS },
      OKRs: { values: GROUPED_OKR_ROWS },
      Dashboard: {
        values: [
          ['', ''],
          ['Pipeline', 'Leads'],
          ['Q4', 120],
        ],
      },
    });
    const before = workbook.toJSON().sheets.find((sheet) => sheet.name === 'Dashboard');
    addon.run('buildDashboard');
    expect(addon.ui.alerts.at(-1)?.message).toContain('A tab named "Dashboard" is already there');
    addon.run('refreshScores');
    expect(workbook.toJSON().sheets.find((sheet) => sheet.name === 'Dashboard')).toEqual(before);
  });

  it('an empty Dashboard tab is filled', () => {
    const { workbook, addon } = open({
      KPIs: { values: KPI_ROWS },
      OKRs: { values: GROUPED_OKR_ROWS },
      Dashboard: { values: [] },
    });
    addon.run('buildDashboard');
    expect(workbook.read('Dashboard').values()[0]?.[0]).toBe('Dashboard');
  });
});

describe('text as typed', () => {
  it('shows names Sheets would re-type (a fraction, a formula, TRUE) exactly as they are on the KPIs tab', () => {
    const { workbook, addon } = open({
      KPIs: {
        values: [
          ['ID', 'KPI', 'Owner', 'Min', 'Max', 'Current'],
          ['K1', '3/4', 'TRUE', 0, 10, 5],
          ['K2', '=1+1', "'quoted", 0, 10, 50],
        ],
      },
    });
    addon.run('buildDashboard');
    const lines = workbook
      .read('Dashboard')
      .values()
      .filter((row) => row[4] === 'ALERT' || row[4] === 'OK')
      .map((row) => row.slice(0, 2));
    expect(lines).toEqual([
      ['=1+1', "'quoted"],
      ['3/4', 'TRUE'],
    ]);
    // The readings chart names its line after the KPI, read back as typed too.
    expect(workbook.read('Dashboard').values()[0]?.slice(23)).toContain('=1+1');
    expect(
      workbook
        .read('Dashboard')
        .formulas()
        .flat()
        .filter((formula) => formula.startsWith('=1')),
    ).toEqual([]);
  });
});

describe('half a dashboard', () => {
  it('a document with only KPIs gets the vital signs and the readings chart', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS } });
    addon.run('buildDashboard');
    const firsts = workbook
      .read('Dashboard')
      .values()
      .map((row) => row[0]);
    expect(firsts).toContain('Vital signs');
    expect(firsts).not.toContain('Steering');
    expect(firsts).not.toContain('Key results');
    expect(chartsOn(workbook).map((chart) => chart.title)).toEqual(['KPI readings: headroom to healthy range']);
  });

  it('a document with only OKRs gets the steering and the scores chart', () => {
    const { workbook, addon } = open({ OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('buildDashboard');
    const firsts = workbook
      .read('Dashboard')
      .values()
      .map((row) => row[0]);
    expect(firsts).toContain('Steering');
    expect(firsts).not.toContain('Vital signs');
    expect(chartsOn(workbook).map((chart) => chart.title)).toEqual(['Objective scores']);
  });

  it('a chart with nothing left to show is removed: the OKRs tab deleted, the scores chart goes', () => {
    const { workbook, addon } = demo();
    addon.run('buildDashboard');
    const [, readings] = chartsOn(workbook);
    const spreadsheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('OKRs')!);
    addon.run('buildDashboard');
    // The readings chart stays (the same chart, its table moved left) and moves up to the first place.
    expect(chartsOn(workbook).map(({ id, title, anchor }) => ({ id, title, anchor }))).toEqual([
      { id: readings?.id, title: 'KPI readings: headroom to healthy range', anchor: [1, 10] },
    ]);
  });

  it('a document with neither is told what to add, and gets no tab', () => {
    const { workbook, addon } = open({ Notes: { values: [['hello']] } });
    addon.run('buildDashboard');
    expect(addon.ui.alerts.at(-1)?.message).toContain('No KPIs or OKRs tab');
    expect(workbook.toJSON().sheets.map((sheet) => sheet.name)).toEqual(['Notes']);
  });
});

function buildCost(sheets: Record<string, SheetFixture>): Record<string, number> {
  const { addon } = open(sheets);
  addon.counter.reset();
  addon.run('buildDashboard');
  return Object.fromEntries(addon.counter.calls);
}

describe('on the first day of a quarter', () => {
  it('says day 1 of 92, and shows the vital signs, the steering and both charts', () => {
    const today = new Date(Date.UTC(2026, 9, 1, 12));
    const workbook = demoWorkbook(today);
    const addon = loadAddon({ code: bundleCode(), workbook, now: today, user: 'lead@example.com', htmlFiles: {} });
    addon.run('buildDashboard');
    expect(addon.ui.alerts).toEqual([]);
    const values = workbook.read('Dashboard').values();
    expect(values[0]?.slice(0, 3)).toEqual(['Dashboard', '2026-Q4', 'day 1 of 92']);
    const firsts = values.map((row) => row[0]);
    expect(firsts).toContain('Vital signs');
    expect(firsts).toContain('Steering');
    expect(chartsOn(workbook).map((chart) => chart.title)).toEqual([
      'Objective scores',
      'KPI readings: headroom to healthy range',
    ]);
  });
});

describe('a large sheet with bad rows', () => {
  it('400 KPIs (daily readings on 200, a few INVALID) and 100 objectives: every table and chart in its place', () => {
    const sheets = generatedWorkbook(400);
    const kpis = sheets.KPIs!.values.map((row) => [...row]);
    // Bad rows: a Min that is not a number, and a name Sheets would read as a formula.
    kpis[5]![4] = 'lots';
    kpis[1]![1] = '=SUM(1,2)'; // K1 is out of range: among the first listed
    const history: CellValue[][] = [['Date', 'ID', 'Value']];
    for (let day = 0; day < 40; day += 1)
      for (let n = 1; n <= 200; n += 1)
        history.push([new Date(Date.UTC(2026, 9, 10 + day, 12)), `K${n}`, 0.4 + ((n + day) % 7) / 10]);
    const { workbook, addon } = open({ ...sheets, KPIs: { values: kpis }, 'KPI History': { values: history } });
    addon.run('buildDashboard');
    const view = workbook.read('Dashboard');
    const values = view.values();
    const firsts = values.map((row) => row[0]);
    const signs = firsts.indexOf('Vital signs') + 2;
    const steering = firsts.indexOf('Steering');
    // A person reads 200 lines at most: the rest are counted, what needs attention listed first.
    expect(steering - signs - 1).toBe(201);
    expect(firsts[steering - 2]).toBe('…and 200 more KPIs: see the KPIs tab.');
    expect(firsts.filter((first) => /^Objective \d+$/.test(String(first)))).toHaveLength(100);
    expect(firsts).toContain('=SUM(1,2)');
    // Half the KPIs are out of range: they fill the 200 lines, and the INVALID one (less urgent) is only counted.
    expect(values.filter((row) => row[4] === 'ALERT')).toHaveLength(200);
    expect(firsts).not.toContain(kpis[5]![1]);
    // Nothing is written between the visible columns and the hidden block, and the hidden block is all hidden.
    expect(values.every((row) => row.slice(9, 23).every((value) => value === ''))).toBe(true);
    const last = Math.max(...values.map((row) => row.length));
    expect(view.hiddenColumns).toEqual(Array.from({ length: last - 23 }, (_, index) => 24 + index));
    const columnOf = (a1: string): number =>
      (/[A-Z]+/.exec(a1.split('!').at(-1) ?? '')?.[0] ?? '')
        .split('')
        .reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
    // A trend per KPI with readings, over its own readings: at most the 40 days of history and Current.
    const trends = view.formulas().flatMap((row) => (row[5]?.startsWith('=SPARKLINE(') ? [row[5]] : []));
    const withReadings = new Set(Array.from({ length: 200 }, (_, n) => String(kpis[n + 1]?.[1])));
    const listedWithReadings = firsts.slice(signs, signs + 200).filter((name) => withReadings.has(String(name)));
    expect(trends).toHaveLength(listedWithReadings.length);
    expect(trends.length).toBeGreaterThan(0);
    const trendEnd = Math.max(...trends.map((formula) => columnOf(formula.split(':')[1] ?? '')));
    expect(trendEnd - 23).toBeLessThanOrEqual(41);
    // Each chart reads its own table, in the hidden columns past the trends: 100 objectives; 6 KPIs and the
    // bound over the days.
    const charts = chartsOn(workbook);
    expect(charts.map((chart) => chart.title)).toEqual(['Objective scores', 'KPI readings: headroom to healthy range']);
    for (const chart of charts) {
      expect(columnOf(chart.ranges[0] ?? '')).toBeGreaterThan(trendEnd);
      expect(columnOf(chart.ranges[0]?.split(':')[1] ?? '')).toBeLessThanOrEqual(last);
    }
    const scoresTop = charts[0]!.ranges[0]!;
    expect(scoresTop).toMatch(/1:[A-Z]+101$/);
    const readingsHeader = values[0]!.slice(columnOf(charts[1]!.ranges[0]!) - 1);
    expect(readingsHeader.filter((name) => name !== '')).toHaveLength(1 + 6 + 1);
  }, 60_000);
});

describe('Build dashboard cost', () => {
  it('makes exactly the same service calls for 10 key results as for 400, building and rebuilding', () => {
    const small = buildCost(generatedWorkbook(10));
    const large = buildCost(generatedWorkbook(400));
    expect(large).toEqual(small);
    expect(small['Range.setValues']).toBe(2);
    expect(small['Sheet.insertChart']).toBe(2);
    const rebuild = (keyResults: number): Record<string, number> => {
      const { addon } = open(generatedWorkbook(keyResults));
      addon.run('buildDashboard');
      addon.counter.reset();
      addon.run('buildDashboard');
      return Object.fromEntries(addon.counter.calls);
    };
    const rebuilt = rebuild(10);
    expect(rebuild(400)).toEqual(rebuilt);
    expect(rebuilt['Sheet.updateChart']).toBe(2);
    expect(rebuilt['Sheet.insertChart']).toBeUndefined();
  }, 30_000);

  it('a Refresh that rebuilds the dashboard makes the same calls for 10 key results as for 400', () => {
    const refreshWithDashboard = (keyResults: number): Record<string, number> => {
      const { addon } = open(generatedWorkbook(keyResults));
      addon.run('buildDashboard');
      addon.run('refreshScores');
      addon.counter.reset();
      addon.run('refreshScores');
      return Object.fromEntries(addon.counter.calls);
    };
    const small = refreshWithDashboard(10);
    expect(refreshWithDashboard(400)).toEqual(small);
    expect(small['Sheet.updateChart']).toBe(2);
  }, 30_000);
});
