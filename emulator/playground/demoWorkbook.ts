// The workbook `npm start` opens without a file: a small company's KPIs, OKRs, a quarter of check-ins, its
// KPI History and its Owners, moved from the example rows' today (2026-11-23) to the real one so the quarter
// is always the current one.
import { cellA1 } from '../a1';
import type { CellValue, ValidationRule } from '../cells';
import { isDate } from '../realm';
import { restoreWorkbook, type CellSnapshot } from '../snapshot';
import type { Workbook, WorkbookSnapshot } from '../workbook';
import {
  CHECK_IN_ROWS,
  GROUPED_OKR_ROWS,
  KPI_READING_ROWS,
  KPI_ROWS,
  OWNER_ROWS,
  TEAM_OKR_ROWS,
  TODAY,
} from './exampleRows';
import { teamsTabRows } from './teamFiles';

const DAY = 86_400_000;
const UNIT_FORMATS: Record<string, string> = { '%': '0.0#%', $: '$#,##0' };
const EXAMPLE_QUARTER = '2026-Q4';

interface Tab {
  name: string;
  rows: CellValue[][];
  /** Columns (0-based) formatted by the row's unit, and the unit column itself. */
  unitColumns?: { unit: number; columns: number[] };
  dateFormats?: Record<number, string>;
  /** Columns (0-based) with the rule Set up tabs gives them, on every row below the header. */
  validations?: Record<number, ValidationRule>;
}

/** The Owners tab's Email rule, as Set up tabs lays it: an address is checked, a wrong one only marked. */
const EMAIL_RULE: ValidationRule = {
  criteria: 'TEXT_IS_VALID_EMAIL',
  values: [],
  allowInvalid: true,
  helpText: 'The e-mail address reminders for this person go to.',
};

/** Calendar quarter of a UTC day: its label and last day. */
function quarterOf(day: Date): { label: string; end: Date } {
  const q = Math.floor(day.getUTCMonth() / 3);
  return { label: `${day.getUTCFullYear()}-Q${q + 1}`, end: new Date(Date.UTC(day.getUTCFullYear(), q * 3 + 3, 0)) };
}

function tabSnapshot(tab: Tab, move: (value: CellValue) => CellValue): WorkbookSnapshot['sheets'][number] {
  const cells: Record<string, CellSnapshot> = {};
  tab.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell: CellSnapshot = {};
      if (value !== '') cell.value = r === 0 ? value : move(value);
      if (r === 0) cell.fontWeight = 'bold';
      const unitFormat =
        r > 0 && tab.unitColumns?.columns.includes(c) ? UNIT_FORMATS[String(row[tab.unitColumns.unit])] : undefined;
      const format = r > 0 ? (unitFormat ?? tab.dateFormats?.[c]) : undefined;
      if (format !== undefined) cell.numberFormat = format;
      const validation = r > 0 ? tab.validations?.[c] : undefined;
      if (validation !== undefined) cell.validation = validation;
      if (Object.keys(cell).length > 0) cells[cellA1(r + 1, c + 1)] = cell;
    }),
  );
  return {
    name: tab.name,
    sheetId: 0,
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 1,
    hidden: false,
    protection: null,
    cells,
  };
}

const KPI_HEADER = KPI_ROWS[0] ?? [];
const column = (title: string): number => KPI_HEADER.indexOf(title);

/** The KPIs by ID: each reading's KPI name, bounds and cadence. */
function kpiRow(id: CellValue): CellValue[] | undefined {
  return KPI_ROWS.find((row) => row[column('ID')] === id);
}

/** A weekly KPI's readings are the KPI check-ins the sidebar logged; the others' are KPI History rows. */
function isWeekly(id: CellValue): boolean {
  return kpiRow(id)?.[column('Cadence')] === 'weekly';
}

/**
 * KPI History in the tab's own layout (Date, Quarter, ID, KPI, Value, Min, Max, Status), from the example
 * readings of the monthly and quarterly KPIs: what earlier quarter closes (and the team's own imports) left.
 */
function kpiHistoryRows(move: (value: CellValue) => CellValue): CellValue[][] {
  return [
    ['Date', 'Quarter', 'ID', 'KPI', 'Value', 'Min', 'Max', 'Status'],
    ...KPI_READING_ROWS.slice(1)
      .filter(([, id = '']) => !isWeekly(id))
      .map(([date = '', id = '', value = '']) => {
        const kpi = kpiRow(id) ?? [];
        // The quarter of the day as the demo shows it, moved to the real today.
        const moved = move(date);
        const label = isDate(moved) ? quarterOf(moved).label : '';
        return [
          date,
          label,
          id,
          kpi[column('KPI')] ?? '',
          value,
          kpi[column('Min')] ?? '',
          kpi[column('Max')] ?? '',
          '',
        ];
      }),
  ];
}

/** A weekly KPI's check-in as the sidebar logs it: 9:00 on the day of the reading. */
function kpiCheckIn(kpi: CellValue[], date: Date, value: CellValue): CellValue[] {
  const at = new Date(date.getTime() + 9 * 3_600_000);
  return [
    at,
    EXAMPLE_QUARTER,
    kpi[column('ID')] ?? '',
    kpi[column('KPI')] ?? '',
    'KPI',
    value,
    '',
    '',
    kpi[column('Owner')] ?? '',
  ];
}

/**
 * The check-in log with the weekly KPIs' readings as the KPI check-ins the sidebar wrote, the last of them the
 * one that set Current and Updated, in time order as the add-on appends them. Each reading is in one place:
 * Refresh and the check-in list read the recent end of KPI History as well as the log, so a trend spans both.
 */
function withWeeklyKpiCheckIns(log: CellValue[][]): CellValue[][] {
  const [header = [], ...rows] = log;
  const earlier = KPI_READING_ROWS.slice(1).flatMap(([date = '', id = '', value = '']) => {
    const kpi = kpiRow(id);
    return kpi !== undefined && isWeekly(id) && isDate(date) ? [kpiCheckIn(kpi, date, value)] : [];
  });
  const latest = KPI_ROWS.slice(1).flatMap((kpi) => {
    const updated = kpi[column('Updated')];
    return isWeekly(kpi[column('ID')] ?? '') && isDate(updated)
      ? [kpiCheckIn(kpi, updated, kpi[column('Current')] ?? '')]
      : [];
  });
  const time = (row: CellValue[]): number => (isDate(row[0]) ? row[0].getTime() : 0);
  return [header, ...[...rows, ...earlier, ...latest].sort((a, b) => time(a) - time(b))];
}

/** Which demo: the company alone, or the company whose teams keep their own files (`npm start -- --demo teams`). */
export type DemoKind = 'company' | 'teams';

/**
 * The teams demo's company file: its KPIs, its own objective C1 (the teams example's company rows) and a Teams
 * tab listing the Product and Support files (teamFiles.ts), for Roll up teams and Allow access.
 */
function teamsDemoTabs(tabs: readonly Tab[]): Tab[] {
  const [kpis, , , history] = tabs;
  return [
    ...(kpis === undefined ? [] : [kpis]),
    { name: 'OKRs', rows: TEAM_OKR_ROWS.slice(0, 4), unitColumns: { unit: 9, columns: [6, 7, 8] } },
    ...(history === undefined ? [] : [history]),
    { name: 'Teams', rows: teamsTabRows() },
  ];
}

export function demoWorkbook(today: Date, kind: DemoKind = 'company'): Workbook {
  const shift =
    Math.round(
      (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.UTC(2026, 10, 23)) / DAY,
    ) * DAY;
  const quarter = quarterOf(today);
  const exampleEnd = quarterOf(TODAY).end.getTime();
  const move = (value: CellValue): CellValue => {
    if (value === EXAMPLE_QUARTER) return quarter.label;
    if (!isDate(value)) return value;
    return value.getTime() === exampleEnd ? quarter.end : new Date(value.getTime() + shift);
  };
  const tabs: Tab[] = [
    {
      name: 'KPIs',
      rows: KPI_ROWS,
      unitColumns: { unit: 3, columns: [4, 5, 6, 7, 8] },
      dateFormats: { 10: 'yyyy-mm-dd' },
    },
    {
      name: 'OKRs',
      rows: GROUPED_OKR_ROWS,
      unitColumns: { unit: 8, columns: [5, 6, 7] },
      dateFormats: { 9: 'yyyy-mm-dd' },
    },
    {
      name: 'Check-ins',
      rows: withWeeklyKpiCheckIns(CHECK_IN_ROWS),
      unitColumns: { unit: -1, columns: [] },
      dateFormats: { 0: 'yyyy-mm-dd hh:mm' },
    },
    {
      name: 'KPI History',
      rows: kpiHistoryRows(move),
      unitColumns: { unit: -1, columns: [] },
      dateFormats: { 0: 'yyyy-mm-dd' },
    },
    { name: 'Owners', rows: OWNER_ROWS.map((row) => [...row]), validations: { 1: EMAIL_RULE } },
  ];
  return restoreWorkbook({
    name: kind === 'teams' ? 'Demo company with team files' : 'Demo company KPIs & OKRs',
    timeZone: 'Etc/UTC',
    activeSheet: kind === 'teams' ? 'Teams' : 'OKRs',
    sheets: (kind === 'teams' ? teamsDemoTabs(tabs) : tabs).map((tab) => tabSnapshot(tab, move)),
  });
}
