// The shape of the quarter: how many objectives, how many key results each, and who owns them.
import { parseQuarter } from '../quarter';
import { plainOrQuoted, quote } from '../quote';
import { okrFinding, type Rule } from './finding';

const MAX_OBJECTIVES = 5;
const MIN_KEY_RESULTS = 2;
const MAX_KEY_RESULTS = 5;

/**
 * More than five objectives in one quarter, counted per team where the tab has teams (objectives with no Team
 * count as one group), else per owner where owners are filled.
 */
export const tooManyObjectives: Rule = (context) => {
  const byTeam = context.objectives.some((objective) => objective.team !== '');
  const groups = new Map<string, (typeof context.objectives)[number][]>();
  for (const objective of context.objectives) {
    const quarter = parseQuarter(objective.quarter, context.fiscalStartMonth);
    const label = quarter.kind === 'value' ? quarter.value.label : context.quarter.label;
    const who = byTeam ? objective.team : objective.owner;
    const key = `${label}|${who.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), objective]);
  }
  return [...groups.entries()].flatMap(([key, objectives]) => {
    // The first objective beyond the limit is where the finding points; none means within it.
    const first = objectives[MAX_OBJECTIVES];
    const [earliest] = objectives;
    if (first === undefined || earliest === undefined) return [];
    const [quarter, owner] = key.split('|');
    const who = byTeam
      ? earliest.team === ''
        ? ' with no team'
        : ` for team ${plainOrQuoted(earliest.team)}`
      : owner === ''
        ? ''
        : ` for ${plainOrQuoted(earliest.owner)}`;
    return [
      okrFinding(
        context,
        'too-many-objectives',
        first.firstRow,
        `${objectives.length} objectives in ${quarter}${who}: focus is lost beyond ${MAX_OBJECTIVES}.`,
        `Keep the ${MAX_OBJECTIVES} that matter most; move the rest to a later quarter or to the KPIs you monitor.`,
      ),
    ];
  });
};

/** An objective needs 2–5 key results to be measured without being diluted. */
export const keyResultCount: Rule = (context) =>
  context.objectives.flatMap((objective) => {
    const count = objective.keyResults.length;
    if (count >= MIN_KEY_RESULTS && count <= MAX_KEY_RESULTS) return [];
    return [
      okrFinding(
        context,
        'key-result-count',
        objective.firstRow,
        `${plainOrQuoted(objective.id)} ${quote(objective.text)} has ${count} key result${count === 1 ? '' : 's'}.`,
        count < MIN_KEY_RESULTS
          ? 'Add key results until 2–5 measurable outcomes show the objective is met.'
          : 'Keep at most 5 key results: merge or drop the ones that do not change the decision.',
      ),
    ];
  });

/** Every objective and key result has someone accountable (a key result may inherit its objective's owner). */
export const missingOwner: Rule = (context) => {
  if (context.headers.okrs.columns.owner === undefined) {
    const first = context.objectives[0];
    return first === undefined
      ? []
      : [
          okrFinding(
            context,
            'no-owner',
            first.firstRow,
            'The OKRs tab has no Owner column.',
            'Add an Owner column and name one accountable person per objective or key result.',
          ),
        ];
  }
  return context.objectives.flatMap((objective) => [
    ...(objective.ownRow !== undefined && objective.owner === ''
      ? [
          okrFinding(
            context,
            'no-owner',
            objective.ownRow,
            `${plainOrQuoted(objective.id)} ${quote(objective.text)} has no owner.`,
            'Type the accountable person in its Owner cell.',
          ),
        ]
      : []),
    ...objective.keyResults
      .filter((keyResult) => keyResult.owner === '' && objective.owner === '')
      .map((keyResult) =>
        okrFinding(
          context,
          'no-owner',
          keyResult.row,
          `${plainOrQuoted(keyResult.id)} ${quote(keyResult.text)} has no owner.`,
          'Type the person who moves this number in its Owner cell.',
        ),
      ),
  ]);
};

/** Objectives are confirmed by numbers the business already watches: at least one key result links a KPI. */
export const objectiveWithoutKpi: Rule = (context) =>
  context.objectives
    .filter(
      (objective) => objective.keyResults.length > 0 && objective.keyResults.every((keyResult) => keyResult.kpi === ''),
    )
    .map((objective) =>
      okrFinding(
        context,
        'objective-without-kpi',
        objective.firstRow,
        `${plainOrQuoted(objective.id)} ${quote(objective.text)} has no key result linked to a KPI.`,
        'Link a key result to the KPI it should move (KPI column), so success shows on the dashboard too.',
      ),
    );
