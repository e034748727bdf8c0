// What the check-in sidebar shows, as plain JSON: google.script.run turns a result holding a Date into
// null, so every date crosses as an ISO day (2026-11-23).

import type { Reading } from './checkInHistory';
import { TREND_LENGTH } from './checkInHistory';
import type { Item, ObjectiveGroup } from './checkInItems';
import { isoDate } from './dates';
import { valueText } from './valueText';

export interface ItemView {
  readonly id: string;
  readonly kind: 'KR' | 'KPI';
  readonly name: string;
  readonly owner: string;
  readonly unit: string;
  readonly currentText: string;
  readonly checkbox: boolean;
  readonly checked: boolean;
  readonly currentIsFormula: boolean;
  readonly score: number | null;
  readonly scoreColour: string;
  readonly status: string;
  readonly statusColour: string;
  readonly confidence: number | null;
  /** KPIs: the healthy range, like `≥ $250,000` or `95% – 100%`. */
  readonly range: string;
  readonly lastCheckIn: string | null;
  readonly trend: { readonly date: string; readonly value: number }[];
}

export interface ObjectiveView {
  readonly id: string;
  readonly name: string;
  readonly score: number | null;
  readonly scoreColour: string;
  readonly status: string;
  readonly keyResults: ItemView[];
}

export interface CheckInState {
  /** '' means All. */
  readonly owner: string;
  readonly owners: string[];
  readonly objectives: ObjectiveView[];
  readonly kpis: ItemView[];
  /** Every objective, whatever the owner filter: where a new key result can go. */
  readonly objectiveChoices: { readonly id: string; readonly name: string }[];
  /** Why nothing can be listed (a missing tab or header), in words the user can act on. */
  readonly problem: string | null;
}

function rangeText(item: Item): string {
  const { min, max, unit } = item;
  if (min !== undefined && max !== undefined) return `${valueText(min, unit)} – ${valueText(max, unit)}`;
  if (min !== undefined) return `≥ ${valueText(min, unit)}`;
  if (max !== undefined) return `≤ ${valueText(max, unit)}`;
  return '';
}

function itemView(item: Item, history: ReadonlyMap<string, Reading[]>): ItemView {
  const readings = history.get(item.id.toLowerCase()) ?? [];
  const last = readings[readings.length - 1];
  return {
    id: item.id, kind: item.kind, name: item.name, owner: item.owner, unit: item.unit,
    currentText: valueText(item.current, item.unit), checkbox: item.checkbox, checked: item.current === true,
    currentIsFormula: item.currentIsFormula, score: item.score === '' ? null : item.score, scoreColour: item.scoreColour,
    status: item.status, statusColour: item.statusColour, confidence: item.confidence ?? null, range: rangeText(item),
    lastCheckIn: last === undefined ? null : isoDate(last.at),
    trend: readings.slice(-TREND_LENGTH).map((reading) => ({ date: isoDate(reading.at), value: reading.value })),
  };
}

function sameOwner(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Every owner named on the tabs, once each, alphabetically. */
export function ownersOf(objectives: readonly ObjectiveGroup[], kpis: readonly Item[]): string[] {
  const names = new Map<string, string>();
  for (const item of [...objectives.flatMap((group) => group.keyResults), ...kpis]) {
    const owner = item.owner.trim();
    if (owner !== '' && !names.has(owner.toLowerCase())) names.set(owner.toLowerCase(), owner);
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

/**
 * The owner to filter by: the one the user chose if it is still on the tabs; before any choice, the
 * user's own email when it is an Owner; else '' (All).
 */
export function ownerToShow(owners: readonly string[], chosen: string | null, email: string): string {
  if (chosen !== null) return owners.find((owner) => sameOwner(owner, chosen)) ?? '';
  return owners.find((owner) => email !== '' && sameOwner(owner, email)) ?? '';
}

export function checkInState(input: {
  objectives: readonly ObjectiveGroup[];
  kpis: readonly Item[];
  history: ReadonlyMap<string, Reading[]>;
  owner: string;
}): CheckInState {
  const { owner, history } = input;
  const shown = (item: Item): boolean => owner === '' || sameOwner(item.owner, owner);
  const objectives = input.objectives
    .map((group): ObjectiveView => ({
      id: group.id, name: group.name, score: group.score === '' ? null : group.score, scoreColour: group.scoreColour,
      status: group.status, keyResults: group.keyResults.filter(shown).map((item) => itemView(item, history)),
    }))
    .filter((group) => group.keyResults.length > 0);
  return {
    owner,
    owners: ownersOf(input.objectives, input.kpis),
    objectives,
    kpis: input.kpis.filter(shown).map((item) => itemView(item, history)),
    objectiveChoices: input.objectives.filter((group) => group.id !== '').map((group) => ({ id: group.id, name: group.name })),
    problem: null,
  };
}

/** What a check-in or a change of owner returns to the sidebar. */
export type CheckInReply =
  | { readonly ok: true; readonly message: string; readonly state: CheckInState }
  | {
    readonly ok: false; readonly field: 'id' | 'value' | 'confidence' | 'note' | 'owner' | 'form'; readonly message: string;
    /** The list as it is now, when the refusal means the one the sidebar shows is out of date (an item gone). */
    readonly state?: CheckInState;
  };
