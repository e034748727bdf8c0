// The bad-input corpus for teams, alignment and the dashboard (cases in badInputsTeams.ts) on the built bundle:
// for every case, no uncaught error, no user cell changed outside the cells the action owns, every text the
// add-on wrote fits a cell, and a status or message that names the cause.
import { describe, expect, it } from 'vitest';
import { createWorkbook, type CellValue, type SheetFixture, type WorkbookSnapshot } from '../../emulator/index';
import { readText } from '../../src/core/cells';
import { shortenedToCell } from '../../src/core/writtenText';
import { FLAT_OKR_ROWS, GROUPED_OKR_ROWS, KPI_ROWS, TEAM_OKR_ROWS } from '../fixtures/examples';
import {
  ALIGNMENT_EDIT_CASES,
  ALIGNMENT_REFRESH_CASES,
  DASHBOARD_CASES,
  IMPORT_CASES,
  PRODUCT,
  TEAM_CHECK_IN_CASES,
  TEAM_CHOICE_CASES,
  TEAMS_TAB_CASES,
  type AlignmentCase,
  type DashboardCase,
  type ImportCase,
  type TeamCheckInCase,
  type TeamChoiceCase,
  type TeamsTabCase,
} from './badInputsTeams';
import {
  callHandler,
  changedCells,
  expectOnlyScoringChanged,
  expectReadable,
  ownedByScoring,
  splitA1,
  type Change,
} from './badInputChecks';
import { column, open } from './harness';

/** `CORPUS_DEFECTS=show` runs the cases marked with a defect as ordinary cases, to read each one's failure. */
const defectCase = process.env.CORPUS_DEFECTS === 'show' ? it : it.fails;

const CELL_LIMIT = 50_000;

/** Every value, formula and note the workbook holds fits a cell: a longer one Sheets refuses to write. */
function expectEveryCellFits(snapshot: WorkbookSnapshot): void {
  const over = snapshot.sheets.flatMap((sheet) =>
    Object.entries(sheet.cells).flatMap(([a1, cell]) =>
      [cell.value, cell.formula, cell.note]
        .filter((text) => typeof text === 'string' && text.length > CELL_LIMIT)
        .map(() => `${sheet.name}!${a1}`),
    ),
  );
  expect(over, 'no cell over 50,000 characters').toEqual([]);
}

type Content = CellValue | { formula: string; value: CellValue };

/** Rows with `cells` put in (a formula cell as its formula and the value it shows), and the formulas. */
function withCells(rows: readonly (readonly CellValue[])[], cells: Record<string, Content>): SheetFixture {
  const values = rows.map((row) => [...row]);
  const formulas: Record<string, { formula: string; value: CellValue }> = {};
  for (const [a1, content] of Object.entries(cells)) {
    const { column: letter, row } = splitA1(a1);
    while (values.length < row) values.push(values[0]!.map(() => ''));
    const index = letter.charCodeAt(0) - 65;
    if (typeof content === 'object' && !(content instanceof Date)) {
      values[row - 1]![index] = content.value;
      formulas[a1] = content;
    } else {
      values[row - 1]![index] = content;
    }
  }
  return { values, formulas };
}

// ---------------------------------------------------------------------------------------------------------
// Team and Parent on the OKRs tab: Refresh, and an edit after it.
// ---------------------------------------------------------------------------------------------------------

/** The flat example with Team and Parent columns after its own (P and Q). */
const FLAT_TEAM_ROWS: CellValue[][] = FLAT_OKR_ROWS.map((row, index) => [
  ...row,
  index === 0 ? 'Team' : '',
  index === 0 ? 'Parent' : '',
]);

function alignmentBook(c: AlignmentCase) {
  return open({
    KPIs: { values: KPI_ROWS },
    OKRs: withCells(c.flat === true ? FLAT_TEAM_ROWS : TEAM_OKR_ROWS, c.cells),
  });
}

function expectRows(workbook: ReturnType<typeof open>['workbook'], c: AlignmentCase): void {
  const statuses = column(workbook, 'OKRs', 'Status');
  const scores = column(workbook, 'OKRs', 'Score');
  for (const check of c.checks) {
    const status = String(statuses[check.row - 2]);
    expect(status.length, `row ${check.row}: a Status a person can read`).toBeLessThanOrEqual(300);
    expect(status, `row ${check.row} Status`).toMatch(check.status);
    if (check.score !== undefined) expect(scores[check.row - 2], `row ${check.row} Score`).toBe(check.score);
  }
}

/**
 * The health check reads the same cells: it answers, changes no cell, and every finding is a sentence a person
 * reads (a 50,000-character ID or team quoted short, an invisible character by name). Returns the findings.
 */
function expectReadableFindings(
  addon: ReturnType<typeof open>['addon'],
  workbook: ReturnType<typeof open>['workbook'],
) {
  const before = workbook.toJSON();
  const outcome = callHandler(addon, 'getHealthFindings', []);
  expect('thrown' in outcome ? outcome.thrown.message : '', 'the health check answers').toBe('');
  const reply = (outcome as { returned: { ok: boolean; findings?: { what: string; fix: string }[] } }).returned;
  expect(reply.ok).toBe(true);
  expect(workbook.toJSON(), 'the health check writes no cell').toEqual(before);
  for (const finding of reply.findings ?? []) {
    expectReadable(finding.what);
    expectReadable(finding.fix);
  }
  return (reply.findings ?? []).map((finding) => `${finding.what} ${finding.fix}`);
}

function alignmentRefreshCase(c: AlignmentCase): void {
  const { workbook, addon } = alignmentBook(c);
  const before = workbook.toJSON();
  addon.run('refreshScores'); // an uncaught error fails the case here
  const after = workbook.toJSON();
  expect(addon.ui.alerts, 'no alert: a bad cell is reported in its own Status').toEqual([]);
  expect(addon.ui.toasts.at(-1)?.message).toMatch(/KRs? scored/);
  expectOnlyScoringChanged(before, after);
  expectEveryCellFits(after);
  expectRows(workbook, c);
  const findings = expectReadableFindings(addon, workbook);
  if (c.finding !== undefined) expect(findings.join('\n')).toMatch(c.finding);
}

function alignmentEditCase(c: AlignmentCase): void {
  const { workbook, addon } = alignmentBook(c);
  addon.run('refreshScores');
  const edit = c.edit!;
  const before = workbook.toJSON();
  const single = edit.typed.length === 1 && edit.typed[0]!.length === 1;
  if (single) addon.edit('OKRs', edit.range, edit.typed[0]![0]!);
  else addon.editRange('OKRs', edit.range, edit.typed);
  const after = workbook.toJSON();
  const { row: firstRow, column: firstColumn } = splitA1(edit.range.split(':')[0]!);
  const { row: lastRow, column: lastColumn } = splitA1(edit.range.split(':')[1] ?? edit.range.split(':')[0]!);
  // The cells typed into are the person's; everything else but scoring must be as it was.
  const typedHere = (change: { sheet: string; row: number; column: string }): boolean =>
    change.sheet === 'OKRs' &&
    change.row >= firstRow &&
    change.row <= lastRow &&
    change.column >= firstColumn &&
    change.column <= lastColumn;
  expectOnlyScoringChanged(before, after, typedHere);
  expectEveryCellFits(after);
  expectRows(workbook, c);
}

describe('Refresh on odd Team and Parent cells', () => {
  it.each(ALIGNMENT_REFRESH_CASES.filter((c) => c.defect === undefined))('$what', alignmentRefreshCase);
  defectCase.each(ALIGNMENT_REFRESH_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', alignmentRefreshCase);
});

describe('onEdit of Team and Parent cells', () => {
  it.each(ALIGNMENT_EDIT_CASES.filter((c) => c.defect === undefined))('$what', alignmentEditCase);
  defectCase.each(ALIGNMENT_EDIT_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', alignmentEditCase);
});

// ---------------------------------------------------------------------------------------------------------
// The Teams tab and the Team OKRs tab: Roll up teams, then Refresh.
// ---------------------------------------------------------------------------------------------------------

const TEAM_FILE_ROWS: CellValue[][] = [
  [...TEAM_OKR_ROWS[0]!, 'Score', 'Status'],
  [...TEAM_OKR_ROWS[7]!, 0.4, 'AT RISK'],
  [...TEAM_OKR_ROWS[8]!, 0.56, 'ON TRACK'],
  [...TEAM_OKR_ROWS[9]!, 0.49, 'AT RISK'],
];

function productFile(cells: Record<string, Content> = {}) {
  return createWorkbook({ name: 'Product OKRs', sheets: { OKRs: withCells(TEAM_FILE_ROWS, cells) } });
}

function companyWith(teams: CellValue[][]) {
  return open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: TEAM_OKR_ROWS.slice(0, 4) },
    Teams: { values: [['Team', 'Spreadsheet URL', 'OKRs tab'], ...teams] },
  });
}

/** The add-on's own tab: Roll up teams and Refresh may write all of it. */
const ownsTeamOkrs = (change: Change): boolean => change.sheet === 'Team OKRs';

/**
 * Every band's title and status line: the team reads back as the Teams tab shows it (a name of 50,000 characters,
 * which with the apostrophe that keeps it text no longer fits a cell, ends in `…`), the line is readable.
 */
function expectBands(workbook: ReturnType<typeof open>['workbook'], teams: readonly CellValue[][]): string[] {
  const values = workbook.read('Team OKRs').values();
  const lines: string[] = [];
  teams.forEach((row, band) => {
    const title = values[0]?.[band * 27];
    expect(title, `band ${band + 1}: the team as typed`).toBe(shortenedToCell(readText(row[0] ?? '')));
    const line = String(values[1]?.[band * 27] ?? '');
    expect(line.length, `band ${band + 1}: a status line a person reads`).toBeLessThanOrEqual(600);
    lines.push(expectReadable(line));
  });
  return lines;
}

function teamsTabCase(c: TeamsTabCase): void {
  const product = productFile();
  const rows = c.rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? cell.replace(PRODUCT, product.url()) : cell)),
  );
  const { workbook, addon } = companyWith(rows);
  const before = workbook.toJSON();
  addon.run('rollUpTeams'); // an uncaught error fails the case here
  const after = workbook.toJSON();
  expectEveryCellFits(after);
  for (const message of [...addon.ui.alerts, ...addon.ui.toasts].map((shown) => shown.message)) expectReadable(message);
  if (c.alert !== undefined) {
    expect(addon.ui.alerts.at(-1)?.message).toMatch(c.alert);
    expect(after, 'nothing written').toEqual(before);
    return;
  }
  expect(addon.ui.alerts, 'a bad row is its own status line, not an alert').toEqual([]);
  expect(changedCells(before, after).filter((change) => !ownsTeamOkrs(change))).toEqual([]);
  const [first] = expectBands(workbook, rows);
  expect(first).toMatch(c.status!);
  if (c.allow !== true) return;
  workbook.allowImportFrom(product);
  const rolled = workbook.toJSON();
  addon.run('refreshScores');
  expect(addon.ui.alerts).toEqual([]);
  expectOnlyScoringChanged(rolled, workbook.toJSON(), ownsTeamOkrs);
  expectEveryCellFits(workbook.toJSON());
  expect(expectBands(workbook, rows)[0]).toMatch(/^Connected: 1 objective, 2 key results\.$/);
}

describe('Roll up teams on an odd Teams tab', () => {
  it.each(TEAMS_TAB_CASES.filter((c) => c.defect === undefined))('$what', teamsTabCase);
  defectCase.each(TEAMS_TAB_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', teamsTabCase);
});

function importCase(c: ImportCase): void {
  const product = productFile(c.cells);
  const { workbook, addon } = companyWith([['Product', product.url(), '']]);
  addon.run('rollUpTeams');
  workbook.allowImportFrom(product);
  const before = workbook.toJSON();
  addon.run('refreshScores'); // an uncaught error fails the case here
  const after = workbook.toJSON();
  expect(addon.ui.alerts, 'a team file never stops Refresh').toEqual([]);
  expect(addon.ui.toasts.at(-1)?.message).toMatch(/KRs? scored/);
  expectOnlyScoringChanged(before, after, ownsTeamOkrs);
  expectEveryCellFits(after);
  expect(expectBands(workbook, [['Product']])[0]).toMatch(c.status);
  expectRows(workbook, { what: c.what, cells: {}, checks: [c.rolled] });
  expectReadableFindings(addon, workbook);
  // The dashboard shows the imported objectives too: built from the same values, it must fit and never crash.
  addon.run('buildDashboard');
  expect(addon.ui.alerts).toEqual([]);
  expectEveryCellFits(workbook.toJSON());
}

describe('Refresh reading an odd team file through the Team OKRs tab', () => {
  it.each(IMPORT_CASES.filter((c) => c.defect === undefined))('$what', importCase);
  defectCase.each(IMPORT_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', importCase);
});

// ---------------------------------------------------------------------------------------------------------
// The Dashboard.
// ---------------------------------------------------------------------------------------------------------

const TEAM_GROUPED_ROWS: CellValue[][] = GROUPED_OKR_ROWS.map((row, index) => [
  ...row,
  index === 0 ? 'Team' : index === 1 ? 'Growth' : '',
]);

function dashboardCase(c: DashboardCase): void {
  const { workbook, addon } = open({
    KPIs: withCells(KPI_ROWS, c.kpis ?? {}),
    OKRs: withCells(TEAM_GROUPED_ROWS, c.okrs ?? {}),
  });
  addon.run('refreshScores');
  const before = workbook.toJSON();
  addon.run('buildDashboard'); // an uncaught error fails the case here
  expect(addon.ui.alerts, 'no alert').toEqual([]);
  expect(addon.ui.toasts.at(-1)?.message).toMatch(/^Dashboard built/);
  const after = workbook.toJSON();
  expect(changedCells(before, after).filter((change) => change.sheet !== 'Dashboard')).toEqual([]);
  expectEveryCellFits(after);
  const texts = new Set(workbook.read('Dashboard').values().flat());
  for (const text of c.shown ?? []) expect(texts.has(text), `${text} shown exactly`).toBe(true);
  // A Refresh rebuilds the tab from the same values: the same promises hold.
  addon.run('refreshScores');
  expect(addon.ui.alerts).toEqual([]);
  expectEveryCellFits(workbook.toJSON());
  const numbers = workbook
    .read('Dashboard')
    .values()
    .flat()
    .filter((value) => typeof value === 'number' && !Number.isFinite(value));
  expect(numbers, 'never NaN or Infinity').toEqual([]);
}

describe('Build dashboard on odd values', () => {
  it.each(DASHBOARD_CASES.filter((c) => c.defect === undefined))('$what', dashboardCase);
  defectCase.each(DASHBOARD_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', dashboardCase);
});

// ---------------------------------------------------------------------------------------------------------
// The sidebar's team choice.
// ---------------------------------------------------------------------------------------------------------

function teamChoiceCase(c: TeamChoiceCase): void {
  const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: withCells(TEAM_OKR_ROWS, c.cells ?? {}) });
  callHandler(addon, 'getCheckInState', []); // the first list may bind IDs and add its columns
  const before = workbook.toJSON();
  const outcome = callHandler(addon, 'chooseCheckInTeam', [c.sent]);
  expect(workbook.toJSON(), 'a filter choice writes no cell').toEqual(before);
  expect('thrown' in outcome ? outcome.thrown.message : '', 'the handler answers').toBe('');
  const reply = (outcome as { returned: { ok: boolean; field?: string; message: string; state?: unknown } }).returned;
  expectReadable(reply.message);
  if ('refused' in c.outcome) {
    expect(reply.ok).toBe(false);
    expect(reply.field).toBe('team');
    expect(reply.message).toMatch(c.outcome.refused);
    return;
  }
  expect(reply.ok, reply.message).toBe(true);
  expect(reply.message).toMatch(c.outcome.saved);
  const state = reply.state as { team: string; teams: string[]; objectives: { keyResults: { id: string }[] }[] };
  if (c.outcome.team !== undefined) expect(state.team).toBe(c.outcome.team);
  if (c.outcome.keyResults !== undefined)
    expect(state.objectives.flatMap((objective) => objective.keyResults.map((item) => item.id))).toEqual(
      c.outcome.keyResults,
    );
  // The choice is remembered: the next list shows the same team.
  const next = callHandler(addon, 'getCheckInState', []);
  expect((next as { returned: { team: string } }).returned.team).toBe(state.team);
}

describe('chooseCheckInTeam with odd payloads and odd teams', () => {
  it.each(TEAM_CHOICE_CASES.filter((c) => c.defect === undefined))('$what', teamChoiceCase);
  defectCase.each(TEAM_CHOICE_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', teamChoiceCase);
});

// ---------------------------------------------------------------------------------------------------------
// A check-in under odd teams and Parents: the save, and the chain it moves.
// ---------------------------------------------------------------------------------------------------------

function teamCheckInCase(c: TeamCheckInCase): void {
  const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: withCells(TEAM_OKR_ROWS, c.cells) });
  addon.run('refreshScores');
  callHandler(addon, 'getCheckInState', []); // opening the list first, as the sidebar does
  const before = workbook.toJSON();
  const outcome = callHandler(addon, 'submitCheckIn', [{ id: c.id, value: '8', confidence: '7', note: '' }]);
  expect('thrown' in outcome ? outcome.thrown.message : '', 'the handler answers').toBe('');
  const reply = (outcome as { returned: { ok: boolean; message: string } }).returned;
  expect(reply.ok, reply.message).toBe(true);
  expect(expectReadable(reply.message)).toMatch(c.saved);
  const after = workbook.toJSON();
  const row = TEAM_OKR_ROWS.findIndex((cells) => cells[0] === c.id) + 1;
  // The check-in owns its log, the key result's Current, Confidence and Updated, and the scores it moves.
  const checkInCells = (change: Change): boolean =>
    change.sheet === 'Check-ins' || (change.sheet === 'OKRs' && change.row === row && change.column === 'I');
  const foreign = changedCells(before, after).filter(
    (change) => !checkInCells(change) && !ownedByScoring(change, after),
  );
  expect(
    foreign.map(({ sheet, cell }) => `${sheet}!${cell}`),
    'user cells changed',
  ).toEqual([]);
  expectEveryCellFits(after);
  expect(column(workbook, 'OKRs', 'Current')[row - 2]).toBe(8);
  if (c.rolled !== undefined) expectRows(workbook, { what: c.what, cells: {}, checks: [c.rolled] });
}

describe('a check-in under odd teams and Parents', () => {
  it.each(TEAM_CHECK_IN_CASES.filter((c) => c.defect === undefined))('$what', teamCheckInCase);
  defectCase.each(TEAM_CHECK_IN_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', teamCheckInCase);
});

describe('the teams corpus itself', () => {
  it('reaches every new surface, names each case once, and describes each defect', () => {
    const all = [
      ...ALIGNMENT_REFRESH_CASES,
      ...ALIGNMENT_EDIT_CASES,
      ...TEAMS_TAB_CASES,
      ...IMPORT_CASES,
      ...DASHBOARD_CASES,
      ...TEAM_CHOICE_CASES,
      ...TEAM_CHECK_IN_CASES,
    ];
    expect(all.length).toBeGreaterThan(150);
    for (const surface of [
      ALIGNMENT_REFRESH_CASES,
      ALIGNMENT_EDIT_CASES,
      TEAMS_TAB_CASES,
      IMPORT_CASES,
      DASHBOARD_CASES,
      TEAM_CHOICE_CASES,
      TEAM_CHECK_IN_CASES,
    ])
      expect(surface.length).toBeGreaterThan(5);
    for (const surface of [ALIGNMENT_REFRESH_CASES, ALIGNMENT_EDIT_CASES, TEAMS_TAB_CASES, IMPORT_CASES])
      expect(new Set(surface.map((c) => c.what)).size, 'case names are unique on a surface').toBe(surface.length);
    for (const surface of [DASHBOARD_CASES, TEAM_CHOICE_CASES, TEAM_CHECK_IN_CASES])
      expect(new Set(surface.map((c) => c.what)).size, 'case names are unique on a surface').toBe(surface.length);
    expect(all.filter((c) => c.defect !== undefined && c.defect.length < 40)).toEqual([]);
  });
});
