// Excel files in and out (exceljs): values, dates, number formats, fills, bold, frozen rows, hidden tabs and columns,
// and formulas with their cached results; the emulator recomputes the formulas once the workbook is open.
import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { cellA1, parseA1 } from '../a1';
import type { CellValue } from '../cells';
import type { LastRowOf } from '../formulaText';
import { closeOpenRanges } from '../formulaText';
import { DEFAULT_NUMBER_FORMAT } from '../numberFormat';
import type { CellSnapshot } from '../snapshot';
import type { WorkbookSnapshot } from '../workbook';
import type { SavedBook } from './workerMessages';

const WHITE = '#ffffff';

/** The file is refused, and left exactly as it was. */
export function refusal(path: string, why: string): Error {
  return new Error(`Cannot open ${path}: ${why}. The file was not changed.`);
}

function argbToHex(argb: unknown): string | undefined {
  return typeof argb === 'string' && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : undefined;
}

function plain(value: unknown): CellValue | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (value === null || typeof value !== 'object') return undefined;
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((run: { text?: string }) => run.text ?? '').join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value && typeof value.error === 'string') return value.error;
  return undefined;
}

function readCell(cell: ExcelJS.Cell): CellSnapshot {
  const saved: CellSnapshot = {};
  if (cell.type === ExcelJS.ValueType.Formula) {
    saved.formula = `=${cell.formula}`;
    const result = plain(cell.result);
    if (result !== undefined) saved.value = result;
  } else if (cell.type !== ExcelJS.ValueType.Merge) {
    // A merged range keeps its value in the top-left cell only, as Sheets reads it.
    const value = plain(cell.value);
    if (value !== undefined && value !== '') saved.value = value;
  }
  if (cell.numFmt && cell.numFmt.toLowerCase() !== 'general') saved.numberFormat = cell.numFmt;
  // exceljs types a cell's fill and font as always there; a cell never styled has neither.
  const fill = cell.fill as ExcelJS.Fill | undefined;
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const background = argbToHex(fill.fgColor?.argb);
    if (background !== undefined && background !== WHITE) saved.background = background;
  }
  if (font?.bold) saved.fontWeight = 'bold';
  const color = argbToHex(font?.color?.argb);
  if (color !== undefined && color !== '#000000') saved.fontColor = color;
  return saved;
}

interface ArrayArea {
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** The cells an array formula's answer covers, as the file records them (`<f t="array" ref="A1:A3">`). */
function arrayArea(cell: ExcelJS.Cell): ArrayArea | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const { shareType, ref } = cell.value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
  const area = shareType === 'array' && typeof ref === 'string' ? parseA1(ref) : null;
  if (area === null) return null;
  return {
    row: area.row,
    column: area.column,
    lastRow: area.lastRow ?? area.row,
    lastColumn: area.lastColumn ?? area.column,
  };
}

/**
 * Excel and Sheets save an array formula's answer in the cells it spilled into; read as data, those values
 * would block the formula with #REF! once it is recomputed, so they are marked as part of its answer.
 */
function markSpilled(cells: Record<string, CellSnapshot>, arrays: readonly ArrayArea[]): void {
  for (const area of arrays) {
    for (let row = area.row; row <= area.lastRow; row += 1) {
      for (let column = area.column; column <= area.lastColumn; column += 1) {
        const saved = cells[cellA1(row, column)];
        if ((row === area.row && column === area.column) || saved === undefined || saved.formula !== undefined)
          continue;
        if (saved.value !== undefined) saved.spilled = true;
      }
    }
  }
}

export async function readXlsx(path: string): Promise<SavedBook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw refusal(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error));
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refusal(path, 'it is not an Excel workbook (.xlsx); save it from Excel or Sheets as .xlsx first');
  }
  if (book.worksheets.length === 0) throw refusal(path, 'it holds no worksheets (is it an Excel workbook?)');
  const sheets: WorkbookSnapshot['sheets'] = book.worksheets.map((worksheet) => {
    const cells: Record<string, CellSnapshot> = {};
    const arrays: ArrayArea[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const saved = readCell(cell);
        const area = arrayArea(cell);
        if (area !== null) arrays.push(area);
        if (Object.keys(saved).length > 0) cells[cellA1(Number(cell.row), Number(cell.col))] = saved;
      }),
    );
    markSpilled(cells, arrays);
    // Typed as always there, but a sheet read from a file without views has none.
    const views = worksheet.views as Partial<ExcelJS.WorksheetView>[] | undefined;
    const frozen = (views ?? []).find((view) => view.state === 'frozen');
    return {
      name: worksheet.name,
      sheetId: worksheet.id,
      maxRows: Math.max(1000, worksheet.rowCount),
      maxColumns: Math.max(26, worksheet.columnCount),
      frozenRows: frozen?.state === 'frozen' ? (frozen.ySplit ?? 0) : 0,
      hidden: worksheet.state !== 'visible',
      protection: null,
      cells,
    };
  });
  const name = basename(path).replace(/\.xlsx$/i, '');
  return {
    workbook: { name, timeZone: 'Etc/UTC', activeSheet: sheets.find((sheet) => !sheet.hidden)?.name ?? '', sheets },
    documentProperties: {},
  };
}

function writeCell(cell: ExcelJS.Cell, saved: CellSnapshot, lastRowOf: LastRowOf): void {
  // A spilled cell holds part of another cell's answer, not data: written as a value, it would block that
  // answer with #REF! when the file is opened again and the formula recomputed. Its formats are kept.
  const value = saved.value === undefined || saved.value === '' || saved.spilled === true ? null : saved.value;
  // Excel has no open-ended ranges (B2:B): they are saved to their tab's last row, as Sheets exports them.
  const formula = saved.formula ? closeOpenRanges(saved.formula, lastRowOf).replace(/^=/, '') : '';
  cell.value = formula ? { formula, result: value ?? undefined } : value;
  if (saved.numberFormat && saved.numberFormat !== DEFAULT_NUMBER_FORMAT) cell.numFmt = saved.numberFormat;
  if (saved.background && saved.background !== WHITE) {
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${saved.background.slice(1).toUpperCase()}` },
    };
  }
  if (saved.fontWeight === 'bold' || saved.fontColor) {
    cell.font = {
      ...(saved.fontWeight === 'bold' ? { bold: true } : {}),
      ...(saved.fontColor ? { color: { argb: `FF${saved.fontColor.slice(1).toUpperCase()}` } } : {}),
    };
  }
}

/** The whole document as .xlsx, with the colours the add-on wrote. */
export async function writeXlsx(snapshot: WorkbookSnapshot): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  // Spilled cells are saved empty: Excel recomputes on opening so they fill again.
  book.calcProperties.fullCalcOnLoad = true;
  for (const sheet of snapshot.sheets) {
    const worksheet = book.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
    });
    const widths: number[] = [];
    for (const [a1, saved] of Object.entries(sheet.cells) as [string, CellSnapshot][]) {
      const ref = parseA1(a1);
      if (ref === null) continue;
      writeCell(worksheet.getCell(ref.row, ref.column), saved, (tab) =>
        tab === null ? sheet.maxRows : snapshot.sheets.find((other) => other.name === tab)?.maxRows,
      );
      const length = saved.value instanceof Date ? 10 : String(saved.value ?? '').length;
      widths[ref.column - 1] = Math.max(widths[ref.column - 1] ?? 8, Math.min(50, length + 2));
    }
    widths.forEach((width, index) => {
      worksheet.getColumn(index + 1).width = width;
    });
    // Hidden columns stay hidden (the Dashboard keeps its trends' readings and chart tables in some).
    for (const column of sheet.hiddenColumns ?? []) worksheet.getColumn(column).hidden = true;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
