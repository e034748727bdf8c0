// The bad-input corpus (cases in badInputs.ts) on the built bundle: for every case, no uncaught error, no user
// value changed outside the cells the action owns, and a message or INVALID status that names the cause.
import { describe, expect, it } from 'vitest';
import {
  loadAddon,
  restoreWorkbook,
  type CellValue,
  type SheetFixture,
  type WorkbookSnapshot,
} from '../../emulator/index';
import { closingBook } from '../fixtures/closingBook';
import { FLAT_OKR_ROWS, GROUPED_OKR_ROWS, KPI_ROWS, TODAY } from '../fixtures/examples';
import {
  CUSTOM_FUNCTION_CASES,
  EDIT_CASES,
  PAYLOAD_CASES,
  REFRESH_CASES,
  type Book,
  type CustomFunctionCase,
  type EditCase,
  type PayloadCase,
  type RefreshCase,
} from './badInputs';
import {
  callHandler,
  changedCells,
  expectFiniteEverywhere,
  expectReadable,
  expectRefusalError,
  expectOnlyScoringChanged,
  headerOf,
  ownedByScoring,
  splitA1,
  COMPUTED,
  type Change,
} from './badInputChecks';
import { bundleCode, column, open } from './harness';

/**
 * A case marked with a defect is expected to fail until the add-on is fixed. `CORPUS_DEFECTS=show npx vitest run
 * test/integration/badInputCorpus.test.ts` runs them as ordinary cases, to read each one's failure.
 */
const defectCase = process.env.CORPUS_DEFECTS === 'show' ? it : it.fails;

// ---------------------------------------------------------------------------------------------------------
// What every case checks (the shared checks are in badInputChecks.ts).
// ---------------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------------
// Workbooks.
// ---------------------------------------------------------------------------------------------------------

const WEIGHTED_OKR_ROWS: CellValue[][] = GROUPED_OKR_ROWS.map((row, index) => [...row, index === 0 ? 'Weight' : '']);

function refreshFixture(c: RefreshCase): Record<string, SheetFixture> {
  const tabs = { OKRs: WEIGHTED_OKR_ROWS.map((row) => [...row]), KPIs: KPI_ROWS.map((row) => [...row]) };
  const formulas: Record<string, { formula: string; value: CellValue }> = {};
  for (const [a1, content] of Object.entries(c.cells)) {
    const { column: letter, row } = splitA1(a1);
    const values = tabs[c.tab];
    const index = letter.charCodeAt(0) - 65;
    while (values.length < row) values.push(values[0]!.map(() => ''));
    if (typeof content === 'object' && !(content instanceof Date)) {
      values[row - 1]![index] = content.value;
      formulas[a1] = content;
    } else {
      values[row - 1]![index] = content;
    }
  }
  const extras = { formulas, ...(c.numberFormats === undefined ? {} : { numberFormats: c.numberFormats }) };
  return {
    KPIs: { values: tabs.KPIs, ...(c.tab === 'KPIs' ? extras : {}) },
    OKRs: { values: tabs.OKRs, ...(c.tab === 'OKRs' ? extras : {}) },
    ...(c.checkIns === undefined ? {} : { 'Check-ins': { values: c.checkIns } }),
  };
}

/** The refreshed examples, opened once and restored per case: an edit writes, so each case gets its own copy. */
let refreshedBook: { snapshot: WorkbookSnapshot; properties: Record<string, string> } | undefined;
function refreshedCopy() {
  if (refreshedBook === undefined) {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: WEIGHTED_OKR_ROWS } });
    addon.run('refreshScores');
    refreshedBook = { snapshot: workbook.toJSON(), properties: { ...addon.properties.document } };
  }
  const copy = (code: string) => {
    const workbook = restoreWorkbook(refreshedBook!.snapshot);
    const addon = loadAddon({ code, workbook, now: TODAY, user: 'lead@example.com' });
    Object.assign(addon.properties.document, refreshedBook!.properties);
    return { workbook, addon };
  };
  return copy;
}

function payloadBook(book: Book) {
  if (book === 'closing') return open(closingBook());
  const opened = open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: book === 'flat' ? FLAT_OKR_ROWS : GROUPED_OKR_ROWS },
  });
  opened.addon.run('refreshScores');
  return opened;
}

/** The row of a tab whose ID cell reads `id` (1-based), or 0. */
function rowOfId(workbook: ReturnType<typeof open>['workbook'], tab: string, id: string): number {
  const values = workbook.read(tab).values();
  const index = values[0]!.indexOf('ID');
  const found = values.findIndex((row, r) => r > 0 && String(row[index]).toLowerCase() === id.toLowerCase());
  return found < 0 ? 0 : found + 1;
}

// ---------------------------------------------------------------------------------------------------------
// Refresh.
// ---------------------------------------------------------------------------------------------------------

function refreshCase(c: RefreshCase): void {
  const { workbook, addon } = open(refreshFixture(c));
  const before = workbook.toJSON();
  addon.run('refreshScores'); // an uncaught error fails the case here
  const after = workbook.toJSON();
  if (c.alert !== undefined) {
    expect(expectReadable(addon.ui.alerts.at(-1)?.message)).toMatch(c.alert);
    expect(after, 'a tab that cannot be read: nothing written').toEqual(before);
    return;
  }
  expect(addon.ui.alerts, 'no alert: the bad row is reported in its own Status').toEqual([]);
  expect(addon.ui.toasts.at(-1)?.message).toMatch(/KRs? scored/);
  expectOnlyScoringChanged(before, after);
  const status = column(workbook, c.tab, 'Status')[c.row - 2];
  expect(String(status).length, 'a Status a person can read').toBeLessThanOrEqual(300);
  expect(status).toMatch(c.status!);
}

describe('Refresh on bad cells', () => {
  it.each(REFRESH_CASES.filter((c) => c.defect === undefined))('$what', refreshCase);
  defectCase.each(REFRESH_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', refreshCase);
});

// ---------------------------------------------------------------------------------------------------------
// onEdit.
// ---------------------------------------------------------------------------------------------------------

function editCase(c: EditCase): void {
  const copy = refreshedCopy();
  // The same typing with no script: what the person's keystrokes alone make of the workbook.
  const typedOnly = copy('');
  const { workbook, addon } = copy(bundleCode());
  const single = c.typed.length === 1 && c.typed[0]!.length === 1;
  if (single) {
    typedOnly.addon.edit(c.tab, c.range, c.typed[0]![0]!);
    addon.edit(c.tab, c.range, c.typed[0]![0]!); // an uncaught error in onEdit fails the case here
  } else {
    typedOnly.addon.editRange(c.tab, c.range, c.typed);
    addon.editRange(c.tab, c.range, c.typed);
  }
  expectOnlyScoringChanged(typedOnly.workbook.toJSON(), workbook.toJSON());
  const status = column(workbook, c.tab, 'Status')[c.row - 2];
  expect(String(status).length, 'a Status a person can read').toBeLessThanOrEqual(300);
  expect(status).toMatch(c.status);
}

describe('onEdit on typed and pasted bad values', () => {
  it.each(EDIT_CASES.filter((c) => c.defect === undefined))('$what', editCase);
  defectCase.each(EDIT_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', editCase);
});

// ---------------------------------------------------------------------------------------------------------
// Custom functions: read-only, so one add-on serves every case.
// ---------------------------------------------------------------------------------------------------------

function expectNoNonFinite(value: unknown): void {
  const flat = Array.isArray(value) ? (value as unknown[]).flat(2) : [value];
  expect(
    flat.filter((cell) => typeof cell === 'number' && !Number.isFinite(cell)),
    'never NaN or Infinity',
  ).toEqual([]);
}

let functionBook: ReturnType<typeof open> | undefined;
function customFunctionCase(c: CustomFunctionCase): void {
  functionBook ??= open({});
  const { addon, workbook } = functionBook;
  const before = workbook.toJSON();
  let value: unknown;
  let thrown: { name: string; message: string } | undefined;
  try {
    value = addon.customFunction(c.fn, ...c.args);
  } catch (error) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    thrown = { name: String(name), message: String(message) };
  }
  expect(addon.counter.total, 'a custom function calls no service').toBe(0);
  expect(workbook.toJSON()).toEqual(before);
  if (c.throws !== undefined) {
    expect(thrown, 'Sheets shows the thrown message in the cell').toBeDefined();
    expect(expectRefusalError(thrown!)).toMatch(c.throws);
    return;
  }
  expect(thrown, thrown === undefined ? '' : `${thrown.name}: ${thrown.message}`).toBeUndefined();
  expectNoNonFinite(value);
  if (c.result instanceof RegExp) {
    expect(typeof value).toBe('string');
    expect(String(value).length).toBeLessThanOrEqual(300);
    expect(value).toMatch(c.result);
  } else {
    expect(value).toEqual(c.result);
  }
}

describe('custom functions with bad arguments', () => {
  it.each(CUSTOM_FUNCTION_CASES.filter((c) => c.defect === undefined))('$what', customFunctionCase);
  defectCase.each(CUSTOM_FUNCTION_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', customFunctionCase);
});

// ---------------------------------------------------------------------------------------------------------
// Sidebar and dialog handlers.
// ---------------------------------------------------------------------------------------------------------

/** A check-in owns its log tab, the item's Current and Confidence/Updated, and the computed columns. */
function ownedByCheckIn(
  change: Change,
  after: WorkbookSnapshot,
  id: string,
  workbook: ReturnType<typeof open>['workbook'],
): boolean {
  if (change.sheet === 'Check-ins') return true;
  if (ownedByScoring(change, after) && change.row > 1) return true;
  const title = headerOf(after, change.sheet)[change.column] ?? '';
  return ['Current', 'Confidence', 'Updated'].includes(title) && change.row === rowOfId(workbook, change.sheet, id);
}

/** A draft owns its new row: every other row, without it, is as it was (computed columns aside). */
function expectOnlyRowAdded(
  before: WorkbookSnapshot,
  workbook: ReturnType<typeof open>['workbook'],
  tab: string,
  id: string,
): void {
  const newRow = rowOfId(workbook, tab, id);
  expect(newRow, `${id} is on ${tab}`).toBeGreaterThan(1);
  const userColumns = (header: CellValue[]) =>
    header
      .map((title, index) => ((COMPUTED[tab] ?? []).includes(String(title)) ? -1 : index))
      .filter((index) => index >= 0);
  const restored = restoreWorkbook(before).read(tab);
  const was = { values: restored.values(), formulas: restored.formulas() };
  const sheet = workbook.read(tab);
  const now = {
    values: sheet.values().filter((_, r) => r !== newRow - 1),
    formulas: sheet.formulas().filter((_, r) => r !== newRow - 1),
  };
  const columns = userColumns(was.values[0]!);
  const pick = (rows: CellValue[][]) => rows.map((row) => columns.map((index) => row[index] ?? ''));
  expect(pick(now.values)).toEqual(pick(was.values));
  expect(pick(now.formulas)).toEqual(pick(was.formulas));
  const others = (snapshot: WorkbookSnapshot) => snapshot.sheets.filter((s) => s.name !== tab);
  expect(others(workbook.toJSON())).toEqual(others(before));
}

function payloadCase(c: PayloadCase): void {
  const { workbook, addon } = payloadBook(c.book);
  const before = workbook.toJSON();
  const outcome = callHandler(addon, c.fn, c.args);
  const after = workbook.toJSON();
  expectFiniteEverywhere(after);

  if ('thrown' in c.outcome) {
    expect('thrown' in outcome ? '' : JSON.stringify(outcome).slice(0, 300), 'the handler refuses by throwing').toBe(
      '',
    );
    const { thrown } = outcome as { thrown: { name: string; message: string } };
    expect(expectRefusalError(thrown)).toMatch(c.outcome.thrown);
    expect(after, 'a refused request writes nothing').toEqual(before);
    return;
  }
  if ('thrown' in outcome) expectRefusalError(outcome.thrown); // an unexpected throw: say why first
  expect('thrown' in outcome ? `${outcome.thrown.name}: ${outcome.thrown.message}` : '', 'the handler answers').toBe(
    '',
  );
  const reply = (outcome as { returned: { ok?: boolean; field?: string; message?: string } }).returned;

  if ('refused' in c.outcome) {
    expect(reply.ok).toBe(false);
    expect(expectReadable(reply.message)).toMatch(c.outcome.refused);
    if (c.outcome.field !== undefined) expect(reply.field).toBe(c.outcome.field);
    expect(after, 'a refused request writes nothing').toEqual(before);
    return;
  }

  expect(reply.ok, reply.message).toBe(true);
  expect(expectReadable(reply.message)).toMatch(c.outcome.saved);
  const stored = c.outcome.stored;
  if (c.fn === 'submitCheckIn') {
    const id = (c.args[0] as { id: string }).id.trim();
    const foreign = changedCells(before, after).filter((change) => !ownedByCheckIn(change, after, id, workbook));
    expect(
      foreign.map(({ sheet, cell, before: was, after: now }) => ({ sheet, cell, was, now })),
      'user cells changed',
    ).toEqual([]);
  } else if (c.fn === 'chooseCheckInOwner') {
    // A filter choice is the user's own preference: no cell of the spreadsheet changes.
    expect(after, 'choosing an owner writes no cell').toEqual(before);
  } else {
    expect(stored, 'an accepted draft names the row it adds').toBeDefined();
    expectOnlyRowAdded(before, workbook, stored!.tab, stored!.id);
  }
  if (stored !== undefined) {
    const row = rowOfId(workbook, stored.tab, stored.id);
    const header = workbook.read(stored.tab).values()[0]!;
    const index = header.indexOf(stored.column);
    const cell = workbook.read(stored.tab).values()[row - 1]?.[index];
    expect(cell, `${stored.tab} ${stored.column} of ${stored.id}, stored exactly`).toEqual(stored.value);
    expect(workbook.read(stored.tab).formulas()[row - 1]?.[index], 'text, never a formula').toBe('');
  }
}

describe('sidebar and dialog handlers with bad payloads', () => {
  it.each(PAYLOAD_CASES.filter((c) => c.defect === undefined))('$what', payloadCase);
  defectCase.each(PAYLOAD_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', payloadCase);
});

describe('the corpus itself', () => {
  it('holds well over 100 cases across every surface, each defect described', () => {
    const all = [...REFRESH_CASES, ...EDIT_CASES, ...CUSTOM_FUNCTION_CASES, ...PAYLOAD_CASES];
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(PAYLOAD_CASES.map((c) => c.fn))).toEqual(
      new Set([
        'submitCheckIn',
        'chooseCheckInOwner',
        'addKpiOrKeyResult',
        'selectHealthFinding',
        'addRecoveryOkr',
        'confirmQuarterClose',
      ]),
    );
    expect(new Set(all.map((c) => c.what)).size, 'case names are unique').toBe(all.length);
    expect(all.filter((c) => c.defect !== undefined && c.defect.length < 40)).toEqual([]);
  });
});
