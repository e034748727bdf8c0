// KPIs that cannot judge (no range) and KPIs that keep failing while no key result works on them.
import { parseQuarter } from '../quarter';
import type { Kpi } from '../kpi/kpis';
import { plainOrQuoted, quote } from '../quote';
import { kpiFinding, type HealthContext, type Rule } from './finding';
import { recoveryDraft } from './recovery';

const READINGS_OUT = 3;

export const kpiWithoutRange: Rule = (context) =>
  context.kpis
    // An unreadable row has no fields to judge: its Status already names the cell to fix.
    .filter((kpi) => kpi.unreadable !== true && kpi.min === undefined && kpi.max === undefined)
    .map((kpi) =>
      kpiFinding(
        context,
        kpi,
        'kpi-without-range',
        `${plainOrQuoted(kpi.id)} ${quote(kpi.name)} has no range.`,
        'Set Min (healthy at or above) or Max (healthy at or below), so being out of range can raise a flag.',
      ),
    );

function outOfRange(value: number, kpi: Kpi): boolean {
  return (kpi.min !== undefined && value < kpi.min) || (kpi.max !== undefined && value > kpi.max);
}

/** KPI IDs some key result of the current quarter links. */
export function linkedKpis(context: HealthContext): Set<string> {
  const linked = new Set<string>();
  for (const keyResult of context.objectives.flatMap((objective) => objective.keyResults)) {
    const quarter = parseQuarter(keyResult.quarter, context.fiscalStartMonth);
    if (quarter.kind === 'value' && quarter.value.label !== context.quarter.label) continue;
    const kpi = context.kpiByKey.get(keyResult.kpi.toLowerCase());
    if (kpi !== undefined) linked.add(kpi.id.toLowerCase());
  }
  return linked;
}

/** The last three readings out of range and no key result of this quarter on it: draft a recovery OKR. */
export const unaddressedKpi: Rule = (context) => {
  const linked = linkedKpis(context);
  return context.kpis.flatMap((kpi) => {
    const id = kpi.id.toLowerCase();
    if (linked.has(id)) return [];
    const last = (context.readings.get(id) ?? []).slice(-READINGS_OUT);
    const newest = last[last.length - 1];
    if (newest === undefined || last.length < READINGS_OUT || !last.every((reading) => outOfRange(reading.value, kpi)))
      return [];
    const latest = newest.value;
    const draft = recoveryDraft(
      {
        id: kpi.id,
        name: kpi.name,
        owner: kpi.owner,
        unit: kpi.unit,
        ...(kpi.min === undefined ? {} : { min: kpi.min }),
        ...(kpi.max === undefined ? {} : { max: kpi.max }),
      },
      kpi.current ?? latest,
      context.quarter.label,
    );
    return [
      {
        ...kpiFinding(
          context,
          kpi,
          'kpi-out-of-range',
          `${plainOrQuoted(kpi.id)} ${quote(kpi.name)} has been out of range for its last ${READINGS_OUT} readings, and no key result works on it.`,
          `Add a recovery OKR: ${quote(draft.keyResult)}, starting at ${draft.start}.`,
        ),
        recovery: draft,
      },
    ];
  });
};
