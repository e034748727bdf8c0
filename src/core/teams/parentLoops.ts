// A loop of Parents (T5 aligns to a key result of T6, T6 to one of T5) has no top: a roll-up along it would
// wait for itself. The loops are found once, walking each objective's Parent chain, so nothing ever hangs.

import { plainOrQuoted } from '../quote';
import { resolveParent, type AlignableObjective, type AlignmentTargets } from './parentTarget';

/**
 * The objectives on a loop of Parents, by lower-cased ID, each with the loop as it reads from that objective:
 * `T5 → T6.1 → T6 → T5.2 → T5` (an objective, the ID its Parent names, and that ID's objective, until back).
 */
export function parentLoops(
  objectives: readonly AlignableObjective[],
  targets: AlignmentTargets,
): ReadonlyMap<string, string> {
  const byId = new Map<string, AlignableObjective>();
  for (const objective of objectives) {
    const key = objective.id.toLowerCase();
    if (!byId.has(key)) byId.set(key, objective);
  }
  const next = (objective: AlignableObjective): AlignableObjective | undefined => {
    const objectiveId = resolveParent(objective.parent, targets)?.objectiveId;
    return objectiveId === undefined ? undefined : byId.get(objectiveId.toLowerCase());
  };
  const loops = new Map<string, string>();
  const settled = new Set<string>();
  for (const start of byId.values()) {
    const path: AlignableObjective[] = [];
    const onPath = new Map<string, number>();
    let current: AlignableObjective | undefined = start;
    while (current !== undefined && !settled.has(current.id.toLowerCase())) {
      const key = current.id.toLowerCase();
      const seen = onPath.get(key);
      if (seen !== undefined) {
        const loop = path.slice(seen);
        loop.forEach((member, index) => {
          const turn = [...loop.slice(index), ...loop.slice(0, index)];
          loops.set(member.id.toLowerCase(), loopText(turn, targets));
        });
        break;
      }
      onPath.set(key, path.length);
      path.push(current);
      current = next(current);
    }
    for (const member of path) settled.add(member.id.toLowerCase());
  }
  return loops;
}

/** The loop as a Status names it: an ID a cell holds whole may be 50,000 characters, so each is quoted short. */
function loopText(loop: readonly AlignableObjective[], targets: AlignmentTargets): string {
  const steps = loop.flatMap((objective) => {
    const target = resolveParent(objective.parent, targets);
    return target?.kind === 'keyResult' ? [objective.id, target.id] : [objective.id];
  });
  return [...steps, loop[0]?.id ?? ''].map(plainOrQuoted).join(' → ');
}
