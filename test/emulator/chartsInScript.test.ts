// Embedded charts from inside a script's own realm, as dist/Code.js calls them (docs/apps-script-behaviour.md
// §14): the Charts global, chains on one builder, a TypeError the script can catch as its own, arrays it owns.
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../emulator/index';

const CODE = String.raw`
function buildChart() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  var chart = sheet.newChart().setChartType(Charts.ChartType.LINE).asLineChart()
    .addRange(sheet.getRange('A1:B3')).setPosition(5, 1, 0, 0).setTitle('Leads').build();
  sheet.insertChart(chart);
  var typeError;
  try { sheet.newChart().asColumnChart().setXAxisRange(0, 1); } catch (e) { typeError = e; }
  var placed = sheet.getCharts();
  return {
    type: String(Charts.ChartType.COLUMN),
    sameEnum: sheet.newChart().asColumnChart().getChartType() === Charts.ChartType.COLUMN,
    chartsIsArray: Array.isArray(placed) && placed instanceof Array,
    rangesIsArray: placed[0].getRanges() instanceof Array,
    title: placed[0].getOptions().get('title'),
    idIsInteger: typeof placed[0].getChartId() === 'number',
    typeErrorIsScripts: typeError instanceof TypeError,
  };
}
`;

describe('charts in a script (contract §14)', () => {
  it('the Charts global, one builder for a chain, a TypeError of the script realm, script arrays', () => {
    const workbook = createWorkbook({
      sheets: {
        Data: {
          values: [
            ['Month', 'Leads'],
            ['Jan', 1],
            ['Feb', 2],
          ],
        },
      },
    });
    const addon = loadAddon({ code: CODE, workbook });
    expect(addon.run('buildChart')).toEqual({
      type: 'COLUMN',
      sameEnum: true,
      chartsIsArray: true,
      rangesIsArray: true,
      title: 'Leads',
      idIsInteger: true,
      typeErrorIsScripts: true,
    });
    expect(workbook.toJSON().sheets[0]?.charts?.map((chart) => [chart.chartType, chart.ranges])).toEqual([
      ['LINE', [{ sheet: 'Data', a1: 'A1:B3' }]],
    ]);
  });
});
