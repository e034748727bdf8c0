// What the check-in sidebar lists, read off the workbook model: every key result under its objective and
// every KPI, each as plain JSON (google.script.run turns a result holding a Date into null, so dates cross
// as ISO days).

import { TREND_POINTS, type CheckInState, type ItemView, type ObjectiveView } from './state';
import { ownersOf, sameOwner } from './state';
import { ALL_TEAMS, inTeam, offersNoTeam, teamsOf, teamToShow } from './teamFilter';
import { GREY, kpiStatusColour } from '../colours';
import { isoDate } from '../dates';
import type { Kpi } from '../kpi/kpis';
import { KPI_TYPES } from '../kpi/kpiType';
import type { KeyResult } from '../okr/okrs';
import { valueText } from '../valueText';
import type { Workbook } from '../workbook/workbook';

/** What a person checks in on: a key result or a KPI of the model. */
export type CheckInItem = KeyResult | Kpi;

export function itemName(item: CheckInItem): string {
  return item.kind === 'kpi' ? item.name : item.text || item.objectiveText;
}

export function itemOwner(item: CheckInItem): string {
  return item.kind === 'kpi' ? item.owner : item.ownerOrObjective;
}

function boundsText(kpi: Kpi): string {
  const { min, max, unit } = kpi;
  if (min !== undefined && max !== undefined) return `${valueText(min, unit)} – ${valueText(max, unit)}`;
  if (min !== undefined) return `≥ ${valueText(min, unit)}`;
  if (max !== undefined) return `≤ ${valueText(max, unit)}`;
  return '';
}

/**
 * The healthy range and the watch lines typed inside it: a KPI in range shown WARN by a line the card did not
 * show would be yellow for no reason the owner can see.
 */
function rangeText(kpi: Kpi): string {
  const bounds = boundsText(kpi);
  const { warnBelow, warnAbove, unit } = kpi;
  const lines = [
    ...(warnBelow === undefined ? [] : [`below ${valueText(warnBelow, unit)}`]),
    ...(warnAbove === undefined ? [] : [`above ${valueText(warnAbove, unit)}`]),
  ];
  return bounds === '' || lines.length === 0 ? bounds : `${bounds}, watch ${lines.join(' and ')}`;
}

function trendOf(workbook: Workbook, id: string): ItemView['trend'] {
  return (workbook.readings.get(id.toLowerCase()) ?? [])
    .slice(-TREND_POINTS)
    .map((reading) => ({ date: isoDate(reading.at), value: reading.value }));
}

/** The objectives a rolled-up key result scores from, by ID, with their names: this tab's or a team file's. */
function rolledUpFrom(workbook: Workbook, keyResult: KeyResult): ItemView['rolledUpFrom'] {
  const named = (id: string) =>
    [...workbook.objectives, ...workbook.imported].find((objective) => objective.id.toLowerCase() === id.toLowerCase());
  return (keyResult.rolledUpFrom ?? []).map((id) => ({ id, name: named(id)?.text ?? '' }));
}

export function itemView(workbook: Workbook, item: CheckInItem): ItemView {
  const common = {
    id: item.id,
    name: itemName(item),
    owner: itemOwner(item),
    unit: item.unit,
    currentIsFormula: item.currentIsFormula,
    trend: trendOf(workbook, item.id),
  };
  if (item.kind === 'kpi') {
    const last = workbook.lastCheckIns.get(item.id.toLowerCase());
    return {
      ...common,
      kind: 'KPI',
      currentText: valueText(item.current, item.unit),
      checkbox: false,
      checked: false,
      score: null,
      scoreColour: GREY,
      status: item.status,
      statusColour: item.colour ?? kpiStatusColour(item.status),
      confidence: null,
      range: rangeText(item),
      kpiType: item.type ?? '',
      earlyWarning: item.earlyWarning ?? '',
      lastCheckIn: last === undefined ? null : isoDate(last),
      team: '',
      rolledUpFrom: [],
    };
  }
  return {
    ...common,
    kind: 'KR',
    currentText: valueText(item.shownCurrent, item.unit),
    checkbox: item.checkbox,
    checked: item.shownCurrent === true,
    score: item.score === '' ? null : item.score,
    scoreColour: item.scoreColour,
    status: item.status,
    statusColour: item.statusColour,
    confidence: item.confidence ?? null,
    range: '',
    kpiType: '',
    earlyWarning: '',
    lastCheckIn: item.lastCheckIn === '' ? null : isoDate(item.lastCheckIn),
    team: item.team,
    rolledUpFrom: rolledUpFrom(workbook, item),
  };
}

/**
 * KPIs by Type, then in sheet order: health first (the business is sick or not), then strategic (where the
 * next OKR pushes), then operational (routines that rarely need a decision), then those with no Type.
 */
export function byKpiType(kpis: readonly Kpi[]): Kpi[] {
  const rank = (kpi: Kpi): number => (kpi.type === undefined ? KPI_TYPES.length : KPI_TYPES.indexOf(kpi.type));
  // Array.prototype.sort is stable, so sheet order holds within a Type.
  return [...kpis].sort((a, b) => rank(a) - rank(b));
}

/** Every key result and KPI, by lower-cased ID (the first of a repeated ID wins: the later one is INVALID). */
export function itemsById(workbook: Workbook): Map<string, CheckInItem> {
  const items = new Map<string, CheckInItem>();
  for (const item of [...workbook.keyResults, ...workbook.kpis]) {
    if (item.id !== '' && !items.has(item.id.toLowerCase())) items.set(item.id.toLowerCase(), item);
  }
  return items;
}

/** Every owner named on the tabs, once each, alphabetically. */
export function ownersOfWorkbook(workbook: Workbook): string[] {
  return ownersOf([...workbook.keyResults, ...workbook.kpis].map((item) => ({ owner: itemOwner(item) })));
}

/**
 * The team to filter by for a remembered choice (null before any), among the teams the key results name: a
 * team no longer on the tabs falls back to every team.
 */
export function teamOfWorkbook(workbook: Workbook, chosen: string | null): string {
  return teamToShow(teamsOf(workbook.keyResults), offersNoTeam(workbook.keyResults), chosen);
}

/**
 * The sidebar's list for one owner ('' is All) and one team (teamFilter.ts; a name must be one `teamOfWorkbook`
 * gave); `history` says whether the log was read for it. Owner and team combine; KPIs follow the owner alone.
 */
export function checkInState(workbook: Workbook, owner: string, history = true, team = ALL_TEAMS): CheckInState {
  const shown = (item: CheckInItem): boolean => owner === '' || sameOwner(itemOwner(item), owner);
  const view = (keyResults: readonly KeyResult[]): ItemView[] =>
    keyResults
      .filter((keyResult) => shown(keyResult) && inTeam(keyResult.team, team))
      .map((item) => itemView(workbook, item));
  const orphans = workbook.keyResults.filter((keyResult) => keyResult.objectiveId === undefined);
  const objectives: ObjectiveView[] = [
    ...(orphans.length === 0
      ? []
      : [
          {
            id: '',
            name: 'Key results without an objective',
            score: null,
            scoreColour: GREY,
            status: '',
            keyResults: view(orphans),
          },
        ]),
    ...workbook.objectives.map((objective): ObjectiveView => ({
      id: objective.id,
      name: objective.text,
      score: objective.score === '' ? null : objective.score,
      scoreColour: objective.scoreColour,
      status: objective.status,
      keyResults: view(objective.keyResults),
    })),
  ].filter((group) => group.keyResults.length > 0);
  return {
    owner,
    owners: ownersOfWorkbook(workbook),
    team,
    teams: teamsOf(workbook.keyResults),
    noTeam: offersNoTeam(workbook.keyResults),
    objectives,
    kpis: byKpiType(workbook.kpis.filter(shown)).map((kpi) => itemView(workbook, kpi)),
    objectiveChoices: workbook.objectives.map((objective) => ({ id: objective.id, name: objective.text })),
    problem: null,
    history,
  };
}
