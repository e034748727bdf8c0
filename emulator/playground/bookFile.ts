// Where the playground's workbook comes from and goes: a .xlsx the user named (read, never written: they
// download their changes), or the demo kept as JSON in a git-ignored local file so edits survive a restart.
import { readFile, rename, writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { demoWorkbook, type DemoKind } from './demoWorkbook';
import { projectSnapshotSchema } from './projectFile';
import type { SavedBook } from './workerMessages';
import { readXlsx, refusal } from './xlsx';

export interface OpenedBook {
  book: SavedBook;
  /** Keeps the workbook after each change; absent for a file the user owns. */
  save?: (book: SavedBook) => Promise<void>;
}

const DATE_TAG = '$date';

/** An embedded chart as Workbook.toJSON() writes it (emulator/chartSnapshot.ts). */
const savedChart = z.object({
  chartId: z.number(),
  chartType: z.nullable(z.string()),
  ranges: z.array(z.object({ sheet: z.string(), a1: z.string() })),
  options: z.record(z.string(), z.unknown()),
  anchorRow: z.number(),
  anchorColumn: z.number(),
  offsetX: z.number(),
  offsetY: z.number(),
  numHeaders: z.number(),
  mergeStrategy: z.string(),
  hiddenDimensionStrategy: z.string(),
  transposeRowsAndColumns: z.boolean(),
});

const savedFile = z.object({
  workbook: z.object({
    name: z.string(),
    timeZone: z.string(),
    activeSheet: z.string(),
    sheets: z.array(
      z.object({
        name: z.string(),
        sheetId: z.number(),
        maxRows: z.number(),
        maxColumns: z.number(),
        frozenRows: z.number(),
        hidden: z.boolean(),
        protection: z.nullable(z.object({ description: z.string(), warningOnly: z.boolean() })),
        cells: z.record(z.string(), z.record(z.string(), z.unknown())),
        hiddenRows: z.optional(z.array(z.number())),
        hiddenColumns: z.optional(z.array(z.number())),
        charts: z.optional(z.array(savedChart)),
      }),
    ),
  }),
  documentProperties: z.record(z.string(), z.string()),
  project: z.optional(projectSnapshotSchema),
});

/** JSON with Dates kept as Dates ({"$date": iso}), since a cell's date and its text must not be confused. */
function encode(book: SavedBook): string {
  return JSON.stringify(
    book,
    function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : value;
    },
    1,
  );
}

function decode(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && DATE_TAG in value && Object.keys(value).length === 1
      ? new Date(String((value as Record<string, unknown>)[DATE_TAG]))
      : value,
  );
}

async function saveJson(path: string, book: SavedBook): Promise<void> {
  // Written aside, then renamed: a crash mid-write never leaves half a workbook.
  await writeFile(`${path}.tmp`, encode(book));
  await rename(`${path}.tmp`, path);
}

async function openDemo(path: string, today: Date, kind: DemoKind): Promise<OpenedBook> {
  const save = (book: SavedBook): Promise<void> => saveJson(path, book);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw refusal(path, String(error));
    const book = { workbook: demoWorkbook(today, kind).toJSON(), documentProperties: {} };
    await save(book);
    return { book, save };
  }
  let parsed: ReturnType<typeof savedFile.parse>;
  try {
    parsed = savedFile.parse(decode(text));
  } catch {
    throw refusal(path, 'it is not a playground workbook (delete it to start again from the demo)');
  }
  const { workbook, documentProperties, project } = parsed;
  return { book: { workbook, documentProperties, ...(project === undefined ? {} : { project }) }, save };
}

/** A .xlsx path opens that workbook; anything else is the demo's JSON file (created on first use). */
export function openBook(path: string, today: Date, demo: DemoKind = 'company'): Promise<OpenedBook> {
  if (/\.xlsx$/i.test(path)) return readXlsx(path).then((book) => ({ book }));
  if (!/\.json$/i.test(path))
    return Promise.reject(refusal(path, 'the playground opens .xlsx workbooks (or its own .json demo file)'));
  return openDemo(path, today, demo);
}
