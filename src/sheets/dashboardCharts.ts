// The Dashboard tab's charts, kept in place: each is found by its title among the tab's charts and changed with
// modify()…build() + updateChart, or inserted when missing, so a rebuild never adds a copy. A chart of the
// add-on's that the layout no longer has (a half with nothing to chart) is removed, and so is a second chart
// with the same title, should one exist.

import { CHART_TITLES, FORMER_TITLES, type ChartKind } from '../core/dashboard/charts';
import type { DashboardChart } from '../core/dashboard/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

const CHART_WIDTH = 580;
const CHART_HEIGHT = 400;

/** The chart's title as the add-on knows it today: a title it used before counts as the one that replaced it. */
function titleOf(chart: EmbeddedChart): string {
  const title = String(chart.getOptions().get('title') ?? '');
  return FORMER_TITLES[title] ?? title;
}

function chartType(kind: ChartKind): GoogleAppsScript.Charts.ChartType {
  return kind === 'COMBO' ? Charts.ChartType.COMBO : Charts.ChartType.LINE;
}

/** The chart's whole definition on a builder, new or from modify(): its ranges are replaced, not added to. */
function define(builder: EmbeddedChartBuilder, sheet: Sheet, chart: DashboardChart): EmbeddedChart {
  const { row, column, rows, columns } = chart.range;
  let defined = builder
    .clearRanges()
    .addRange(sheet.getRange(row, column, rows, columns))
    .setChartType(chartType(chart.table.kind))
    .setNumHeaders(1)
    // The tables sit in hidden columns, and Sheets leaves hidden data out of a chart by default.
    .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
    .setPosition(chart.anchor.row, chart.anchor.column, chart.anchor.offsetX, 0)
    .setOption('width', CHART_WIDTH)
    .setOption('height', CHART_HEIGHT);
  for (const [key, value] of Object.entries(chart.table.options)) defined = defined.setOption(key, value);
  return defined.build();
}

export function placeDashboardCharts(sheet: Sheet, charts: readonly DashboardChart[]): void {
  // Each chart's title is read once: every read is a call.
  const titled = sheet.getCharts().map((chart) => ({ chart, title: titleOf(chart) }));
  const ours = titled.filter(({ title }) => (CHART_TITLES as readonly string[]).includes(title));
  const kept = new Set<EmbeddedChart>();
  for (const chart of charts) {
    const existing = ours.find((found) => !kept.has(found.chart) && found.title === chart.table.title)?.chart;
    if (existing === undefined) {
      sheet.insertChart(define(sheet.newChart(), sheet, chart));
    } else {
      kept.add(existing);
      sheet.updateChart(define(existing.modify(), sheet, chart));
    }
  }
  for (const { chart } of ours) if (!kept.has(chart)) sheet.removeChart(chart);
}
