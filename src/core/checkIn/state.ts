// What the check-in sidebar shows, as plain JSON: google.script.run turns a result holding a Date into
// null, so every date crosses as an ISO day (2026-11-23).

/** How many readings a trend shows: twelve weeks of weekly check-ins (the list reads TREND_DAYS of the log). */
export const TREND_POINTS = 12;

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
  /** KPIs: `health`, `strategic` or `operational`; '' when none is given (and for key results). */
  readonly kpiType: string;
  /** KPIs: why the trend warns ("heading below Min by about 27 Nov"); '' when it does not. */
  readonly earlyWarning: string;
  readonly lastCheckIn: string | null;
  /** Key results: its objective's Team; '' when none is typed (and for KPIs, which belong to no team). */
  readonly team: string;
  /**
   * Key results scored as the weighted mean of the objectives aligned to them: each objective's ID and its
   * name ('' when it is not on this tab, like one imported from a team's file). Empty otherwise.
   */
  readonly rolledUpFrom: readonly { readonly id: string; readonly name: string }[];
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
  /** The team filter: ALL_TEAMS (''), NO_TEAM or a team's name (teamFilter.ts); owner and team combine. */
  readonly team: string;
  /** Every team of the key results, alphabetically; empty when none is typed (the sidebar offers no filter). */
  readonly teams: string[];
  /** Whether some key results have no team beside others that have one ("No team" is offered). */
  readonly noTeam: boolean;
  readonly objectives: ObjectiveView[];
  readonly kpis: ItemView[];
  /** Every objective, whatever the owner filter: where a new key result can go. */
  readonly objectiveChoices: { readonly id: string; readonly name: string }[];
  /** Why nothing can be listed (a missing tab or header), in words the user can act on. */
  readonly problem: string | null;
  /**
   * False when the server did not read the log for this reply (a save: the sidebar already has every trend):
   * trends and KPIs' last check-ins then hold only what this reply changed, to merge with `withHistoryOf`.
   */
  readonly history: boolean;
}

export function sameOwner(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Every owner named on the tabs, once each, alphabetically. */
export function ownersOf(items: readonly { readonly owner: string }[]): string[] {
  const names = new Map<string, string>();
  for (const item of items) {
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
  if (chosen !== null) return owners.find((owner) => sameOwner(owner, chosen) || ownerKey(owner) === chosen) ?? '';
  return owners.find((owner) => email !== '' && sameOwner(owner, email)) ?? '';
}

/** What a check-in or a change of owner returns to the sidebar. */
export type CheckInReply =
  | { readonly ok: true; readonly message: string; readonly state: CheckInState }
  | {
      readonly ok: false;
      readonly field: 'id' | 'value' | 'confidence' | 'note' | 'owner' | 'team' | 'form';
      readonly message: string;
      /** The list as it is now, when the refusal means the one the sidebar shows is out of date (an item gone). */
      readonly state?: CheckInState;
    };

function itemsOf(state: CheckInState): ItemView[] {
  return [...state.objectives.flatMap((objective) => objective.keyResults), ...state.kpis];
}

/**
 * A state read without the log, completed from the one the sidebar shows: each item keeps its trend and last
 * check-in, and the item just checked in gains the new reading. A state read with the log is taken as it is.
 */
export function withHistoryOf(
  previous: CheckInState | undefined,
  next: CheckInState,
  savedId: string | null,
): CheckInState {
  if (next.history || previous === undefined) return next;
  const before = new Map(itemsOf(previous).map((item) => [item.id, item]));
  const merge = (item: ItemView): ItemView => {
    const old = before.get(item.id);
    if (old === undefined) return item;
    const trend = item.id === savedId ? [...old.trend, ...item.trend].slice(-TREND_POINTS) : old.trend;
    return { ...item, trend, lastCheckIn: item.lastCheckIn ?? old.lastCheckIn };
  };
  return {
    ...next,
    history: true,
    objectives: next.objectives.map((objective) => ({ ...objective, keyResults: objective.keyResults.map(merge) })),
    kpis: next.kpis.map(merge),
  };
}

/** Owner names longer than this are remembered by a fingerprint: a user property holds about 9 KB. */
const REMEMBERED_NAME = 500;

/**
 * What is remembered of the owner a person filters by: the name itself, or for a very long one (a cell holds
 * 50,000 characters) a fingerprint of it, so any owner the list offers can be chosen.
 */
export function ownerKey(owner: string): string {
  const name = owner.trim().toLowerCase();
  if (name.length <= REMEMBERED_NAME) return owner;
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index += 1)
    hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193) >>> 0;
  return `#${hash.toString(16)}:${name.length}`;
}
