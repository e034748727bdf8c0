// What a closed quarter scored: each objective's final grade and colour and the spread of key result
// grades. The preview and the Quarter log both read it, from the tab as scored.

import { GREY, gradeColour } from '../colours';
import type { Objective } from '../okr/okrs';
import { objectiveScore } from '../okr/scoring';

export interface ObjectiveGrade {
  readonly id: string;
  readonly text: string;
  /** null when no key result has a score. */
  readonly score: number | null;
  readonly colour: string;
}

export interface GradeSpread {
  readonly red: number;
  readonly yellow: number;
  readonly green: number;
  /** Key results with no score (no reading, or invalid). */
  readonly ungraded: number;
}

export interface Grades {
  readonly objectives: ObjectiveGrade[];
  readonly spread: GradeSpread;
  readonly keyResults: number;
  /** Key results at 1.0. */
  readonly done: number;
}

export function gradesOf(objectives: readonly Objective[]): Grades {
  const spread = { red: 0, yellow: 0, green: 0, ungraded: 0 };
  let keyResults = 0;
  let done = 0;
  const grades = objectives.map((objective): ObjectiveGrade => {
    const scored: { score: number; weight: number }[] = [];
    for (const keyResult of objective.keyResults) {
      keyResults += 1;
      if (keyResult.score === '') {
        spread.ungraded += 1;
        continue;
      }
      if (keyResult.score === 1) done += 1;
      scored.push({ score: keyResult.score, weight: keyResult.weight });
      const colour = gradeColour(keyResult.score);
      if (colour === gradeColour(0)) spread.red += 1;
      else if (colour === gradeColour(1)) spread.green += 1;
      else spread.yellow += 1;
    }
    const score = objectiveScore(scored) ?? null;
    return { id: objective.id, text: objective.text, score, colour: score === null ? GREY : gradeColour(score) };
  });
  return { objectives: grades, spread, keyResults, done };
}

/** `O1 Retain customers 0.62 · O2 Grow 0.30`, for the log and the summary. */
export function gradeLine(grades: readonly ObjectiveGrade[]): string {
  return grades
    .map((grade) => `${grade.id} ${grade.text} ${grade.score === null ? 'no score' : grade.score.toFixed(2)}`)
    .join(' · ');
}
