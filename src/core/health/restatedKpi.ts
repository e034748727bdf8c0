// A key result whose Start and Target both sit inside its KPI's healthy range, and which does not push the KPI
// on past its baseline, only restates the KPI: staying in range is the KPI's job (it monitors); an OKR is for
// moving a number somewhere it is not (out of range into it, or on from a plateau, as the plateau OKR does).
import { atLeast, atMost } from '../round';
import { plainOrQuoted, quote } from '../quote';
import { okrFinding, type Rule } from './finding';
import { pushesKpiOn } from './plateau';

function inside(value: number, range: { readonly min?: number; readonly max?: number }): boolean {
  return (
    (range.min === undefined || atLeast(value, range.min)) && (range.max === undefined || atMost(value, range.max))
  );
}

export const restatedKpi: Rule = (context) =>
  context.keyResults.flatMap((keyResult) => {
    const kpi = keyResult.kpi === '' ? undefined : context.kpiByKey.get(keyResult.kpi.toLowerCase());
    const { start, target } = keyResult;
    if (kpi === undefined || start === undefined || target === undefined) return [];
    if (kpi.min === undefined && kpi.max === undefined) return [];
    if (!inside(start, kpi) || !inside(target, kpi) || pushesKpiOn(kpi, start, target)) return [];
    return [
      okrFinding(
        context,
        'key-result-restates-kpi',
        keyResult.row,
        `${plainOrQuoted(keyResult.id)} ${quote(keyResult.text)} starts and ends inside ${plainOrQuoted(kpi.id)} ${quote(kpi.name)}'s healthy range: it restates the KPI.`,
        `Aim it past the range (set ${kpi.id}'s Min or Max to what is healthy today, so the target lies beyond it), or drop it and let the KPI monitor.`,
      ),
    ];
  });
