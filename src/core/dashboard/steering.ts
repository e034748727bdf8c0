// Steering: one line per objective — its score as a bar in its grade colour, its pacing, the spread of its key
// results' scores — then a line per key result (score, status with `(stale)` where it is, confidence, last
// check-in). Grouped by Team where any objective has one; other teams' objectives (the Team OKRs tab) join
// their team's group, marked imported, with the scores their own files computed.

import { GREY, gradeColour, keyResultStatusColour } from '../colours';
import type { KeyResult, Objective } from '../okr/okrs';
import type { ImportedKeyResult, ImportedObjective } from '../teams/importedOkrs';
import { cell, type DashCell } from './cell';
import { barColour, scoreBar } from './scoreBar';

export const STEERING_HEADER = [
  'Objective / key result',
  'Owner',
  'Team',
  'Score',
  'Score bar',
  'Status',
  'Key results spread',
  'Confidence',
  'Last check-in',
];

export const NO_TEAM = 'No team';
/** Before the objective's text, not after: column A cuts a long text where Owner starts, mark and all. */
export const IMPORTED_MARK = '(imported) ';
/** Key results sit under their objective, indented as a reader expects. */
export const KEY_RESULT_INDENT = '    ';

export const SCORE_FORMAT = '0.00';
export const DATE_FORMAT = 'd mmm yyyy';

/** An objective on the dashboard: one of this sheet's, or one another team's file scored. */
export type SteeringObjective =
  | { readonly kind: 'local'; readonly objective: Objective }
  | { readonly kind: 'imported'; readonly objective: ImportedObjective };

export interface TeamGroup {
  /** '' when the document has no teams: one group, no title line. */
  readonly team: string;
  readonly objectives: readonly SteeringObjective[];
}

/** Teams in the order they first appear (this sheet's first, then imported ones); objectives keep theirs. */
export function teamGroups(objectives: readonly Objective[], imported: readonly ImportedObjective[]): TeamGroup[] {
  const all: SteeringObjective[] = [
    ...objectives.map((objective) => ({ kind: 'local' as const, objective })),
    ...imported.map((objective) => ({ kind: 'imported' as const, objective })),
  ];
  if (all.every((item) => item.objective.team.trim() === ''))
    return all.length === 0 ? [] : [{ team: '', objectives: all }];
  const groups = new Map<string, SteeringObjective[]>();
  for (const item of all) {
    const team = item.objective.team.trim() || NO_TEAM;
    const key = team.toLowerCase();
    const members = groups.get(key) ?? [];
    if (members.length === 0) groups.set(key, members);
    members.push(item);
  }
  return [...groups.values()].map((members) => ({
    team: members[0]?.objective.team.trim() || NO_TEAM,
    objectives: members,
  }));
}

/** The groups cut to their first `max` objectives in steering order, and how many were left out. */
export function firstObjectives(groups: readonly TeamGroup[], max: number): { groups: TeamGroup[]; left: number } {
  let room = max;
  let left = 0;
  const kept: TeamGroup[] = [];
  for (const group of groups) {
    const objectives = group.objectives.slice(0, Math.max(0, room));
    left += group.objectives.length - objectives.length;
    room -= objectives.length;
    if (objectives.length > 0) kept.push({ ...group, objectives });
  }
  return { groups: kept, left };
}

/** `0.20–0.90`: the lowest and highest key result score; one score alone; '' when none has a score. */
export function spread(scores: readonly (number | '')[]): string {
  const numbers = scores.filter((score): score is number => score !== '');
  if (numbers.length === 0) return '';
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  return low === high ? low.toFixed(2) : `${low.toFixed(2)}–${high.toFixed(2)}`;
}

function scoreCells(score: number | '', status: string): DashCell[] {
  const colour = score === '' ? keyResultStatusColour(status) : gradeColour(score);
  return [
    cell(score, { background: colour, numberFormat: SCORE_FORMAT }),
    cell(scoreBar(score), score === '' ? { background: colour } : { background: colour, fontColor: barColour(score) }),
    cell(status, { background: keyResultStatusColour(status) }),
  ];
}

function newest(dates: readonly (Date | '')[]): Date | '' {
  return dates.reduce<Date | ''>((last, date) => (date !== '' && (last === '' || date > last) ? date : last), '');
}

function objectiveLine(item: SteeringObjective): DashCell[] {
  const { objective } = item;
  const scores = objective.keyResults.map((keyResult: KeyResult | ImportedKeyResult) => keyResult.score);
  const last = item.kind === 'local' ? newest(item.objective.keyResults.map((keyResult) => keyResult.lastCheckIn)) : '';
  return [
    cell(item.kind === 'imported' ? `${IMPORTED_MARK}${objective.text}` : objective.text, { bold: true }),
    cell(objective.owner),
    cell(objective.team),
    ...scoreCells(objective.score, objective.status),
    cell(spread(scores)),
    cell(''),
    cell(last, { numberFormat: DATE_FORMAT }),
  ];
}

function keyResultLine(keyResult: KeyResult | ImportedKeyResult, team: string): DashCell[] {
  const local = 'kind' in keyResult;
  return [
    cell(`${KEY_RESULT_INDENT}${keyResult.text}`),
    cell(local ? keyResult.ownerOrObjective : keyResult.owner),
    cell(team),
    ...scoreCells(keyResult.score, keyResult.status),
    cell(''),
    cell(local ? (keyResult.confidence ?? '') : ''),
    cell(local ? keyResult.lastCheckIn : '', { numberFormat: DATE_FORMAT }),
  ];
}

/** Every line of Steering below its header: team titles (where teams exist), objectives, their key results. */
export function steeringLines(groups: readonly TeamGroup[]): DashCell[][] {
  return groups.flatMap((group) => [
    ...(group.team === '' ? [] : [[cell(`Team: ${group.team}`, { bold: true, background: GREY })]]),
    ...group.objectives.flatMap((item) => [
      objectiveLine(item),
      ...item.objective.keyResults.map((keyResult: KeyResult | ImportedKeyResult) =>
        keyResultLine(keyResult, item.objective.team),
      ),
    ]),
  ]);
}
