// A company key result is often moved by the teams, not typed: with a blank Current, no linked KPI and
// objectives aligned to it (their Parent names it), it scores as the weighted mean of their scores, and its
// objective follows. Team objectives may themselves be rolled up, to any depth, so objectives are scored in
// the order they depend on each other; a loop of Parents rolls nothing up (see parentLoops.ts).

import { gradeColour, keyResultStatusColour } from '../colours';
import { elapsedShare, paceStatus } from '../okr/pacing';
import type { KeyResult, Objective } from '../okr/okrs';
import { objectiveScore } from '../okr/scoring';
import { parseQuarter } from '../quarter';
import { plainOrQuoted } from '../quote';
import type { ImportedObjective } from './importedOkrs';
import { parentLoops } from './parentLoops';
import { alignmentTargets, resolveParent, type AlignmentTargets } from './parentTarget';

export interface RollUpInput {
  readonly objectives: readonly Objective[];
  /** Key results above the first objective: they may be rolled up too, with no objective to follow. */
  readonly orphans: readonly KeyResult[];
  readonly imported: readonly ImportedObjective[];
  readonly today: Date;
  readonly fiscalStartMonth: number;
  /** The objective scored again from its key results as they now stand (a problem of its own row is kept). */
  readonly rescore: (objective: Objective, keyResults: readonly KeyResult[]) => Objective;
}

export interface RolledUp {
  readonly objectives: readonly Objective[];
  /** Every key result as it now stands, by the key result as scored from its own row. */
  readonly keyResults: ReadonlyMap<KeyResult, KeyResult>;
  readonly targets: AlignmentTargets;
  /** Objectives on a loop of Parents (lower-cased ID → the loop): see parentLoops.ts. */
  readonly loops: ReadonlyMap<string, string>;
}

interface Aligned {
  readonly local: Objective[];
  readonly imported: ImportedObjective[];
}

/** The objectives whose Parent names each local key result, by its lower-cased ID, in sheet order. */
function alignedTo(input: RollUpInput, targets: AlignmentTargets): Map<string, Aligned> {
  const aligned = new Map<string, Aligned>();
  const entry = (parent: string): Aligned | undefined => {
    const target = resolveParent(parent, targets);
    if (target?.kind !== 'keyResult' || target.imported) return undefined;
    const key = target.id.toLowerCase();
    let found = aligned.get(key);
    if (found === undefined) {
      found = { local: [], imported: [] };
      aligned.set(key, found);
    }
    return found;
  };
  for (const objective of input.objectives) entry(objective.parent)?.local.push(objective);
  for (const objective of input.imported) entry(objective.parent)?.imported.push(objective);
  return aligned;
}

/**
 * The aligned objectives of the key result's own quarter: a quarter's key result is scored by that quarter's
 * work, so an objective planned for the next quarter (or one a team has not closed yet) aligns without rolling
 * into it. A quarter that cannot be read is given the benefit of the doubt. Undefined when none is left.
 */
function ofQuarter(sources: Aligned | undefined, quarter: string, fiscalStartMonth: number): Aligned | undefined {
  if (sources === undefined) return undefined;
  const label = (text: string): string | undefined => {
    const parsed = parseQuarter(text, fiscalStartMonth);
    return parsed.kind === 'value' ? parsed.value.label : undefined;
  };
  const own = label(quarter);
  const same = (objective: { readonly quarter: string }): boolean => {
    const theirs = label(objective.quarter);
    return own === undefined || theirs === undefined || theirs === own;
  };
  const local = sources.local.filter(same);
  const imported = sources.imported.filter(same);
  return local.length + imported.length === 0 ? undefined : { local, imported };
}

/** A key result scored from its own row that may be rolled up instead: nothing to go by of its own. */
export function mayRollUp(keyResult: KeyResult): boolean {
  return keyResult.current === undefined && keyResult.kpi === '' && keyResult.status === 'NO DATA';
}

function withResult(
  keyResult: KeyResult,
  score: number | '',
  status: string,
  from: readonly string[],
  without: readonly string[] = [],
): KeyResult {
  const statusColour = keyResultStatusColour(status);
  return {
    ...keyResult,
    score,
    status,
    statusColour,
    scoreColour: score === '' ? statusColour : gradeColour(score),
    rolledUpFrom: from,
    ...(without.length === 0 ? {} : { rolledUpWithout: without }),
  };
}

/** Paced as any key result, against the share of its quarter up to its Due; its confidence still caps it. */
function paced(keyResult: KeyResult, score: number, input: RollUpInput): string {
  const quarter = parseQuarter(keyResult.quarter, input.fiscalStartMonth);
  if (quarter.kind !== 'value') return 'NO DATA';
  const due = keyResult.due ?? quarter.value.end;
  return paceStatus(score, elapsedShare(quarter.value.start, due, input.today), keyResult.confidence);
}

/** Scores every roll-up, deepest first. Pure. */
export function rollUp(input: RollUpInput): RolledUp {
  const targets = alignmentTargets(input.objectives, input.orphans, input.imported);
  const loops = parentLoops([...input.objectives, ...input.imported], targets);
  const aligned = alignedTo(input, targets);
  const keyResults = new Map<KeyResult, KeyResult>();
  const objectives = new Map<Objective, Objective>();
  const inProgress = new Set<Objective>();

  const keyResultNow = (keyResult: KeyResult): KeyResult => {
    const done = keyResults.get(keyResult);
    if (done !== undefined) return done;
    const sources = ofQuarter(aligned.get(keyResult.id.toLowerCase()), keyResult.quarter, input.fiscalStartMonth);
    let result = keyResult;
    if (sources !== undefined && mayRollUp(keyResult)) {
      const from = [...sources.local, ...sources.imported].map((objective) => objective.id);
      const loop = sources.local.map((objective) => loops.get(objective.id.toLowerCase())).find(Boolean);
      // A source still being scored can only be reached through a loop, which parentLoops has found.
      if (loop !== undefined || sources.local.some((objective) => inProgress.has(objective))) {
        result = withResult(
          keyResult,
          '',
          `INVALID: Parent: ${loop ?? from.map(plainOrQuoted).join(', ')} loops back: change one of those Parent cells so the chain ends at a company objective`,
          from,
        );
      } else {
        const all = [
          ...sources.local.map((objective) => ({
            id: objective.id,
            score: objectiveNow(objective).score,
            weight: objective.weight,
          })),
          ...sources.imported.map((objective) => ({ id: objective.id, score: objective.score, weight: 1 })),
        ];
        const parts = all.filter((part): part is { id: string; score: number; weight: number } => part.score !== '');
        const without = all.filter((part) => part.score === '').map((part) => part.id);
        const score = objectiveScore(parts);
        result =
          parts.length === 0
            ? withResult(keyResult, '', 'NO DATA', from)
            : score === undefined
              ? withResult(
                  keyResult,
                  '',
                  'INVALID: Weight: every objective aligned to it weighs 0, so none counts',
                  from,
                )
              : withResult(keyResult, score, paced(keyResult, score, input), from, without);
      }
    }
    keyResults.set(keyResult, result);
    return result;
  };

  const objectiveNow = (objective: Objective): Objective => {
    const done = objectives.get(objective);
    if (done !== undefined) return done;
    inProgress.add(objective);
    const members = objective.keyResults.map(keyResultNow);
    inProgress.delete(objective);
    const changed = members.some((member, index) => member !== objective.keyResults[index]);
    const result = changed ? input.rescore(objective, members) : objective;
    objectives.set(objective, result);
    return result;
  };

  const rolled = input.objectives.map(objectiveNow);
  input.orphans.forEach(keyResultNow);
  return { objectives: rolled, keyResults, targets, loops };
}
