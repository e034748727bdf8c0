// A close removes rows from the OKRs tab (met key results; with "start empty", the whole closed quarter). An
// objective that stays, here or in another team's spreadsheet, and whose Parent names one of those rows would
// align to nothing next quarter: the preview names each, so the person can re-point it before or after closing.

import type { Objective } from '../okr/okrs';
import { quote } from '../quote';
import type { ImportedObjective } from '../teams/importedOkrs';
import { alignmentTargets, resolveParent } from '../teams/parentTarget';
import type { RemovedRow } from './roll';

export interface ParentLeftBehind {
  readonly id: string;
  readonly parent: string;
  readonly text: string;
}

/**
 * The objectives that stay after a close removes `leaving`, and whose Parent names a row that goes (an
 * objective goes with its own row, or when every one of its key results goes).
 */
export function parentsLeftBehind(
  objectives: readonly Objective[],
  imported: readonly ImportedObjective[],
  leaving: readonly RemovedRow[],
  next: string,
): ParentLeftBehind[] {
  const gone = new Set(leaving.map((row) => row.id.toLowerCase()));
  const objectiveGone = (objective: Objective): boolean =>
    gone.has(objective.id.toLowerCase()) ||
    (objective.keyResults.length > 0 &&
      objective.keyResults.every((keyResult) => gone.has(keyResult.id.toLowerCase())));
  const goneObjectives = new Set(objectives.filter(objectiveGone).map((objective) => objective.id.toLowerCase()));
  const targets = alignmentTargets(objectives, [], []);
  const leavesWith = (parent: string): string | undefined => {
    const target = resolveParent(parent, targets);
    if (target === undefined) return undefined;
    const id = target.id.toLowerCase();
    if (target.kind === 'objective' ? goneObjectives.has(id) : gone.has(id)) return target.id;
    return undefined;
  };
  const local = objectives
    .filter((objective) => !goneObjectives.has(objective.id.toLowerCase()))
    .flatMap((objective) => {
      const target = leavesWith(objective.parent);
      return target === undefined
        ? []
        : [
            {
              id: objective.id,
              parent: target,
              text: `${objective.id} ${quote(objective.text)} aligns to ${target}, which this close removes from the OKRs tab (the archive keeps it): give ${objective.id} a Parent in ${next}.`,
            },
          ];
    });
  const teams = imported.flatMap((objective) => {
    const target = leavesWith(objective.parent);
    return target === undefined
      ? []
      : [
          {
            id: objective.id,
            parent: target,
            text: `${objective.id} ${quote(objective.text)} (${objective.team}) aligns to ${target}, which this close removes from the OKRs tab: ask ${objective.team} to give it a Parent in ${next}.`,
          },
        ];
  });
  return [...local, ...teams];
}
