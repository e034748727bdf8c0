// The Dashboard tab as a job left it, in the terms its floor writes: the visible block (columns A–I, every
// row), the hidden block (from the first hidden column to the last column used, down to its last row used),
// the column widths and the charts. Read from the emulated workbook, so the floor follows the layout.
import type { Workbook } from '../emulator/index';
import { chartToJSON } from '../emulator/chartSnapshot';
import { modelOf } from '../emulator/workbook';
import type { DashboardShape } from './gas/dashboardFloor';
import { COLUMN_WIDTHS, DASHBOARD_TITLE, DATA_COLUMN, VISIBLE_WIDTH } from '../src/core/dashboard/layout';

export function dashboardShape(workbook: Workbook): DashboardShape {
  const values = workbook.read(DASHBOARD_TITLE).values();
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  let dataRows = 0;
  values.forEach((row, index) => {
    if (row.slice(DATA_COLUMN - 1).some((value) => value !== '')) dataRows = index + 1;
  });
  // The tab's charts alone: Workbook.toJSON would copy every cell of a 50,000-row workbook to find them.
  const model = modelOf(workbook);
  const charts = (model.find(DASHBOARD_TITLE)?.charts ?? []).map((chart) => chartToJSON(chart, model.sheets));
  return {
    visible: { sheet: DASHBOARD_TITLE, row: 1, column: 1, numRows: values.length, numColumns: VISIBLE_WIDTH },
    data: {
      sheet: DASHBOARD_TITLE,
      row: 1,
      column: DATA_COLUMN,
      numRows: Math.max(1, dataRows),
      numColumns: Math.max(1, width - DATA_COLUMN + 1),
    },
    columnWidths: [...COLUMN_WIDTHS],
    charts: charts.map((chart) => ({
      a1: chart.ranges[0]?.a1 ?? 'A1',
      row: chart.anchorRow,
      column: chart.anchorColumn,
    })),
  };
}
