// Key results that read like tasks, go silent, finish suspiciously early or point at a KPI that is not there.
import { daysBetween } from '../dates';
import { parseQuarter, quarterProgress } from '../quarter';
import type { KeyResult } from '../okr/okrs';
import { plainOrQuoted, quote } from '../quote';
import { okrFinding, type HealthContext, type Rule } from './finding';

const TASK_VERBS = [
  'launch',
  'ship',
  'build',
  'create',
  'implement',
  'release',
  'deploy',
  'migrate',
  'write',
  'finish',
  'complete',
  'develop',
  'design',
  'set up',
  'setup',
  'publish',
  'deliver',
  'organize',
  'organise',
  'hold',
  'run',
  'hire',
  'introduce',
  'roll out',
];

const SILENT_DAYS = 7;

function keyResults(context: HealthContext): KeyResult[] {
  return context.objectives.flatMap((objective) => objective.keyResults);
}

function inCurrentQuarter(context: HealthContext, keyResult: KeyResult): boolean {
  const quarter = parseQuarter(keyResult.quarter, context.fiscalStartMonth);
  return quarter.kind !== 'value' || quarter.value.label === context.quarter.label;
}

export function isTaskLike(text: string): boolean {
  const lower = text.trim().toLowerCase();
  return TASK_VERBS.some((verb) => lower === verb || lower.startsWith(`${verb} `));
}

/** `Launch the new onboarding` is work to do; the key result is what it changes. */
export const taskLikeKeyResult: Rule = (context) =>
  keyResults(context)
    .filter((keyResult) => isTaskLike(keyResult.text))
    .map((keyResult) =>
      okrFinding(
        context,
        'task-like-key-result',
        keyResult.row,
        `${plainOrQuoted(keyResult.id)} ${quote(keyResult.text)} reads like a task, not an outcome.`,
        'Name the number the work should move (e.g. "Raise activation from 20% to 35%") and keep the task as an initiative.',
      ),
    );

/** A key result of this quarter that nobody has checked in on for a week. */
export const silentKeyResult: Rule = (context) => {
  if (daysBetween(context.quarter.start, context.today) < SILENT_DAYS) return [];
  return (
    keyResults(context)
      // A rolled-up key result is checked in through the objectives aligned to it, whose key results are reported.
      .filter(
        (keyResult) =>
          keyResult.score !== 1 && keyResult.rolledUpFrom === undefined && inCurrentQuarter(context, keyResult),
      )
      .flatMap((keyResult) => {
        const last = keyResult.lastCheckIn === '' ? undefined : keyResult.lastCheckIn;
        if (last !== undefined && daysBetween(last, context.today) <= SILENT_DAYS) return [];
        const what =
          last === undefined
            ? `${plainOrQuoted(keyResult.id)} ${quote(keyResult.text)} has never been checked in.`
            : `${plainOrQuoted(keyResult.id)} ${quote(keyResult.text)} was last checked in ${daysBetween(last, context.today)} days ago.`;
        return [
          okrFinding(
            context,
            'no-recent-check-in',
            keyResult.row,
            what,
            'Check in weekly (Extensions → KPI & OKR → Check in…): value, confidence, a note.',
          ),
        ];
      })
  );
};

/** 1.0 before the quarter is half over usually means the target was set too low. */
export const earlyPerfectScore: Rule = (context) => {
  if (quarterProgress(context.today, context.quarter) >= 0.5) return [];
  return keyResults(context)
    .filter((keyResult) => keyResult.score === 1 && inCurrentQuarter(context, keyResult))
    .map((keyResult) =>
      okrFinding(
        context,
        'early-perfect-score',
        keyResult.row,
        `${plainOrQuoted(keyResult.id)} ${quote(keyResult.text)} is at 1.0 before mid-quarter.`,
        'Raise the target to something you are not sure to reach (0.7 is success); sandbagged key results teach nothing.',
      ),
    );
};

/** A linked KPI must exist, or the key result follows nothing. */
export const unknownKpi: Rule = (context) =>
  keyResults(context)
    .filter((keyResult) => keyResult.kpi !== '' && !context.kpiByKey.has(keyResult.kpi.toLowerCase()))
    .map((keyResult) =>
      okrFinding(
        context,
        'unknown-kpi',
        keyResult.row,
        `${plainOrQuoted(keyResult.id)} links KPI ${quote(keyResult.kpi)}, which is not on the ${context.kpiTab} tab.`,
        `Type the ID or exact name of a KPI from the ${context.kpiTab} tab, or clear the KPI cell.`,
      ),
    );
