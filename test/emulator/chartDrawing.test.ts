// How the playground turns an embedded chart into a table and shapes (docs/apps-script-behaviour.md §14):
// hidden data by the chart's hidden-data setting, merged ranges, headers, options a script set.
import { describe, expect, it } from 'vitest';
import { createWorkbook, emulateServices } from '../../emulator/index';
import type { ChartView } from '../../emulator/playground/chart';
import { chartShapes, niceStep, valueAxis } from '../../emulator/playground/chart';
import type { ChartCell, SourceBlock, TableSettings } from '../../emulator/playground/chartData';
import { chartTable } from '../../emulator/playground/chartData';
import { chartViews } from '../../emulator/playground/chartView';
import { modelOf } from '../../emulator/workbook';

const cellOf = (v: number | string | null): ChartCell => ({ v, t: v === null ? '' : String(v) });
const block = (
  rows: (number | string | null)[][],
  hiddenRows: number[] = [],
  hiddenColumns: number[] = [],
): SourceBlock => ({
  cells: rows.map((row) => row.map(cellOf)),
  hiddenRows: rows.map((_, r) => hiddenRows.includes(r)),
  hiddenColumns: (rows[0] ?? []).map((_, c) => hiddenColumns.includes(c)),
});
const SETTINGS: TableSettings = {
  mergeStrategy: 'MERGE_COLUMNS',
  hiddenDimensionStrategy: 'IGNORE_ROWS',
  transpose: false,
  numHeaders: -1,
  firstColumnAsDomain: true,
};
const MONTHS = [
  ['Month', 'Leads', 'Deals'],
  ['Jan', 10, 2],
  ['Feb', 14, 3],
  ['Mar', 9, 4],
];

describe('the table a chart plots', () => {
  it('auto headers: a text first row names the series; the first column gives the categories', () => {
    expect(chartTable([block(MONTHS)], SETTINGS)).toEqual({
      labels: ['Jan', 'Feb', 'Mar'],
      xValues: [null, null, null],
      series: [
        { name: 'Leads', values: [10, 14, 9] },
        { name: 'Deals', values: [2, 3, 4] },
      ],
    });
  });

  it('setNumHeaders(0) makes the first row data; unnamed series are "Series n"', () => {
    const table = chartTable([block(MONTHS.slice(1))], { ...SETTINGS, numHeaders: 0 });
    expect(table.series.map((series) => series.name)).toEqual(['Series 1', 'Series 2']);
    expect(table.labels).toEqual(['Jan', 'Feb', 'Mar']);
  });

  it('detection: a header over numbers names its series even when other header cells read as numbers', () => {
    const table = chartTable(
      [
        block([
          ['Objective', 'Score', 0.4, 0.7],
          ['Grow', 0.35, 0.4, 0.7],
        ]),
      ],
      SETTINGS,
    );
    expect(table.labels).toEqual(['Grow']);
    expect(table.series.map((series) => series.name)).toEqual(['Score', '0.4', '0.7']);
  });

  it('IGNORE_ROWS (the default) skips hidden rows and draws hidden columns', () => {
    const table = chartTable([block(MONTHS, [2], [2])], SETTINGS);
    expect(table.labels).toEqual(['Jan', 'Mar']);
    expect(table.series.map((series) => series.name)).toEqual(['Leads', 'Deals']);
  });

  it('IGNORE_COLUMNS skips hidden columns; IGNORE_BOTH both; SHOW_BOTH draws everything', () => {
    const hidden = block(MONTHS, [2], [2]);
    const names = (strategy: TableSettings['hiddenDimensionStrategy']) => {
      const table = chartTable([hidden], { ...SETTINGS, hiddenDimensionStrategy: strategy });
      return [table.labels.length, table.series.map((series) => series.name)];
    };
    expect(names('IGNORE_COLUMNS')).toEqual([3, ['Leads']]);
    expect(names('IGNORE_BOTH')).toEqual([2, ['Leads']]);
    expect(names('SHOW_BOTH')).toEqual([3, ['Leads', 'Deals']]);
  });

  it('MERGE_COLUMNS puts ranges side by side; MERGE_ROWS one under the other', () => {
    const months = block(MONTHS.map((row) => row.slice(0, 2)));
    const deals = block(MONTHS.map((row) => row.slice(2)));
    expect(chartTable([months, deals], SETTINGS).series.map((series) => series.name)).toEqual(['Leads', 'Deals']);
    const stacked = chartTable([block(MONTHS.slice(0, 2)), block(MONTHS.slice(2))], {
      ...SETTINGS,
      mergeStrategy: 'MERGE_ROWS',
    });
    expect(stacked.labels).toEqual(['Jan', 'Feb', 'Mar']);
  });

  it('setTransposeRowsAndColumns(true) makes rows the series', () => {
    const table = chartTable([block(MONTHS)], { ...SETTINGS, transpose: true });
    expect(table.labels).toEqual(['Leads', 'Deals']);
    expect(table.series.map((series) => series.name)).toEqual(['Jan', 'Feb', 'Mar']);
  });

  it('text and blank cells in a series are gaps, not zeros', () => {
    const table = chartTable([block([...MONTHS, ['Apr', 'n/a', null]])], SETTINGS);
    expect(table.series[0]?.values).toEqual([10, 14, 9, null]);
    expect(table.series[1]?.values).toEqual([2, 3, 4, null]);
  });
});

function view(overrides: Partial<ChartView>): ChartView {
  return {
    id: 1,
    type: 'LINE',
    drawn: true,
    title: '',
    anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    width: 600,
    height: 371,
    background: '#ffffff',
    legend: 'right',
    labels: ['Jan', 'Feb', 'Mar', 'Apr'],
    xValues: [null, null, null, null],
    series: [{ name: 'Leads', color: '#4285f4', mark: 'line', values: [10, 14, null, 12] }],
    stacked: false,
    min: null,
    max: null,
    ...overrides,
  };
}

describe('the shapes of a chart', () => {
  it('the value axis steps in round numbers; a script window wins', () => {
    expect([niceStep(14), niceStep(0.9), niceStep(120)]).toEqual([5, 0.5, 50]);
    expect(valueAxis(view({}))).toEqual({ min: 10, max: 14, step: 1 });
    expect(valueAxis(view({ min: 0, max: 1 }))).toMatchObject({ min: 0, max: 1 });
  });

  it('a line breaks where a value is missing', () => {
    const lengths = chartShapes(view({})).flatMap((shape) => (shape.kind === 'polyline' ? [shape.points.length] : []));
    expect(lengths).toEqual([2, 1]);
  });

  it('columns: one rectangle per value and series, side by side or stacked into one column', () => {
    const series = [
      { name: 'A', color: '#111111', mark: 'column' as const, values: [1, 2, 3, 4] },
      { name: 'B', color: '#222222', mark: 'column' as const, values: [4, 3, 2, 1] },
    ];
    const bars = (stacked: boolean) =>
      chartShapes(view({ type: 'COLUMN', series, stacked })).filter(
        (shape) => shape.kind === 'rect' && shape.series !== undefined,
      );
    expect(bars(false)).toHaveLength(8);
    const stacked = bars(true);
    const xs = new Set(stacked.flatMap((shape) => (shape.kind === 'rect' ? [shape.x] : [])));
    expect(xs.size).toBe(4);
    expect(valueAxis(view({ type: 'COLUMN', series, stacked: true })).max).toBe(6);
  });

  it('a crowded category axis names every n-th category only, starting with the first', () => {
    const labels = Array.from({ length: 90 }, (_, i) => `2026-day-${String(i).padStart(3, '0')}`);
    const named = chartShapes(
      view({ labels, series: [{ name: 'Leads', color: '#4285f4', mark: 'line', values: labels.map((_, i) => i) }] }),
    ).flatMap((shape) => (shape.kind === 'text' && shape.text.startsWith('2026') ? [shape.text] : []));
    expect(named[0]).toBe('2026-day-000');
    expect(named.length).toBeGreaterThan(2);
    expect(named.length).toBeLessThan(8);
  });

  it('a few categories are all named, a long name cut short to its band', () => {
    const labels = ['Grow revenue', 'Delight customers and partners everywhere', 'Ship faster', 'Hire well'];
    const named = chartShapes(view({ labels })).flatMap((shape) =>
      shape.kind === 'text' && shape.y > 300 && !/^\d/.test(shape.text) ? [shape.text] : [],
    );
    expect(named).toHaveLength(4);
    expect(named[1]).toMatch(/^Delight .*…$/);
    expect(named[0]).toBe('Grow revenue');
  });

  it('title and legend entries are drawn; legend "none" drops them', () => {
    const texts = (legend: ChartView['legend']) =>
      chartShapes(view({ title: 'Leads', legend })).flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
    expect(texts('right')).toEqual(expect.arrayContaining(['Leads']));
    expect(texts('right').filter((text) => text === 'Leads')).toHaveLength(2);
    expect(texts('none').filter((text) => text === 'Leads')).toHaveLength(1);
  });

  it('a bottom legend of long names never overlaps: entries share the width, names cut short with "…"', () => {
    const names = ['Training completion rate', 'Customer churn rate', 'Net Promoter Score', 'Healthy-range bound'];
    const series = names.map((name) => ({ name, color: '#4285f4', mark: 'line' as const, values: [1, 2, 3, 4] }));
    const entries = chartShapes(view({ legend: 'bottom', series, width: 400 })).filter(
      (shape): shape is Extract<typeof shape, { kind: 'text' }> => shape.kind === 'text' && shape.y > 355,
    );
    expect(entries).toHaveLength(4);
    entries.slice(1).forEach((entry, i) => {
      const before = entries[i];
      // 6.5 pixels a character at 11px: each name ends before the next entry's swatch.
      expect((before?.x ?? 0) + (before?.text.length ?? 0) * 6.5).toBeLessThan(entry.x - 14);
    });
    expect(entries.some((entry) => entry.text.endsWith('…'))).toBe(true);
    // Short names that fit are laid out at their own widths and drawn whole.
    const short = chartShapes(view({ legend: 'bottom', series: series.map((s, i) => ({ ...s, name: `S${i}` })) }));
    expect(short.filter((shape) => shape.kind === 'text' && /^S\d$/.test(shape.text))).toHaveLength(4);
  });

  it('interpolateNulls runs a line on across its missing values; without it the line breaks', () => {
    const lines = (interpolateNulls: boolean) =>
      chartShapes(view({ interpolateNulls })).flatMap((shape) =>
        shape.kind === 'polyline' ? [shape.points.length] : [],
      );
    expect(lines(true)).toEqual([3]);
    expect(lines(false)).toEqual([2, 1]);
  });

  it('vAxis.minValue and maxValue widen the axis but never cut the data; a viewWindow fixes it', () => {
    const reach = { min: -1, max: 1 };
    const far = valueAxis(
      view({ widenTo: reach, series: [{ name: 'A', color: '#000', mark: 'line', values: [-3, 0.2] }] }),
    );
    expect([far.min <= -3, far.max >= 1]).toEqual([true, true]);
    const near = valueAxis(view({ widenTo: reach }));
    expect([near.min <= -1, near.max >= 14]).toEqual([true, true]);
    expect(valueAxis(view({ min: 0, max: 5 }))).toMatchObject({ min: 0, max: 5 });
  });

  it("vAxis.format 'percent' labels the axis in percent; vAxis.title is drawn up the axis; dashed series", () => {
    const shapes = chartShapes(
      view({
        percent: true,
        valueTitle: 'Headroom',
        min: -1,
        max: 1,
        series: [{ name: 'Bound', color: '#5f6368', mark: 'line', values: [0, 0, 0, 0], dashed: true }],
      }),
    );
    const texts = shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['-100%', '0%', '50%', '100%']));
    expect(shapes).toContainEqual(expect.objectContaining({ kind: 'text', text: 'Headroom', upright: true }));
    expect(shapes).toContainEqual(expect.objectContaining({ kind: 'polyline', dashed: true }));
  });

  it('a chart without series says "Add a series", as Sheets does; an undrawn type says so', () => {
    const text = (chart: ChartView) =>
      chartShapes(chart).flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
    expect(text(view({ series: [], labels: [] }))).toEqual(['Add a series']);
    expect(text(view({ type: 'PIE', drawn: false }))).toEqual(['PIE chart (not drawn by the playground)']);
  });

  it('scatter: one dot per pair of numbers', () => {
    const dots = chartShapes(
      view({
        type: 'SCATTER',
        xValues: [1, 2, 3, null],
        series: [{ name: 'Y', color: '#4285f4', mark: 'point', values: [5, null, 7, 8] }],
      }),
    ).filter((shape) => shape.kind === 'circle');
    expect(dots).toHaveLength(2);
  });
});

describe('a chart view from the workbook', () => {
  function viewsAfter(
    build: (sheet: GoogleAppsScript.Spreadsheet.Sheet, charts: GoogleAppsScript.Charts.Charts) => void,
  ) {
    const workbook = createWorkbook({ sheets: { Data: { values: MONTHS } } });
    const services = emulateServices({ workbook });
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
    if (sheet === null) throw new Error('no Data tab');
    build(sheet, services.Charts);
    const model = modelOf(workbook);
    const tab = model.find('Data');
    if (tab === undefined) throw new Error('no Data tab');
    return chartViews(tab, model);
  }

  it('colours: series[i].color over setColors over the palette', () => {
    const [chart] = viewsAfter((sheet) =>
      sheet.insertChart(
        sheet
          .newChart()
          .asLineChart()
          .addRange(sheet.getRange('A1:C4'))
          .setOption('colors', ['#aa0000', '#00aa00'])
          .setOption('series', { 1: { color: '#0000aa' } })
          .build(),
      ),
    );
    expect(chart?.series.map((series) => series.color)).toEqual(['#aa0000', '#0000aa']);
  });

  it('combo: series[i].type picks each series’ mark; vAxis.viewWindow fixes the axis; title and legend position', () => {
    const [chart] = viewsAfter((sheet, Charts) =>
      sheet.insertChart(
        sheet
          .newChart()
          .asComboChart()
          .addRange(sheet.getRange('A1:C4'))
          .setOption('series', { 1: { type: 'line', labelInLegend: 'Deals won' } })
          .setOption('vAxis', { viewWindow: { min: 0, max: 20 } })
          .setOption('title', 'Pipeline')
          .setOption('legend', { position: 'bottom' })
          .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
          .build(),
      ),
    );
    expect(chart?.series.map((series) => [series.name, series.mark])).toEqual([
      ['Leads', 'column'],
      ['Deals won', 'line'],
    ]);
    expect([chart?.min, chart?.max, chart?.title, chart?.legend]).toEqual([0, 20, 'Pipeline', 'bottom']);
  });

  it('reads vAxis.format, title, minValue/maxValue, interpolateNulls and a series lineDashStyle from the options', () => {
    const [chart] = viewsAfter((sheet) =>
      sheet.insertChart(
        sheet
          .newChart()
          .asLineChart()
          .addRange(sheet.getRange('A1:C4'))
          .setOption('vAxis', { format: 'percent', title: 'Share', minValue: -1, maxValue: 1 })
          .setOption('series', { 1: { lineDashStyle: [4, 4] } })
          .setOption('interpolateNulls', true)
          .build(),
      ),
    );
    expect([chart?.percent, chart?.valueTitle, chart?.interpolateNulls]).toEqual([true, 'Share', true]);
    expect([chart?.min, chart?.max, chart?.widenTo]).toEqual([null, null, { min: -1, max: 1 }]);
    expect(chart?.series.map((series) => series.dashed === true)).toEqual([false, true]);
  });

  it('by default a hidden row’s data is left out and a hidden column’s is drawn; SHOW_BOTH draws both', () => {
    const [plain, showBoth] = viewsAfter((sheet, Charts) => {
      sheet.hideRows(3);
      sheet.hideColumns(3);
      const range = sheet.getRange('A1:C4');
      sheet.insertChart(sheet.newChart().asColumnChart().addRange(range).build());
      sheet.insertChart(
        sheet
          .newChart()
          .asColumnChart()
          .addRange(range)
          .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
          .build(),
      );
    });
    expect([plain?.labels, plain?.series.length]).toEqual([['Jan', 'Mar'], 2]);
    expect([showBoth?.labels, showBoth?.series.length]).toEqual([['Jan', 'Feb', 'Mar'], 2]);
  });

  it('the chart follows its cells: a changed value is drawn at the next view', () => {
    const workbook = createWorkbook({ sheets: { Data: { values: MONTHS } } });
    const sheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
    sheet?.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A1:C4')).build());
    workbook.setCell('Data', 'B2', 99);
    const model = modelOf(workbook);
    expect(chartViews(model.find('Data')!, model)[0]?.series[0]?.values).toEqual([99, 14, 9]);
  });
});
