// The health check: every practice rule over the workbook model, findings in sheet order. Changes nothing.
import { easyTargets } from './easyTargets';
import type { Finding, HealthContext, Rule } from './finding';
import { kpiWithoutOwner } from './kpiWithoutOwner';
import { plateau } from './plateau';
import { restatedKpi } from './restatedKpi';
import { kpiWithoutRange, unaddressedKpi } from './kpiRules';
import { earlyPerfectScore, silentKeyResult, taskLikeKeyResult, unknownKpi } from './keyResultRules';
import { parentLoop, parentNamesNothing, unalignedObjective } from './alignmentRules';
import { keyResultCount, missingOwner, objectiveWithoutKpi, tooManyObjectives } from './objectiveRules';

const RULES: readonly Rule[] = [
  tooManyObjectives,
  keyResultCount,
  missingOwner,
  taskLikeKeyResult,
  silentKeyResult,
  earlyPerfectScore,
  kpiWithoutRange,
  unaddressedKpi,
  unknownKpi,
  objectiveWithoutKpi,
  kpiWithoutOwner,
  restatedKpi,
  easyTargets,
  plateau,
  parentNamesNothing,
  parentLoop,
  unalignedObjective,
];

export function runHealthCheck(context: HealthContext): Finding[] {
  return RULES.flatMap((rule) => rule(context)).sort((a, b) => a.tab.localeCompare(b.tab) || a.row - b.row);
}
