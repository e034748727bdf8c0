// KPIs that cannot judge (no range) and KPIs that keep failing while no key result works on them.
import { parseQuarter } from '../quarter';
import type { Finding, HealthBook, KpiInfo, Rule } from './finding';
import { recoveryDraft } from './recovery';
import { quote } from '../quote';

const READINGS_OUT = 3;

function kpiFinding(book: HealthBook, kpi: KpiInfo, rule: Finding['rule'], what: string, fix: string): Finding {
  return { rule, tab: book.kpiTab, row: kpi.result.row + 1, what, fix };
}

export const kpiWithoutRange: Rule = (book) =>
  book.kpis
    .filter((kpi) => kpi.result.kind === 'kpi' && kpi.min === undefined && kpi.max === undefined)
    .map((kpi) => kpiFinding(book, kpi, 'kpi-without-range', `${kpi.result.id} ${quote(kpi.result.name)} has no range.`,
      'Set Min (healthy at or above) or Max (healthy at or below), so being out of range can raise a flag.'));

function outOfRange(value: number, kpi: KpiInfo): boolean {
  return (kpi.min !== undefined && value < kpi.min) || (kpi.max !== undefined && value > kpi.max);
}

/** KPI IDs some key result of the current quarter links. */
function linkedKpis(book: HealthBook): Set<string> {
  const linked = new Set<string>();
  for (const keyResult of book.objectives.flatMap((objective) => objective.keyResults)) {
    const quarter = parseQuarter(keyResult.quarter, book.fiscalStartMonth);
    if (quarter.kind === 'value' && quarter.value.label !== book.quarter.label) continue;
    const id = book.kpiIds.get(keyResult.kpi.toLowerCase());
    if (id !== undefined) linked.add(id.toLowerCase());
  }
  return linked;
}

/** The last three readings out of range and no key result of this quarter on it: draft a recovery OKR. */
export const unaddressedKpi: Rule = (book) => {
  const linked = linkedKpis(book);
  return book.kpis.flatMap((kpi) => {
    const id = kpi.result.id.toLowerCase();
    if (kpi.result.kind !== 'kpi' || linked.has(id)) return [];
    const last = (book.readings.get(id) ?? []).slice(-READINGS_OUT);
    if (last.length < READINGS_OUT || !last.every((reading) => outOfRange(reading.value, kpi))) return [];
    const latest = last[last.length - 1]!.value;
    const draft = recoveryDraft({ id: kpi.result.id, name: kpi.result.name, owner: kpi.owner, unit: kpi.unit,
      ...(kpi.min === undefined ? {} : { min: kpi.min }), ...(kpi.max === undefined ? {} : { max: kpi.max }) },
    kpi.current ?? latest, book.quarter.label);
    return [{
      ...kpiFinding(book, kpi, 'kpi-out-of-range', `${kpi.result.id} ${quote(kpi.result.name)} has been out of range for its last ${READINGS_OUT} readings, and no key result works on it.`,
        `Add a recovery OKR: ${quote(draft.keyResult)}, starting at ${draft.start}.`),
      recovery: draft,
    }];
  });
};
