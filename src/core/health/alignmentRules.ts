// Alignment: each team objective says which company objective or key result it moves (Parent). A Parent that
// names nothing, a loop of Parents, and a team objective left out once the company has objectives to align to
// are reported where they are typed.

import { plainOrQuoted, quote } from '../quote';
import { parentLoops } from '../teams/parentLoops';
import { alignmentTargets, resolveParent, type AlignmentTargets } from '../teams/parentTarget';
import type { Objective } from '../okr/okrs';
import { okrFinding, type Finding, type HealthContext, type Rule, type RuleId } from './finding';

/** The tab other teams' objectives are imported into; a finding on one points at its top row. */
export const TEAM_OKRS_TAB = 'Team OKRs';

function targetsOf(context: HealthContext): AlignmentTargets {
  const orphans = context.keyResults.filter((keyResult) => keyResult.objectiveId === undefined);
  return alignmentTargets(context.objectives, orphans, context.imported);
}

/** The row of the Parent cell that counts: the objective's own row, else its first key result's. */
function parentRow(objective: Objective): number {
  return objective.ownRow ?? objective.firstRow;
}

function importedFinding(rule: RuleId, what: string, fix: string): Finding {
  return { rule, tab: TEAM_OKRS_TAB, row: 1, what, fix };
}

/** A Parent that names no objective or key result, here or in another team's imported spreadsheet. */
export const parentNamesNothing: Rule = (context) => {
  const targets = targetsOf(context);
  const broken = (parent: string): boolean => parent.trim() !== '' && resolveParent(parent, targets) === undefined;
  return [
    ...context.objectives
      .filter((objective) => broken(objective.parent))
      .map((objective) =>
        okrFinding(
          context,
          'parent-names-nothing',
          parentRow(objective),
          `${plainOrQuoted(objective.id)} ${quote(objective.text)} aligns to ${quote(objective.parent)}, which is no objective or key result ID.`,
          'Type the ID of the company objective or key result it contributes to in its Parent cell, or clear it.',
        ),
      ),
    ...context.imported
      .filter((objective) => broken(objective.parent))
      .map((objective) =>
        importedFinding(
          'parent-names-nothing',
          `${plainOrQuoted(objective.id)} ${quote(objective.text)} (${plainOrQuoted(objective.team)}) aligns to ${quote(objective.parent)}, which is no objective or key result ID.`,
          `Correct its Parent cell in ${plainOrQuoted(objective.team)}'s own spreadsheet, then Roll up teams again.`,
        ),
      ),
  ];
};

/** A loop of Parents has no top, so nothing along it rolls up: one finding per loop, on its first row. */
export const parentLoop: Rule = (context) => {
  const loops = parentLoops([...context.objectives, ...context.imported], targetsOf(context));
  const reported = new Set<string>();
  return context.objectives.flatMap((objective) => {
    const loop = loops.get(objective.id.toLowerCase());
    if (loop === undefined) return [];
    const members = new Set(loop.split(' → ').map((id) => id.toLowerCase()));
    if ([...members].some((id) => reported.has(id))) return [];
    members.forEach((id) => reported.add(id));
    return [
      okrFinding(
        context,
        'parent-loop',
        parentRow(objective),
        `The Parents of ${plainOrQuoted(objective.id)} ${quote(objective.text)} loop back to it: ${loop}. Nothing along it can roll up.`,
        'Change one of those Parent cells so the chain ends at a company objective (one with no Parent).',
      ),
    ];
  });
};

/**
 * The company's objectives are the tops of alignment: no Parent, and some objective aligns to them or to one of
 * their key results. Once there is one, an objective with a Team, no Parent and nothing aligned to it is left out.
 */
export const unalignedObjective: Rule = (context) => {
  const targets = targetsOf(context);
  const alignedTo = new Set(
    [...context.objectives, ...context.imported].flatMap((objective) => {
      const objectiveId = resolveParent(objective.parent, targets)?.objectiveId;
      return objectiveId === undefined ? [] : [objectiveId.toLowerCase()];
    }),
  );
  const top = (objective: { id: string; parent: string }): boolean =>
    objective.parent.trim() === '' && alignedTo.has(objective.id.toLowerCase());
  const company = [...context.objectives, ...context.imported].filter(top);
  if (company.length === 0) return [];
  // IDs and teams are quoted short: a cell may hold 50,000 characters of one, and a finding is one sentence.
  const companyIds = company.map((objective) => plainOrQuoted(objective.id)).join(', ');
  const left = (objective: { id: string; parent: string; team: string }): boolean =>
    objective.team.trim() !== '' && objective.parent.trim() === '' && !top(objective);
  const fix = `Type in its Parent cell the ID of the company objective or key result it moves (${companyIds} or one of their key results).`;
  return [
    ...context.objectives
      .filter(left)
      .map((objective) =>
        okrFinding(
          context,
          'unaligned-objective',
          parentRow(objective),
          `${plainOrQuoted(objective.id)} ${quote(objective.text)} (${plainOrQuoted(objective.team)}) aligns to no company objective.`,
          fix,
        ),
      ),
    ...context.imported
      .filter(left)
      .map((objective) =>
        importedFinding(
          'unaligned-objective',
          `${plainOrQuoted(objective.id)} ${quote(objective.text)} (${plainOrQuoted(objective.team)}) aligns to no company objective.`,
          `In ${plainOrQuoted(objective.team)}'s own spreadsheet, type in its Parent cell the ID of the company objective or key result it moves (${companyIds} or one of their key results), then Roll up teams again.`,
        ),
      ),
  ];
};
