// Embedded charts, row by row from docs/apps-script-behaviour.md §14.
import { describe, expect, it } from 'vitest';
import { insertRows, deleteRows } from '../../emulator/rowOperations';
import { restoreWorkbook } from '../../emulator/snapshot';
import { modelOf } from '../../emulator/workbook';
import { emulateServices } from '../../emulator/index';
import { returned, servicesFor, thrown } from './helpers';

const DATA = [
  ['Month', 'Leads', 'Deals'],
  ['Jan', 10, 2],
  ['Feb', 14, 3],
  ['Mar', 9, 4],
];

function chartSheet() {
  const setup = servicesFor({ Data: { values: DATA }, Other: { values: [] } });
  const sheet = setup.spreadsheet.getSheetByName('Data');
  if (sheet === null) throw new Error('no Data tab');
  const Charts = setup.services.Charts;
  return { ...setup, sheet, Charts };
}

describe('embedded charts: create, insert, update, remove (contract §14)', () => {
  it('build() draws nothing; insertChart places it; the three return void; getCharts lists EmbeddedChart[]', () => {
    const { sheet } = chartSheet();
    const chart = sheet.newChart().asLineChart().addRange(sheet.getRange('A1:C4')).setPosition(6, 1, 0, 0).build();
    expect(sheet.getCharts()).toHaveLength(0);
    expect(returned(() => sheet.insertChart(chart))).toBeUndefined();
    expect(sheet.getCharts()).toHaveLength(1);
    const [placed] = sheet.getCharts();
    const updated = placed!.modify().setOption('title', 'Leads').build();
    expect(returned(() => sheet.updateChart(updated))).toBeUndefined();
    expect(returned(() => sheet.removeChart(sheet.getCharts()[0]!))).toBeUndefined();
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('toString: the builder prints its Java bean, a built chart "EmbeddedChart"', () => {
    const { sheet } = chartSheet();
    const builder = sheet.newChart();
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the emulated object defines toString
    expect(builder.toString()).toMatch(
      /^com\.google\.apps\.maestro\.server\.beans\.trix\.impl\.ChartPropertyApiEmbeddedChartBuilder@[0-9a-f]+$/,
    );
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the emulated object defines toString
    expect(builder.build().toString()).toBe('EmbeddedChart');
  });

  it('a chart changes only through modify()…build() and updateChart', () => {
    const { sheet } = chartSheet();
    sheet.insertChart(sheet.newChart().asColumnChart().setOption('title', 'Before').build());
    const [chart] = sheet.getCharts();
    const builder = chart!.modify().setOption('title', 'After');
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Before');
    sheet.updateChart(builder.build());
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('After');
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('updating or removing a chart that is not on the tab is not emulated (Google does not say)', () => {
    const { sheet } = chartSheet();
    const loose = sheet.newChart().asLineChart().build();
    expect(thrown(() => sheet.updateChart(loose)).message).toMatch(/^not emulated: Sheet\.updateChart/);
    expect(thrown(() => sheet.removeChart(loose)).message).toMatch(/^not emulated: Sheet\.removeChart/);
  });

  it('every call is counted as a service call', () => {
    const { sheet, counter } = chartSheet();
    counter.reset();
    sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A1:C4')).build());
    sheet.getCharts()[0]!.getOptions().get('title');
    expect(Object.fromEntries(counter.calls)).toEqual({
      'Sheet.newChart': 1,
      'EmbeddedChartBuilder.asLineChart': 1,
      'Sheet.getRange': 1,
      'EmbeddedChartBuilder.addRange': 1,
      'EmbeddedChartBuilder.build': 1,
      'Sheet.insertChart': 1,
      'Sheet.getCharts': 1,
      'EmbeddedChart.getOptions': 1,
      'ChartOptions.get': 1,
    });
  });

  it('anything else on a chart is `not emulated`, getId() included (the current reference has none)', () => {
    const { sheet, Charts } = chartSheet();
    const chart = sheet.newChart().asLineChart().build() as unknown as Record<string, () => unknown>;
    expect(thrown(() => chart.getId!()).message).toBe('not emulated: EmbeddedChart.getId');
    expect(thrown(() => chart.getBlob!()).message).toBe('not emulated: EmbeddedChart.getBlob');
    expect(thrown(() => (Charts as unknown as Record<string, () => unknown>).newLineChart!()).message).toBe(
      'not emulated: Charts.newLineChart',
    );
  });
});

describe('charts and auth modes (contract §6)', () => {
  it('a custom function may build a chart but not insert, update or remove one', () => {
    const { workbook } = chartSheet();
    const full = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    full.insertChart(full.newChart().asLineChart().build());
    const services = emulateServices({ workbook, authMode: 'CUSTOM_FUNCTION' });
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    const chart = sheet.newChart().asLineChart().build();
    expect(thrown(() => sheet.insertChart(chart)).message).toBe('You do not have permission to call insertChart');
    const placed = sheet.getCharts()[0]!;
    expect(thrown(() => sheet.updateChart(placed.modify().build())).message).toBe(
      'You do not have permission to call updateChart',
    );
    expect(thrown(() => sheet.removeChart(placed)).message).toBe('You do not have permission to call removeChart');
    expect(thrown(() => sheet.hideColumns(2)).message).toBe('You do not have permission to call hideColumns');
  });
});

describe('chart type and typed builders (contract §14)', () => {
  it('as…Chart() sets the type; getChartType() reads it back as the enum, whose string is its name', () => {
    const { sheet, Charts } = chartSheet();
    const builder = sheet.newChart().asColumnChart();
    expect(builder.getChartType()).toBe(Charts.ChartType.COLUMN);
    expect(String(builder.getChartType())).toBe('COLUMN');
    expect(sheet.newChart().setChartType(Charts.ChartType.AREA).getChartType()).toBe(Charts.ChartType.AREA);
    for (const [make, type] of [
      [() => sheet.newChart().asAreaChart(), 'AREA'],
      [() => sheet.newChart().asBarChart(), 'BAR'],
      [() => sheet.newChart().asComboChart(), 'COMBO'],
      [() => sheet.newChart().asLineChart(), 'LINE'],
      [() => sheet.newChart().asPieChart(), 'PIE'],
      [() => sheet.newChart().asScatterChart(), 'SCATTER'],
    ] as const) {
      expect(String(make().getChartType())).toBe(type);
    }
  });

  it('Charts enums have the members the reference lists', () => {
    const { Charts } = chartSheet();
    expect(Object.keys(Charts.ChartType)).toHaveLength(20);
    expect(Object.keys(Charts.Position)).toEqual(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
    expect(Object.keys(Charts.CurveStyle)).toEqual(['NORMAL', 'SMOOTH']);
    expect(Object.keys(Charts.PointStyle)).toEqual(['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE']);
    expect(Object.keys(Charts.ChartMergeStrategy)).toEqual(['MERGE_COLUMNS', 'MERGE_ROWS']);
    expect(Object.keys(Charts.ChartHiddenDimensionStrategy)).toEqual([
      'IGNORE_BOTH',
      'IGNORE_ROWS',
      'IGNORE_COLUMNS',
      'SHOW_BOTH',
    ]);
  });

  it('typed builders return the same object, so asLineChart().addRange(r).setPosition(…).setTitle(…) chains', () => {
    const { sheet, Charts } = chartSheet();
    const builder = sheet.newChart().asLineChart();
    // The typings say addRange and setPosition return the generic builder; scripts chain on regardless.
    const generic = builder.addRange(sheet.getRange('A1:C4')).setPosition(2, 3, 10, 20);
    const chained = (generic as unknown as typeof builder)
      .setTitle('Leads')
      .setLegendPosition(Charts.Position.BOTTOM)
      .setColors(['#ff0000', 'blue'])
      .setXAxisTitle('Month')
      .setYAxisTitle('Count')
      .setRange(0, 20)
      .setCurveStyle(Charts.CurveStyle.SMOOTH)
      .setPointStyle(Charts.PointStyle.MEDIUM)
      .setBackgroundColor('#fafafa');
    expect(chained).toBe(builder);
    const options = chained.build().getOptions();
    expect(options.get('title')).toBe('Leads');
    expect(options.get('legend.position')).toBe('bottom');
    expect(options.get('colors')).toEqual(['#ff0000', 'blue']);
    expect(options.get('hAxis.title')).toBe('Month');
    expect(options.get('vAxis.title')).toBe('Count');
    expect(options.get('vAxis.viewWindow')).toBeNull();
    expect([options.get('vAxis.viewWindow.min'), options.get('vAxis.viewWindow.max')]).toEqual([0, 20]);
    expect(options.get('curveType')).toBe('function');
    expect(options.get('backgroundColor')).toBe('#fafafa');
    expect(sheet.newChart().asColumnChart().setStacked().build().getOptions().get('isStacked')).toBe(true);
  });

  it('setXAxisRange and setYAxisRange exist only on the scatter builder: a TypeError elsewhere', () => {
    const { sheet } = chartSheet();
    const line = sheet.newChart().asLineChart();
    const notScatter = line as unknown as { setXAxisRange(a: number, b: number): unknown };
    const error = thrown(() => notScatter.setXAxisRange(0, 1));
    expect(error).toBeInstanceOf(TypeError);
    const scatter = sheet.newChart().asScatterChart().setXAxisRange(0, 5).setYAxisRange(1, 9).build().getOptions();
    expect([scatter.get('hAxis.viewWindow.min'), scatter.get('hAxis.viewWindow.max')]).toEqual([0, 5]);
    expect([scatter.get('vAxis.viewWindow.min'), scatter.get('vAxis.viewWindow.max')]).toEqual([1, 9]);
  });
});

describe('data ranges (contract §14)', () => {
  it('addRange skips a range already there; removeRange removes only an equal range, silently otherwise', () => {
    const { sheet } = chartSheet();
    const builder = sheet.newChart().addRange(sheet.getRange('A1:B4')).addRange(sheet.getRange('A1:B4'));
    expect(builder.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B4']);
    builder.addRange(sheet.getRange('C1:C4')).removeRange(sheet.getRange('A1:A4'));
    expect(builder.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B4', 'C1:C4']);
    builder.removeRange(sheet.getRange('A1:B4'));
    expect(builder.getRanges().map((range) => range.getA1Notation())).toEqual(['C1:C4']);
    builder.clearRanges();
    expect(builder.getRanges()).toEqual([]);
  });

  it('getRanges() returns a copy', () => {
    const { sheet } = chartSheet();
    const builder = sheet.newChart().addRange(sheet.getRange('A1:B4'));
    const ranges = builder.getRanges();
    ranges.pop();
    expect(builder.getRanges()).toHaveLength(1);
  });

  it('defaults: MERGE_COLUMNS, IGNORE_ROWS, not transposed, numHeaders -1 (auto); setters are read back', () => {
    const { sheet, Charts } = chartSheet();
    const plain = sheet.newChart().asLineChart().build();
    expect(plain.getMergeStrategy()).toBe(Charts.ChartMergeStrategy.MERGE_COLUMNS);
    expect(plain.getHiddenDimensionStrategy()).toBe(Charts.ChartHiddenDimensionStrategy.IGNORE_ROWS);
    expect(plain.getTransposeRowsAndColumns()).toBe(false);
    expect(plain.getNumHeaders()).toBe(-1);
    const set = sheet
      .newChart()
      .asLineChart()
      .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_ROWS)
      .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .build();
    expect(String(set.getMergeStrategy())).toBe('MERGE_ROWS');
    expect(String(set.getHiddenDimensionStrategy())).toBe('SHOW_BOTH');
    expect(set.getTransposeRowsAndColumns()).toBe(true);
    expect(set.getNumHeaders()).toBe(1);
  });

  it('setHiddenDimensionStrategy on a pie chart: "Unexpected error"', () => {
    const { sheet, Charts } = chartSheet();
    const error = thrown(() =>
      sheet.newChart().asPieChart().setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH),
    );
    expect([error.name, error.message]).toEqual(['Exception', 'Unexpected error']);
  });
});

describe('position, options, id (contract §14)', () => {
  it('setPosition(2, 3, 10, 20) reads back 2, 3, 10, 20 from the builder and the chart', () => {
    const { sheet } = chartSheet();
    const builder = sheet.newChart().asLineChart().setPosition(2, 3, 10, 20);
    const fromBuilder = builder.getContainer();
    expect([
      fromBuilder.getAnchorRow(),
      fromBuilder.getAnchorColumn(),
      fromBuilder.getOffsetX(),
      fromBuilder.getOffsetY(),
    ]).toEqual([2, 3, 10, 20]);
    sheet.insertChart(builder.build());
    const info = sheet.getCharts()[0]!.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([2, 3, 10, 20]);
  });

  it('setOption stores any key unchecked; get() finds it whole or by a dotted path; getOrDefault falls back to null', () => {
    const { sheet } = chartSheet();
    const vAxis = { viewWindow: { min: 0, max: 1 }, title: 'Score' };
    const chart = sheet
      .newChart()
      .asColumnChart()
      .setOption('vAxis', vAxis)
      .setOption('animation.duration', 500)
      .setOption('noSuchOption', [1, 2])
      .build();
    vAxis.title = 'changed later';
    const options = chart.getOptions();
    expect(options.get('vAxis')).toEqual({ viewWindow: { min: 0, max: 1 }, title: 'Score' });
    expect(options.get('vAxis.viewWindow.max')).toBe(1);
    expect(options.get('animation.duration')).toBe(500);
    expect(options.get('noSuchOption')).toEqual([1, 2]);
    expect(options.get('hAxis')).toBeNull();
    expect((options as unknown as { getOrDefault(key: string): unknown }).getOrDefault('title')).toBeNull();
  });

  it('getChartId(): null until inserted; after, stable and unique in the spreadsheet', () => {
    const { sheet, spreadsheet } = chartSheet();
    const built = sheet.newChart().asLineChart().build();
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(built);
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(sheet.newChart().asColumnChart().build());
    spreadsheet
      .getSheetByName('Other')!
      .insertChart(spreadsheet.getSheetByName('Other')!.newChart().asBarChart().build());
    const ids = [...sheet.getCharts(), ...spreadsheet.getSheetByName('Other')!.getCharts()].map((chart) =>
      chart.getChartId(),
    );
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => Number.isInteger(id))).toBe(true);
    expect(sheet.getCharts().map((chart) => chart.getChartId())).toEqual(ids.slice(0, 2));
    const first = sheet.getCharts()[0]!;
    sheet.updateChart(first.modify().setOption('title', 'x').build());
    expect(sheet.getCharts().map((chart) => chart.getChartId())).toEqual(ids.slice(0, 2));
  });
});

describe('source cells change or go (contract §14)', () => {
  function withChart() {
    const setup = chartSheet();
    setup.sheet.insertChart(setup.sheet.newChart().asLineChart().addRange(setup.sheet.getRange('A1:C4')).build());
    const a1 = () =>
      setup.sheet
        .getCharts()[0]!
        .getRanges()
        .map((range) => range.getA1Notation());
    return { ...setup, a1 };
  }

  it('Sheet.clear() clears the cells and leaves charts and their ranges in place', () => {
    const { sheet, a1 } = withChart();
    sheet.clear();
    expect(sheet.getCharts()).toHaveLength(1);
    expect(a1()).toEqual(['A1:C4']);
  });

  it('rows inserted inside a source range stretch it; rows appended below are not picked up', () => {
    const { sheet, a1 } = withChart();
    sheet.insertRowsAfter(2, 2);
    expect(a1()).toEqual(['A1:C6']);
    sheet.insertRowsAfter(6, 1);
    expect(a1()).toEqual(['A1:C6']);
    sheet.insertRowBefore(1);
    expect(a1()).toEqual(['A2:C7']);
  });

  it('rows deleted inside a source range shrink it; columns too', () => {
    const { sheet, a1 } = withChart();
    sheet.deleteRows(2, 2);
    expect(a1()).toEqual(['A1:C2']);
    sheet.deleteColumn(2);
    expect(a1()).toEqual(['A1:B2']);
  });

  it('a person inserting and deleting rows moves the ranges the same way', () => {
    const { workbook, a1 } = withChart();
    const model = modelOf(workbook);
    insertRows(model, model.find('Data')!, 3, 1);
    expect(a1()).toEqual(['A1:C5']);
    deleteRows(model, model.find('Data')!, 1, 2);
    expect(a1()).toEqual(['A1:C3']);
  });

  it('a chart whose source cells are gone keeps no ranges, and stays on its tab', () => {
    const { sheet, a1 } = withChart();
    sheet.deleteColumns(1, 3);
    expect(a1()).toEqual([]);
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('a chart reading another tab loses that range when the tab is deleted; deleting its own tab removes it', () => {
    const { spreadsheet, sheet } = chartSheet();
    const other = spreadsheet.getSheetByName('Other')!;
    other.insertChart(other.newChart().asLineChart().addRange(sheet.getRange('A1:B4')).build());
    expect(other.getCharts()[0]!.getRanges()).toHaveLength(1);
    spreadsheet.deleteSheet(sheet);
    expect(other.getCharts()[0]!.getRanges()).toEqual([]);
    const again = spreadsheet.insertSheet('Again');
    again.insertChart(again.newChart().asLineChart().build());
    spreadsheet.deleteSheet(again);
    expect(spreadsheet.getSheetByName('Again')).toBeNull();
  });

  it('the anchor moves with the rows above it', () => {
    const { sheet } = chartSheet();
    sheet.insertChart(sheet.newChart().asLineChart().setPosition(6, 2, 0, 0).build());
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getCharts()[0]!.getContainerInfo().getAnchorRow()).toBe(8);
  });
});

describe('hidden rows and columns', () => {
  it('hideColumns/hideRows are read back by isColumnHiddenByUser/isRowHiddenByUser and follow inserted rows', () => {
    const { sheet } = chartSheet();
    sheet.hideColumns(5, 2);
    sheet.hideRows(10);
    expect([4, 5, 6, 7].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    expect(sheet.isRowHiddenByUser(10)).toBe(true);
    sheet.insertRowsBefore(1, 1);
    expect([sheet.isRowHiddenByUser(10), sheet.isRowHiddenByUser(11)]).toEqual([false, true]);
    sheet.showColumns(5);
    expect(sheet.isColumnHiddenByUser(5)).toBe(false);
    sheet.unhideColumn(sheet.getRange('F1'));
    expect(sheet.isColumnHiddenByUser(6)).toBe(false);
    expect(thrown(() => sheet.hideColumns(27)).message).toBe('Those columns are out of bounds.');
  });
});

describe('charts in a snapshot', () => {
  it('restoreWorkbook(toJSON()) keeps charts, their ranges, options, position and ids, and hidden lines', () => {
    const { workbook, sheet, Charts } = chartSheet();
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange('A1:B4'))
        .setOption('series', { 0: { color: '#123456' } })
        .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
        .setNumHeaders(1)
        .setPosition(6, 2, 5, 7)
        .build(),
    );
    sheet.hideColumns(3);
    const id = sheet.getCharts()[0]!.getChartId();
    const copy = restoreWorkbook(workbook.toJSON());
    const restored = emulateServices({ workbook: copy }).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    const [chart] = restored.getCharts();
    expect(chart!.getChartId()).toBe(id);
    expect(String(chart!.modify().getChartType())).toBe('COLUMN');
    expect(chart!.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B4']);
    expect(chart!.getOptions().get('series.0.color')).toBe('#123456');
    expect(String(chart!.getHiddenDimensionStrategy())).toBe('SHOW_BOTH');
    expect(chart!.getNumHeaders()).toBe(1);
    expect(chart!.getContainerInfo().getOffsetY()).toBe(7);
    expect(restored.isColumnHiddenByUser(3)).toBe(true);
    restored.insertChart(restored.newChart().asLineChart().build());
    expect(restored.getCharts()[1]!.getChartId()).not.toBe(id);
  });

  it('a workbook without charts or hidden lines has the same snapshot as before', () => {
    const { workbook } = chartSheet();
    expect(Object.keys(workbook.toJSON().sheets[0]!)).toEqual([
      'name',
      'sheetId',
      'maxRows',
      'maxColumns',
      'frozenRows',
      'hidden',
      'protection',
      'cells',
    ]);
  });
});
