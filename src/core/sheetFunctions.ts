// The pure logic behind the custom functions. A custom function that throws shows #ERROR! in every cell
// of its output, so a bad cell must instead yield a readable `INVALID: …` in its own place; only a
// misuse of the whole call (ranges of different sizes) throws. The clock is injected so tests can pin it.

import { isBlank, readDateOrSerial, readNumber, readNumberOrCheckbox, type Cell, type CellReading } from './cells';
import { elapsedShare, paceStatus } from './okr/pacing';
import { quarterOf, quarterProgress, isFiscalStartMonth } from './quarter';
import { rangeFlag } from './kpi/rangeFlag';
import { mapCells, type CellArg, type CellResult } from './ranges';
import { round2 } from './round';
import { isDate } from './dates';
import { nearestLocalMidnight } from './timeZone';
import { objectiveScore, scoreFromValues } from './okr/scoring';

export type { CellArg, CellResult } from './ranges';

/** Omitted optional arguments arrive as undefined. */
export type SheetFunction = (...args: (CellArg | undefined)[]) => CellResult;

export interface SheetFunctions {
  OKR_SCORE: SheetFunction;
  OKR_STATUS: SheetFunction;
  OBJECTIVE_SCORE: SheetFunction;
  KPI_STATUS: SheetFunction;
  QUARTER: SheetFunction;
  QUARTER_PROGRESS: SheetFunction;
}

export const NO_DATA = 'NO DATA';

export function invalidText(problems: readonly string[]): string {
  return `INVALID: ${problems.join('; ')}`;
}

/** Collects each invalid reading as `Title: why`, so every bad argument is named at once. */
function problemsOf(readings: readonly [string, CellReading<unknown>][]): string[] {
  return readings.flatMap(([title, reading]) => (reading.kind === 'invalid' ? [`${title}: ${reading.why}`] : []));
}

function valueOr<T>(reading: CellReading<T>, fallback: T): T {
  return reading.kind === 'value' ? reading.value : fallback;
}

function optionalValue<T>(reading: CellReading<T>): T | undefined {
  return reading.kind === 'value' ? reading.value : undefined;
}

function readFiscalStartMonth(cell: Cell): CellReading<number> {
  const reading = readNumber(cell);
  if (reading.kind !== 'value' || isFiscalStartMonth(reading.value)) return reading;
  return { kind: 'invalid', why: `${reading.value} is not a month number 1–12` };
}

/** A score as OKR_SCORE gives it: a number from 0 to 1. */
function readScore(cell: Cell): CellReading<number> {
  const reading = readNumber(cell);
  if (reading.kind !== 'value' || (reading.value >= 0 && reading.value <= 1)) return reading;
  return { kind: 'invalid', why: `${reading.value} is outside 0–1` };
}

/** Text OKR_SCORE itself writes for a key result without a score: passed on, never read as a score. */
function isScoreText(cell: Cell): boolean {
  return typeof cell === 'string' && (cell.trim() === NO_DATA || cell.trim().startsWith('INVALID'));
}

function okrScore(start: Cell, target: Cell, current: Cell): Cell {
  if (isBlank(start) && isBlank(target) && isBlank(current)) return '';
  const startReading = readNumber(start);
  const targetReading = readNumber(target);
  const currentReading = readNumberOrCheckbox(current);
  const problems = problemsOf([
    ['Start', startReading],
    ['Target', targetReading],
    ['Current', currentReading],
  ]);
  if (problems.length > 0) return invalidText(problems);
  const score = scoreFromValues(
    optionalValue(startReading),
    optionalValue(targetReading),
    optionalValue(currentReading),
  );
  if (score.kind === 'blank') return NO_DATA;
  return score.kind === 'invalid' ? invalidText([score.why]) : score.value;
}

/** Serial days before 2000 are numbers typed by mistake (45 is 1900-02-14), not a date EOMONTH computed. */
const FIRST_PLAUSIBLE_SERIAL = 36526;

function readDayArgument(cell: Cell): CellReading<Date> {
  if (typeof cell === 'number' && Number.isFinite(cell) && cell < FIRST_PLAUSIBLE_SERIAL) {
    return { kind: 'invalid', why: `${cell} is a number, not a date (use DATE(2026,12,31) or a date cell)` };
  }
  return readDateOrSerial(cell);
}

function okrStatus(now: () => Date, score: Cell, due: Cell, today: Cell): Cell {
  if (isBlank(score)) return '';
  // A score column filled by OKR_SCORE may hold its NO DATA or INVALID text; pass it on unchanged.
  if (isScoreText(score)) return String(score).trim();
  const scoreReading = readScore(score);
  // Dates computed by EOMONTH or WORKDAY reach a custom function as serial numbers.
  const dueReading = readDayArgument(due);
  const todayReading = readDayArgument(today);
  const problems = problemsOf([
    ['Score', scoreReading],
    ['Due', dueReading],
    ['Today', todayReading],
  ]);
  if (problems.length > 0 || scoreReading.kind !== 'value') return invalidText(problems);
  const day = valueOr(todayReading, now());
  const quarter = quarterOf(day);
  return paceStatus(scoreReading.value, elapsedShare(quarter.start, valueOr(dueReading, quarter.end), day));
}

function objectiveScoreOf(scores: CellArg | undefined, weights: CellArg | undefined): Cell {
  const parts: { score: number; weight: number }[] = [];
  const problems: string[] = [];
  // mapCells checks that both ranges have one shape and walks them in step.
  mapCells([scores, weights], (score, weight) => {
    // Blank rows and OKR_SCORE's own NO DATA / INVALID carry no score to average; a checkbox is a Current, not a score.
    if (isBlank(score) || isScoreText(score)) return '';
    const scoreReading = readScore(score);
    const reading = readNumber(weight);
    if (scoreReading.kind === 'invalid') problems.push(`Score: ${scoreReading.why}`);
    if (reading.kind === 'invalid') problems.push(`Weight: ${reading.why}`);
    else if (reading.kind === 'value' && reading.value < 0) problems.push(`Weight: ${reading.value} is negative`);
    else if (scoreReading.kind === 'value') parts.push({ score: scoreReading.value, weight: valueOr(reading, 1) });
    return '';
  });
  if (problems.length > 0) return invalidText(problems);
  if (parts.length === 0) return NO_DATA;
  return objectiveScore(parts) ?? invalidText(['Weight: every weight is 0, so no score counts']);
}

function kpiStatus(value: Cell, min: Cell, max: Cell, warnBelow: Cell, warnAbove: Cell): Cell {
  if (isBlank(value) && isBlank(min) && isBlank(max)) return '';
  const valueReading = readNumber(value);
  const minReading = readNumber(min);
  const maxReading = readNumber(max);
  const warnBelowReading = readNumber(warnBelow);
  const warnAboveReading = readNumber(warnAbove);
  const problems = problemsOf([
    ['Value', valueReading],
    ['Min', minReading],
    ['Max', maxReading],
    ['Warn below', warnBelowReading],
    ['Warn above', warnAboveReading],
  ]);
  if (problems.length > 0) return invalidText(problems);
  if (valueReading.kind !== 'value') return NO_DATA;
  const flag = rangeFlag(valueReading.value, {
    min: optionalValue(minReading),
    max: optionalValue(maxReading),
    warnBelow: optionalValue(warnBelowReading),
    warnAbove: optionalValue(warnAboveReading),
  });
  return flag.kind === 'value' ? flag.value : invalidText([flag.kind === 'invalid' ? flag.why : 'no reading']);
}

/** The quarter of a date cell, or the INVALID text; a blank date yields ''. */
function withQuarter(date: Cell, fiscalStartMonth: Cell, use: (day: Date, month: number) => Cell): Cell {
  if (isBlank(date)) return '';
  const dateReading = readDateOrSerial(date);
  const monthReading = readFiscalStartMonth(fiscalStartMonth);
  const problems = problemsOf([
    ['Date', dateReading],
    ['Fiscal start month', monthReading],
  ]);
  if (problems.length > 0 || dateReading.kind !== 'value') return invalidText(problems);
  return use(dateReading.value, valueOr(monthReading, 1));
}

/** Date cells given as arguments, read as the day they show (see nearestLocalMidnight). */
function cellDays(arg: CellArg): CellArg {
  const day = (cell: Cell): Cell => (isDate(cell) ? nearestLocalMidnight(cell) : cell);
  return Array.isArray(arg) ? arg.map((row) => row.map(day)) : day(arg);
}

/**
 * The last guard before a cell: a number that is not finite (NaN, Infinity) is never returned, whatever
 * produced it; its cell says so instead.
 */
export function finiteResult(result: CellResult): CellResult {
  const cell = (value: Cell): Cell =>
    typeof value === 'number' && !Number.isFinite(value) ? invalidText([`${value} is not a finite number`]) : value;
  return Array.isArray(result) ? result.map((row) => row.map(cell)) : cell(result);
}

function guarded(fn: SheetFunction): SheetFunction {
  return (...args) => finiteResult(fn(...args));
}

export function makeSheetFunctions(now: () => Date): SheetFunctions {
  // An omitted date means today; a blank cell inside a range means an empty row and stays blank.
  const dateOrNow = (date: CellArg | null | undefined): CellArg =>
    date === undefined || date === null ? now() : cellDays(date);
  const functions: Record<keyof SheetFunctions, SheetFunction> = {
    OKR_SCORE: (start, target, current) => mapCells([start, target, current], okrScore),
    OKR_STATUS: (score, due, today) =>
      mapCells([score, due === undefined ? due : cellDays(due), dateOrNow(today)], (s, d, t) =>
        okrStatus(now, s, d, t),
      ),
    OBJECTIVE_SCORE: (scores, weights) => objectiveScoreOf(scores, weights),
    KPI_STATUS: (value, min, max, warnBelow, warnAbove) => mapCells([value, min, max, warnBelow, warnAbove], kpiStatus),
    QUARTER: (date, fiscalStartMonth) =>
      mapCells([dateOrNow(date), fiscalStartMonth], (d, m) =>
        withQuarter(d, m, (day, month) => quarterOf(day, month).label),
      ),
    QUARTER_PROGRESS: (date, fiscalStartMonth) =>
      mapCells([dateOrNow(date), fiscalStartMonth], (d, m) =>
        withQuarter(d, m, (day, month) => round2(quarterProgress(day, quarterOf(day, month)))),
      ),
  };
  return Object.fromEntries(
    Object.entries(functions).map(([name, fn]) => [name, guarded(fn)]),
  ) as unknown as SheetFunctions;
}
