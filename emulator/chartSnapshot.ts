// Charts in a workbook snapshot (Workbook.toJSON / restoreWorkbook): plain data, ranges by tab name and A1,
// so that the playground's saved demo keeps its charts between runs.
import { parseA1, rangeA1 } from './a1';
import type { ChartSpec } from './chartModel';
import { copyOptionValue, liveSources, placeChart, reserveChartId } from './chartModel';
import type { ChartTypeName, HiddenDimensionStrategyName, MergeStrategyName } from './enums';
import type { SheetModel } from './sheetModel';
import type { WorkbookModel } from './workbookModel';

export interface ChartSnapshot {
  chartId: number;
  chartType: string | null;
  ranges: { sheet: string; a1: string }[];
  options: Record<string, unknown>;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
  transposeRowsAndColumns: boolean;
}

export function chartToJSON(spec: ChartSpec, tabs: readonly SheetModel[]): ChartSnapshot {
  return {
    chartId: spec.id ?? 0,
    chartType: spec.type,
    ranges: liveSources(spec, tabs).map(({ sheet, box }) => ({
      sheet: sheet.name,
      a1: rangeA1(box.row, box.column, box.numRows, box.numColumns),
    })),
    options: Object.fromEntries([...spec.options].map(([key, value]) => [key, copyOptionValue(value)])),
    anchorRow: spec.anchor.row,
    anchorColumn: spec.anchor.column,
    offsetX: spec.anchor.offsetX,
    offsetY: spec.anchor.offsetY,
    numHeaders: spec.numHeaders,
    mergeStrategy: spec.mergeStrategy,
    hiddenDimensionStrategy: spec.hiddenDimensionStrategy,
    transposeRowsAndColumns: spec.transpose,
  };
}

/** Places a saved chart on its tab, once every tab it reads exists; a range on a missing tab is dropped. */
export function restoreChart(model: WorkbookModel, sheet: SheetModel, saved: ChartSnapshot): void {
  const sources: ChartSpec['sources'] = [];
  for (const { sheet: name, a1 } of saved.ranges) {
    const tab = model.find(name);
    const ref = parseA1(a1);
    if (tab === undefined || ref === null) continue;
    const lastRow = ref.lastRow ?? tab.maxRows;
    const lastColumn = ref.lastColumn ?? tab.maxColumns;
    sources.push({
      sheet: tab,
      box: {
        row: ref.row,
        column: ref.column,
        numRows: lastRow - ref.row + 1,
        numColumns: lastColumn - ref.column + 1,
      },
    });
  }
  reserveChartId(model, saved.chartId);
  placeChart(sheet, {
    id: saved.chartId,
    type: saved.chartType as ChartTypeName | null,
    sources,
    options: new Map(Object.entries(saved.options).map(([key, value]) => [key, copyOptionValue(value)])),
    anchor: { row: saved.anchorRow, column: saved.anchorColumn, offsetX: saved.offsetX, offsetY: saved.offsetY },
    numHeaders: saved.numHeaders,
    mergeStrategy: saved.mergeStrategy as MergeStrategyName,
    hiddenDimensionStrategy: saved.hiddenDimensionStrategy as HiddenDimensionStrategyName,
    transpose: saved.transposeRowsAndColumns,
  });
}
