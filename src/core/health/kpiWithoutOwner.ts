// A KPI nobody owns is "a dashboard no one acts on": when it leaves its range, nobody is the one to move.
import { plainOrQuoted, quote } from '../quote';
import { kpiFinding, type Rule } from './finding';

export const kpiWithoutOwner: Rule = (context) => {
  const [first] = context.kpis;
  if (context.headers.kpis.columns.owner === undefined) {
    return first === undefined
      ? []
      : [
          kpiFinding(
            context,
            first,
            'kpi-without-owner',
            `The ${context.kpiTab} tab has no Owner column: a dashboard no one acts on.`,
            'Add an Owner column and name the person who acts when each KPI leaves its range.',
          ),
        ];
  }
  return context.kpis
    .filter((kpi) => kpi.owner === '')
    .map((kpi) =>
      kpiFinding(
        context,
        kpi,
        'kpi-without-owner',
        `${plainOrQuoted(kpi.id)} ${quote(kpi.name)} has no owner: a dashboard no one acts on.`,
        'Type the person who acts when it leaves its range in its Owner cell.',
      ),
    );
};
