// Reads the tabs once into what the health rules look at.
import { readDate, readNumber, readText, type Cell } from '../cells';
import { lastCheckIns } from '../checkIns';
import { findHeader, normaliseHeader } from '../headers';
import { okrBook } from '../okrBook';
import { quarterOf } from '../quarter';
import { planRefresh, type RefreshInput, type TableInput } from '../refresh';
import { kpiRowSchema, parseRow, rowCells } from '../schemas';
import type { HealthBook, KpiInfo, Reading } from './finding';

export interface HealthInput extends RefreshInput {
  readonly kpiHistory?: TableInput;
  readonly okrTab: string;
  readonly kpiTab: string;
}

function addReading(readings: Map<string, Reading[]>, id: Cell, date: Cell, value: Cell): void {
  const when = readDate(date);
  const number = readNumber(value);
  const key = readText(id).toLowerCase();
  if (key === '' || when.kind !== 'value' || number.kind !== 'value') return;
  readings.set(key, [...(readings.get(key) ?? []), { date: when.value, value: number.value }]);
}

/** KPI readings from the KPI History snapshots and the KPI check-ins, oldest first. */
function kpiReadings(input: HealthInput): Map<string, Reading[]> {
  const readings = new Map<string, Reading[]>();
  const history = input.kpiHistory?.values ?? [];
  const titles = (history[0] ?? []).map((cell) => normaliseHeader(readText(cell)));
  const [date, id, value] = ['date', 'id', 'value'].map((title) => titles.indexOf(title));
  if (date! >= 0 && id! >= 0 && value! >= 0) {
    for (const row of history.slice(1)) addReading(readings, row[id!] ?? '', row[date!] ?? '', row[value!] ?? '');
  }
  const checkIns = input.checkIns?.values ?? [];
  const header = findHeader('checkIns', checkIns);
  if (header.ok) {
    for (const row of checkIns.slice(header.header.row + 1)) {
      const cells = rowCells(row, header.header.columns);
      if (readText(cells.kind).toLowerCase() === 'kpi') addReading(readings, cells.id, cells.timestamp, cells.value);
    }
  }
  for (const list of readings.values()) list.sort((a, b) => a.date.getTime() - b.date.getTime());
  return readings;
}

export function healthBook(input: HealthInput): { ok: true; book: HealthBook } | { ok: false; problems: string[] } {
  const plan = planRefresh(input);
  if (!plan.ok) return plan;
  const okrs = input.okrs!;
  const kpis = input.kpis!;
  const { okrs: okrHeader, kpis: kpiHeader } = plan.headers;
  const kpiInfos = plan.kpis.filter((result) => result.kind === 'kpi').map((result): KpiInfo => {
    const cells = rowCells(kpis.values[result.row] ?? [], kpiHeader.columns);
    const parsed = parseRow(kpiRowSchema, cells);
    const row = parsed.ok ? parsed.row : undefined;
    return {
      result,
      owner: readText(cells.owner),
      unit: readText(cells.unit),
      ...(row?.min === undefined ? {} : { min: row.min }),
      ...(row?.max === undefined ? {} : { max: row.max }),
      ...(row?.current === undefined ? {} : { current: row.current }),
    };
  });
  const kpiIds = new Map<string, string>();
  for (const { result } of kpiInfos) {
    if (result.name !== '' && !kpiIds.has(result.name.toLowerCase())) kpiIds.set(result.name.toLowerCase(), result.id);
    kpiIds.set(result.id.toLowerCase(), result.id);
  }
  const checkInHeader = input.checkIns === undefined ? undefined : findHeader('checkIns', input.checkIns.values);
  return {
    ok: true,
    book: {
      okrTab: input.okrTab,
      kpiTab: input.kpiTab,
      objectives: okrBook(okrs.values, okrHeader, plan.okrs),
      kpis: kpiInfos,
      kpiIds,
      checkIns: checkInHeader?.ok ? lastCheckIns(input.checkIns!.values, checkInHeader.header) : new Map(),
      readings: kpiReadings(input),
      hasOwnerColumn: okrHeader.columns.owner !== undefined,
      today: input.today,
      quarter: quarterOf(input.today, input.fiscalStartMonth),
      fiscalStartMonth: input.fiscalStartMonth,
    },
  };
}
