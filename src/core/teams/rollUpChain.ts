// What an edit rewrites when objectives align: a key result's new score moves its objective, which moves the
// rolled-up key result its Parent names, which moves that key result's objective, and so on to the top.

import type { KeyResult, Objective } from '../okr/okrs';
import { alignmentTargets, resolveParent } from './parentTarget';

/** The rows (0-based) whose scores follow from `rows` through roll-ups: each rolled-up key result and objective up the chain. */
export function rollUpChainRows(
  rows: ReadonlySet<number>,
  model: { readonly objectives: readonly Objective[]; readonly keyResults: readonly KeyResult[] },
): Set<number> {
  const all = new Set(rows);
  const orphans = model.keyResults.filter((keyResult) => keyResult.objectiveId === undefined);
  const targets = alignmentTargets(model.objectives, orphans, []);
  const keyResultById = new Map(model.keyResults.map((keyResult) => [keyResult.id.toLowerCase(), keyResult]));
  const objectiveById = new Map(model.objectives.map((objective) => [objective.id.toLowerCase(), objective]));
  const touches = (objective: Objective): boolean =>
    (objective.ownRow !== undefined && rows.has(objective.ownRow)) ||
    objective.keyResults.some((keyResult) => rows.has(keyResult.row));
  const seen = new Set<Objective>();
  const work = model.objectives.filter(touches);
  for (let objective = work.pop(); objective !== undefined; objective = work.pop()) {
    if (seen.has(objective)) continue;
    seen.add(objective);
    const target = resolveParent(objective.parent, targets);
    if (target?.kind !== 'keyResult') continue;
    const rolled = keyResultById.get(target.id.toLowerCase());
    if (rolled?.rolledUpFrom === undefined) continue;
    all.add(rolled.row);
    const next = target.objectiveId === undefined ? undefined : objectiveById.get(target.objectiveId.toLowerCase());
    if (next === undefined) continue;
    if (next.ownRow !== undefined) all.add(next.ownRow);
    work.push(next);
  }
  return all;
}

/**
 * Whether re-scoring `rows` may move a key result that other teams' objectives roll up into: some objective on
 * their chain (or a key result above the first objective among them) has a key result with nothing of its own to
 * go by. A job that reads no imports reads the Team OKRs tab only then, so it scores that key result as Refresh.
 */
export function chainMayRollUp(
  rows: ReadonlySet<number>,
  model: { readonly objectives: readonly Objective[]; readonly keyResults: readonly KeyResult[] },
): boolean {
  const chain = rollUpChainRows(rows, model);
  const blank = (keyResult: KeyResult): boolean => keyResult.current === undefined && keyResult.kpi === '';
  const onChain = (objective: Objective): boolean =>
    (objective.ownRow !== undefined && chain.has(objective.ownRow)) ||
    objective.keyResults.some((keyResult) => chain.has(keyResult.row));
  return (
    model.objectives.some((objective) => onChain(objective) && objective.keyResults.some(blank)) ||
    model.keyResults.some(
      (keyResult) => keyResult.objectiveId === undefined && chain.has(keyResult.row) && blank(keyResult),
    )
  );
}
