import type { Cell } from '../cells';
import { dayNumber, fromDayNumber } from '../dates';
import { COLUMNS, type KpiColumn, type OkrColumn } from '../workbook/headers';
import { quarterOf } from '../quarter';
import { KPI_TYPES } from '../kpi/kpiType';
import { TAB_TITLES } from '../workbook/tabNames';

/** Everything Set up writes into a new tab; rows and columns are 0-based within the data below the header. */
export interface TabLayout {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly Cell[][];
  readonly formats: readonly string[][];
  /** Formats for the empty rows below the examples, so a typed date or score displays as one. */
  readonly columnFormats: readonly { column: number; format: string }[];
  readonly lists: readonly { column: number; values: string[]; help: string }[];
  readonly numberRanges: readonly { column: number; min: number; max: number; help: string }[];
  readonly checkboxes: readonly { row: number; column: number }[];
  /** Columns that must hold an e-mail address (Sheets' own "text is valid email" rule). */
  readonly emails?: readonly { column: number; help: string }[];
}

/** Rows below the header that get the column formats and validation. */
export const PREPARED_ROWS = 200;

const PLAIN = '0.###############';
const DATE = 'yyyy-mm-dd';
const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];
const UNIT_FORMATS: Record<string, string> = { '%': '0.0#%', $: '$#,##0' };

function order<C extends string>(columns: Record<C, unknown>): C[] {
  return Object.keys(columns) as C[];
}

function daysBefore(today: Date, days: number): Date {
  return fromDayNumber(dayNumber(today) - days);
}

type Example<C extends string> = Partial<Record<C, Cell>>;

function build<C extends string>(
  kind: 'kpis' | 'okrs',
  examples: readonly Example<C>[],
  numeric: readonly C[],
  fixedFormats: Partial<Record<C, string>>,
): Pick<TabLayout, 'title' | 'header' | 'rows' | 'formats' | 'columnFormats'> & { index: (column: C) => number } {
  const titles = COLUMNS[kind] as Record<C, { title: string }>;
  const keys = order(titles);
  const index = (column: C): number => keys.indexOf(column);
  const rows = examples.map((example) => keys.map((key) => example[key] ?? ''));
  const formats = examples.map((example) =>
    keys.map((key) => {
      const unitFormat = UNIT_FORMATS[String(example['unit' as C] ?? '')];
      return fixedFormats[key] ?? (numeric.includes(key) && unitFormat !== undefined ? unitFormat : PLAIN);
    }),
  );
  const columnFormats = (Object.entries(fixedFormats) as [C, string][]).map(([key, format]) => ({
    column: index(key),
    format,
  }));
  return { title: TAB_TITLES[kind], header: keys.map((key) => titles[key].title), rows, formats, columnFormats, index };
}

export function kpiLayout(today: Date): TabLayout {
  const monthAgo = daysBefore(today, 22);
  const quarterAgo = daysBefore(today, 53);
  const thisWeek = daysBefore(today, 3);
  const examples: Example<KpiColumn>[] = [
    {
      id: 'K1',
      name: 'Monthly recurring revenue',
      owner: 'Finance lead',
      unit: '$',
      min: 250000,
      current: 262000,
      cadence: 'monthly',
      updated: monthAgo,
      warnBelow: 275000,
      type: 'health',
    },
    {
      id: 'K2',
      name: 'Customer churn rate',
      owner: 'Head of CS',
      unit: '%',
      max: 0.03,
      current: 0.041,
      cadence: 'monthly',
      updated: monthAgo,
      warnAbove: 0.025,
      type: 'health',
    },
    {
      id: 'K3',
      name: 'Net Promoter Score',
      owner: 'Head of CS',
      min: 45,
      current: 41,
      cadence: 'quarterly',
      updated: quarterAgo,
      warnBelow: 50,
      type: 'strategic',
    },
    {
      id: 'K4',
      name: 'Website uptime',
      owner: 'SRE lead',
      unit: '%',
      min: 0.999,
      current: 0.9994,
      cadence: 'weekly',
      updated: thisWeek,
      warnBelow: 0.9995,
      type: 'operational',
    },
    {
      id: 'K5',
      name: 'Support first response time',
      owner: 'Support lead',
      unit: 'hours',
      max: 4,
      current: 6,
      cadence: 'weekly',
      updated: thisWeek,
      type: 'operational',
    },
    {
      id: 'K6',
      name: 'Training completion rate',
      owner: 'People lead',
      unit: '%',
      min: 0.9,
      current: 0.82,
      cadence: 'quarterly',
      updated: quarterAgo,
      type: 'operational',
    },
  ];
  const layout = build<KpiColumn>('kpis', examples, ['min', 'max', 'current', 'warnBelow', 'warnAbove'], {
    updated: DATE,
  });
  return {
    ...layout,
    lists: [
      {
        column: layout.index('cadence'),
        values: CADENCES,
        help: 'How often this KPI is read: daily, weekly, monthly, quarterly or yearly.',
      },
      {
        column: layout.index('type'),
        values: [...KPI_TYPES],
        help: 'Optional: health, operational or strategic (the KPI audit’s three kinds).',
      },
    ],
    numberRanges: [],
    checkboxes: [],
  };
}

export function okrLayout(today: Date, fiscalStartMonth: number): TabLayout {
  const quarter = quarterOf(today, fiscalStartMonth);
  const q = quarter.label;
  const due = quarter.end;
  const examples: Example<OkrColumn>[] = [
    { id: 'O1', quarter: q, objective: 'Retain customers and stabilize the base', owner: 'Head of CS' },
    {
      id: 'O1.1',
      quarter: q,
      keyResult: 'Reduce customer churn',
      owner: 'Head of CS',
      start: 0.08,
      target: 0.04,
      current: 0.055,
      unit: '%',
      weight: 1,
      due,
      confidence: 6,
      kpi: 'K2',
    },
    {
      id: 'O1.2',
      quarter: q,
      keyResult: 'Cut support first response time',
      owner: 'Support lead',
      start: 24,
      target: 4,
      unit: 'hours',
      weight: 1,
      due,
      confidence: 7,
      kpi: 'K5',
    },
    {
      id: 'O1.3',
      quarter: q,
      keyResult: 'Raise Net Promoter Score',
      owner: 'Head of CS',
      start: 30,
      target: 50,
      current: 41,
      weight: 1,
      due,
      confidence: 5,
      kpi: 'K3',
    },
    { id: 'O2', quarter: q, objective: 'Build a predictable revenue engine', owner: 'Sales lead' },
    {
      id: 'O2.1',
      quarter: q,
      keyResult: 'Generate qualified inbound leads',
      owner: 'Marketing lead',
      start: 0,
      target: 60,
      current: 38,
      weight: 1,
      due,
      confidence: 7,
    },
    {
      id: 'O2.2',
      quarter: q,
      keyResult: 'Close enterprise contracts above $15,000',
      owner: 'Sales lead',
      start: 0,
      target: 8,
      current: 2,
      weight: 2,
      due,
      confidence: 4,
    },
    {
      id: 'O2.3',
      quarter: q,
      keyResult: 'Publish the SOC 2 Type I report (yes/no)',
      owner: 'Security lead',
      current: false,
      weight: 1,
      due,
      confidence: 6,
    },
  ];
  const layout = build<OkrColumn>('okrs', examples, ['start', 'target', 'current'], {
    due: DATE,
    lastCheckIn: DATE,
    score: '0.00',
    weight: '0.##',
    confidence: '0',
  });
  return {
    ...layout,
    lists: [],
    numberRanges: [
      { column: layout.index('confidence'), min: 0, max: 10, help: 'Confidence from 0 (no chance) to 10 (certain).' },
    ],
    checkboxes: [{ row: examples.length - 1, column: layout.index('current') }],
  };
}
